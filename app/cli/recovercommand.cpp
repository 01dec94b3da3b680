// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovercommand.h"

#include "commandcontext.h"
#include "library/libraryrecovery.h"
#include "skippedreport.h"

#include <QCommandLineParser>
#include <QDir>

int RecoverCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usageError(tr("recover needs one new library file"));
    const QString target = files.constFirst();

    const Result<LibraryRecovery::Outcome> recovered
        = LibraryRecovery::recover(context.libraryPath(), target);
    if (!recovered)
        return context.fail(recovered.error());
    const QString shown = QDir::toNativeSeparators(target);
    context.out()
        << (recovered->copied == 1
                ? tr("Recovered 1 article into %1.").arg(shown)
                : tr("Recovered %n articles into %1.", nullptr, recovered->copied).arg(shown))
        << '\n';
    return SkippedReport::print(context, recovered->report);
}
