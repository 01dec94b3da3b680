// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline sync: one sync round of every account, progress on stderr, a summary per account on
// stdout; exit status 1 when an account failed (its error is also kept on the account).
class SyncCommand {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
