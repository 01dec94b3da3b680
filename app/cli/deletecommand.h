// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline delete: see CommandLine's table for its synopsis. Deletes each article given (its
// search entry and reads go with it); an unknown id is reported and the others still go.
class DeleteCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
