// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline check [--full]: PRAGMA quick_check (integrity_check with --full). Prints "ok" or each
// problem; a damaged library ends with what to do and exit status 1.
class CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
