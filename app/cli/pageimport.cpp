// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageimport.h"

#include "commandcontext.h"
#include "importing/pageimporter.h"

#include <QFile>
#include <QFileInfo>

namespace {

ImportReport importStandardInput(Database &db)
{
    ImportReport report;
    report.input = ImportInput::text(QString());
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        report.message = PageImport::tr("cannot read standard input");
        return report;
    }
    const Result<ExtractedArticle> article = PageReader::readDevice(in, PageReader::Options());
    if (!article) {
        report.message = article.error();
        return report;
    }
    if (!article->looksLikeArticle) {
        report.status = ImportReport::Status::NotAnArticle;
        report.message = PageImporter::notAnArticleMessage();
        return report;
    }
    return PageImporter(db).store(report.input, *article, QUrl());
}

} // namespace

bool PageImport::accepts(const QString &argument)
{
    if (argument == QLatin1String("-"))
        return true;
    const ImportInput input = ImportInput::fromArgument(argument);
    return input.kind == ImportInput::Kind::Url || QFileInfo(input.value).isFile();
}

int PageImport::run(CommandContext &context, const QString &argument)
{
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const ImportReport report = argument == QLatin1String("-")
        ? importStandardInput(**db)
        : PageImporter(**db).import(ImportInput::fromArgument(argument), PageReader::Options());
    switch (report.status) {
    case ImportReport::Status::Imported:
        context.out()
            << tr("%1: imported “%2” (id %3)").arg(argument, report.title).arg(report.articleId)
            << '\n';
        return 0;
    case ImportReport::Status::Updated:
        context.out()
            << tr("%1: updated “%2” (id %3)").arg(argument, report.title).arg(report.articleId)
            << '\n';
        return 0;
    default:
        return context.fail(tr("%1: %2").arg(argument, report.message));
    }
}
