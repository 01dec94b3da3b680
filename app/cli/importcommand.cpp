// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandcontext.h"
#include "importdelegate.h"
#include "library/libraryimporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace {

int importExport(CommandContext &context, const QString &path)
{
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const Result<LibraryImporter::Outcome> outcome = LibraryImporter(**db).importFile(path);
    if (!outcome)
        return context.fail(outcome.error());
    const QString name = QDir::toNativeSeparators(path);
    context.out() << (outcome->articles == 1 ? ImportCommand::tr("%1: 1 article (%2 new)")
                                                   .arg(name, QString::number(outcome->added))
                                             : ImportCommand::tr("%1: %2 articles (%3 new)")
                                                   .arg(name, QString::number(outcome->articles),
                                                        QString::number(outcome->added)))
                  << '\n';
    return 0;
}

const ImportDelegate *delegateFor(const QString &argument)
{
    for (const ImportDelegate &delegate : importDelegates()) {
        if (delegate.accepts(argument))
            return &delegate;
    }
    return nullptr;
}

} // namespace

int ImportCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.usageError(tr("import needs at least one file"));

    // Every input is tried; the exit status is the first failure's.
    int result = 0;
    for (const QString &argument : files) {
        const QString name = QDir::toNativeSeparators(argument);
        int status = 0;
        if (QFileInfo::exists(argument)) {
            const Result<bool> isExport = LibraryImporter::looksLikeExport(argument);
            if (!isExport)
                status = context.fail(isExport.error());
            else if (*isExport)
                status = importExport(context, argument);
            else if (const ImportDelegate *delegate = delegateFor(argument))
                status = delegate->run(context, argument);
            else
                status = context.fail(tr("%1 is not a Byline export").arg(name));
        } else if (const ImportDelegate *delegate = delegateFor(argument)) {
            status = delegate->run(context, argument);
        } else {
            status = context.fail(tr("cannot read %1: no such file").arg(name));
        }
        if (status != 0 && result == 0)
            result = status;
    }
    return result;
}
