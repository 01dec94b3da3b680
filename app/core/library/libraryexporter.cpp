// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryexporter.h"

#include "articlejson.h"

#include <QDir>
#include <QSaveFile>

LibraryExporter::LibraryExporter(Database &db) : m_db(db) { }

Result<ReadableArticles::Report> LibraryExporter::write(QIODevice &device) const
{
    // One article in memory at a time: a library of any size exports in constant memory.
    return ReadableArticles(m_db).forEach([&device](ExportedArticle &&line) -> Status {
        if (device.write(ArticleJson::toLine(line) + '\n') < 0)
            return Error { tr("Could not write the export: %1").arg(device.errorString()) };
        return {};
    });
}

Result<ReadableArticles::Report> LibraryExporter::writeFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    const Result<ReadableArticles::Report> written = write(file);
    if (!written)
        return written;
    if (!file.commit())
        return Error {
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    return written;
}
