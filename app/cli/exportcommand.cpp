// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandcontext.h"
#include "library/libraryexporter.h"
#include "skippedreport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int ExportCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> status = context.parse(parser, arguments))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return context.usageError(tr("export writes one file, not %1").arg(files.size()));
    const QString path = files.isEmpty() ? u"-"_s : files.first();

    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const LibraryExporter exporter(**db);
    if (path == u"-"_s) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(tr("cannot write to standard output"));
        const Result<ReadableArticles::Report> written = exporter.write(out);
        out.close();
        return written ? SkippedReport::print(context, *written) : context.fail(written.error());
    }
    const Result<ReadableArticles::Report> written = exporter.writeFile(path);
    if (!written)
        return context.fail(written.error());
    const int count = written->read;
    context.out() << (count == 1
                          ? tr("Exported 1 article to %1.").arg(QDir::toNativeSeparators(path))
                          : tr("Exported %1 articles to %2.")
                                .arg(QString::number(count), QDir::toNativeSeparators(path)))
                  << '\n';
    return SkippedReport::print(context, *written);
}
