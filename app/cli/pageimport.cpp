// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageimport.h"

#include "commandcontext.h"
#include "importing/pageimporter.h"

#include <QFileInfo>

bool PageImport::accepts(const QString &argument)
{
    const ImportInput input = ImportInput::fromArgument(argument);
    return input.kind == ImportInput::Kind::Url || QFileInfo(input.value).isFile();
}

int PageImport::run(CommandContext &context, const QString &argument)
{
    const Result<Database *> db = context.database();
    if (!db)
        return context.fail(db.error());
    const ImportReport report
        = PageImporter(**db).import(ImportInput::fromArgument(argument), PageReader::Options());
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
