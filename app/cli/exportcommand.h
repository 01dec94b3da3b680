// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline export: see CommandLine's table for its synopsis. Articles that cannot be read (a
// damaged library) are skipped, one line each on standard error; the rest is still written and
// the exit status is 1.
class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
