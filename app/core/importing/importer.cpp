// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "library/libraryimporter.h"
#include "pageimporter.h"

#include <QFile>
#include <QFileInfo>

Importer::Importer(Database &db) : m_db(db) { }

Result<Importer::Route> Importer::route(const ImportInput &input)
{
    if (input.kind != ImportInput::Kind::File || !QFileInfo(input.value).isFile())
        return Route::Page;
    const Result<bool> isExport = LibraryImporter::looksLikeExport(input.value);
    if (!isExport)
        return Error { isExport.error() };
    return *isExport ? Route::LibraryExport : Route::Page;
}

ImportReport Importer::import(const ImportInput &input, const Options &options)
{
    const Result<Route> route = Importer::route(input);
    if (!route) {
        ImportReport report;
        report.input = input;
        report.message = route.error();
        return report;
    }
    if (*route == Route::LibraryExport)
        return importExport(input, options.onStored);
    return PageImporter(m_db).import(input, options.page, options.onStored);
}

ImportReport Importer::importExport(const ImportInput &input, const StoredCallback &onStored)
{
    ImportReport report;
    report.input = input;
    report.libraryExport = true;
    QFile file(input.value);
    if (!file.open(QIODevice::ReadOnly)) {
        report.message = tr("The file cannot be read: %1").arg(file.errorString());
        return report;
    }
    const Result<QList<ExportedArticle>> articles = LibraryImporter::parse(file, QString());
    if (!articles) {
        report.message = articles.error();
        return report;
    }
    const auto stored = [&report, &onStored](const Article &article, const UpsertOutcome &outcome) {
        report.stored.append({ outcome.id, article.title, outcome.inserted });
        if (onStored)
            onStored(report.stored.constLast());
    };
    const Result<LibraryImporter::Outcome> outcome = LibraryImporter(m_db).store(*articles, stored);
    if (!outcome) {
        report.message = outcome.error(); // `stored` still lists what committed before
        return report;
    }
    report.added = outcome->added;
    report.reads = outcome->reads;
    report.status = outcome->added > 0 || report.stored.isEmpty() ? ImportReport::Status::Imported
                                                                  : ImportReport::Status::Updated;
    if (!report.stored.isEmpty()) {
        report.articleId = report.stored.constLast().id;
        report.title = report.stored.constLast().title;
    }
    return report;
}
