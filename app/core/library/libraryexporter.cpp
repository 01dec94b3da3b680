// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryexporter.h"

#include "articlejson.h"
#include "readhistory.h"
#include "store/articlestore.h"
#include "store/sourcestore.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

LibraryExporter::LibraryExporter(Database &db) : m_db(db) { }

Result<QList<ExportedArticle>> LibraryExporter::collect() const
{
    const ArticleStore articles(m_db);
    const SourceStore sources(m_db);
    Result<QList<qint64>> ids = articles.listIds(ArticleFilter {}, ArticleOrder::Added);
    if (!ids)
        return Error { ids.error() };
    std::sort(ids->begin(), ids->end());
    const Result<QHash<qint64, QList<ArticleRead>>> reads = ReadHistory::all(m_db);
    if (!reads)
        return Error { reads.error() };

    QHash<qint64, Source> sourceCache;
    QList<ExportedArticle> exported;
    exported.reserve(ids->size());
    for (const qint64 id : std::as_const(*ids)) {
        Result<Article> article = articles.get(id);
        if (!article)
            return Error { article.error() };
        ExportedArticle line;
        line.article = std::move(article).value();
        if (line.article.sourceId != 0) {
            auto cached = sourceCache.constFind(line.article.sourceId);
            if (cached == sourceCache.constEnd()) {
                const Result<Source> source = sources.get(line.article.sourceId);
                if (!source)
                    return Error { source.error() };
                cached = sourceCache.insert(line.article.sourceId, *source);
            }
            line.hasSource = true;
            line.source = *cached;
        }
        line.reads = reads->value(id);
        exported.append(std::move(line));
    }
    return exported;
}

Result<int> LibraryExporter::write(QIODevice &device) const
{
    const Result<QList<ExportedArticle>> exported = collect();
    if (!exported)
        return Error { exported.error() };
    for (const ExportedArticle &line : *exported) {
        if (device.write(ArticleJson::toLine(line) + '\n') < 0)
            return Error { tr("Could not write the export: %1").arg(device.errorString()) };
    }
    return int(exported->size());
}

Result<int> LibraryExporter::writeFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    const Result<int> written = write(file);
    if (!written)
        return written;
    if (!file.commit())
        return Error {
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    return written;
}
