// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline accounts: one line per account: id, kind, user@url, last sync, last error.
class AccountsCommand {
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
