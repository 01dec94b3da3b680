// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CommandContext;

// One subcommand: a row in CommandLine's table. `run` gets the arguments after the command name
// (without --library) and returns the exit status: 0, 1 (CommandContext::fail) or 2
// (CommandContext::usageError).
struct Command {
    const char *name;
    const char *synopsis; // after the name: "[--json] FILE|URL..."
    const char *summary; // QT_TRANSLATE_NOOP("CommandLine", ...)
    int (*run)(CommandContext &context, const QStringList &arguments);
};
