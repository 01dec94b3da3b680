// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline opml: see CommandLine's table for its synopsis.
class OpmlCommand {
    Q_DECLARE_TR_FUNCTIONS(OpmlCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
