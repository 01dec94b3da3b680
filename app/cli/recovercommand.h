// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandContext;

// byline recover NEWFILE: copies every readable article of the library into a new library
// (LibraryRecovery); the library itself is only read. Skipped articles are listed on standard
// error and make the exit status 1.
class RecoverCommand {
    Q_DECLARE_TR_FUNCTIONS(RecoverCommand)

public:
    static int run(CommandContext &context, const QStringList &arguments);
};
