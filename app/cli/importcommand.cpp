// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandcontext.h"
#include "importing/importer.h"

#include <QCommandLineParser>
#include <QDir>

namespace {

// The line after a file: "export.jsonl: 12 articles (3 new)" or "page.html: imported “T” (id 4)".
QString summaryOf(const QString &name, const ImportReport &report)
{
    if (report.libraryExport) {
        const int articles = int(report.stored.size());
        return articles == 1
            ? ImportCommand::tr("%1: 1 article (%2 new)").arg(name, QString::number(report.added))
            : ImportCommand::tr("%1: %2 articles (%3 new)")
                  .arg(name, QString::number(articles), QString::number(report.added));
    }
    return report.status == ImportReport::Status::Updated
        ? ImportCommand::tr("%1: updated “%2” (id %3)")
              .arg(name, report.title)
              .arg(report.articleId)
        : ImportCommand::tr("%1: imported “%2” (id %3)")
              .arg(name, report.title)
              .arg(report.articleId);
}

int importOne(CommandContext &context, Database &db, const QString &argument)
{
    const QString name
        = argument == QLatin1String("-") ? argument : QDir::toNativeSeparators(argument);
    Importer::Options options;
    // One line per stored article, written and flushed as soon as its transaction committed, so
    // what a killed run printed is in the library.
    options.onStored = [&context](const StoredArticle &article) {
        context.out() << (article.added ? ImportCommand::tr("added %1: %2")
                                        : ImportCommand::tr("updated %1: %2"))
                             .arg(QString::number(article.id), article.title)
                      << '\n';
        context.out().flush();
    };
    const ImportReport report = Importer(db).import(ImportInput::fromArgument(argument), options);
    if (!report.ok())
        return context.fail(ImportCommand::tr("%1: %2").arg(name, report.message));
    context.out() << summaryOf(name, report) << '\n';
    context.out().flush();
    if (!report.notice.isEmpty()) // stored, but trimmed: say how
        context.err() << "byline: " << ImportCommand::tr("%1: %2").arg(name, report.notice) << '\n';
    return 0;
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
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());

    // Every input is tried; the exit status is the first failure's.
    int result = 0;
    for (const QString &argument : files) {
        const int status = importOne(context, **db, argument);
        if (status != 0 && result == 0)
            result = status;
    }
    return result;
}
