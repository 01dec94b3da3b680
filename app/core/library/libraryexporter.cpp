// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryexporter.h"

#include "articlejson.h"
#include "store/articlestore.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

LibraryExporter::LibraryExporter(Database &db) : m_db(db) { }

Result<int> LibraryExporter::write(QIODevice &device) const
{
    // One article in memory at a time: a library of any size exports in constant memory.
    const ArticleStore articles(m_db);
    const SourceStore sources(m_db);
    Result<QList<qint64>> ids = articles.listIds(ArticleFilter {}, ArticleOrder::Added);
    if (!ids)
        return Error { ids.error() };
    std::sort(ids->begin(), ids->end());
    const Result<QList<ReadRecord>> allReads = ReadStore(m_db).allReads();
    if (!allReads)
        return Error { allReads.error() };
    QHash<qint64, QList<ArticleRead>> reads;
    for (const ReadRecord &record : *allReads)
        reads[record.articleId].append(ArticleRead { record.at, record.seconds });

    QHash<qint64, Source> sourceCache;
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
        line.reads = reads.value(id);
        if (device.write(ArticleJson::toLine(line) + '\n') < 0)
            return Error { tr("Could not write the export: %1").arg(device.errorString()) };
    }
    return int(ids->size());
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
