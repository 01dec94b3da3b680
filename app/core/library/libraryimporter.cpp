// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "articlejson.h"
#include "store/articlestore.h"
#include "store/readstore.h"
#include "store/sourcestore.h"
#include "store/urlnormalizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The store's dedupe key (ArticleStore::upsert): the normalised canonical url, else url, else
// source + title + published.
QString dedupeKey(const QString &url, const QString &canonicalUrl, const QString &title,
                  qint64 sourceId, const QDateTime &published)
{
    const QString key
        = UrlNormalizer::normalize(canonicalUrl.trimmed().isEmpty() ? url : canonicalUrl);
    if (!key.isEmpty())
        return key;
    return u"\n%1\n%2\n%3"_s.arg(
        title, QString::number(sourceId),
        QString::number(published.isValid() ? published.toMSecsSinceEpoch() : -1));
}

} // namespace

LibraryImporter::LibraryImporter(Database &db) : m_db(db) { }

Result<bool> LibraryImporter::looksLikeExport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Could not read %1: %2").arg(displayName(path), file.errorString()) };
    QByteArray head = file.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    for (const char c : std::as_const(head)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return file.atEnd() && path.endsWith(u".jsonl"_s, Qt::CaseInsensitive);
}

Result<QList<ExportedArticle>> LibraryImporter::parse(QIODevice &device, const QString &name)
{
    QList<ExportedArticle> articles;
    int lineNumber = 0;
    while (!device.atEnd()) {
        QByteArray line = device.readLine();
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        Result<ExportedArticle> parsed = ArticleJson::fromLine(line);
        QString problem = parsed ? QString() : parsed.error();
        if (parsed) {
            for (const ArticleRead &read : std::as_const(parsed->reads)) {
                if (read.seconds < ReadStore::minimumSeconds)
                    problem = tr("a read must last at least %n seconds", nullptr,
                                 ReadStore::minimumSeconds);
            }
        }
        if (!problem.isEmpty())
            return Error {
                tr("%1, line %2: %3").arg(displayName(name), QString::number(lineNumber), problem)
            };
        articles.append(std::move(parsed).value());
    }
    return articles;
}

Result<QList<ExportedArticle>> LibraryImporter::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Could not read %1: %2").arg(displayName(path), file.errorString()) };
    return parse(file, path);
}

Result<LibraryImporter::Outcome> LibraryImporter::importFile(const QString &path)
{
    const Result<QList<ExportedArticle>> articles = readFile(path);
    if (!articles)
        return Error { articles.error() };
    return store(*articles);
}

Result<LibraryImporter::Outcome> LibraryImporter::store(const QList<ExportedArticle> &articles)
{
    const Result<QList<Article>> rows = withSources(articles);
    if (!rows)
        return Error { rows.error() };
    const Result<int> added = ArticleStore(m_db).insertBulk(*rows);
    if (!added)
        return Error { added.error() };
    const Result<int> reads = recordReads(articles, *rows);
    if (!reads)
        return Error { reads.error() };
    return Outcome { int(articles.size()), *added, *reads };
}

Result<QList<Article>> LibraryImporter::withSources(const QList<ExportedArticle> &articles)
{
    SourceStore sources(m_db);
    QHash<QString, qint64> sourceIds;
    QList<Article> rows;
    rows.reserve(articles.size());
    for (const ExportedArticle &exported : articles) {
        Article article = exported.article;
        article.sourceId = 0;
        if (exported.hasSource) {
            auto known = sourceIds.constFind(exported.source.url);
            if (known == sourceIds.constEnd()) {
                const Result<qint64> id = sources.ensure(exported.source);
                if (!id)
                    return Error { id.error() };
                known = sourceIds.insert(exported.source.url, *id);
            }
            article.sourceId = *known;
        }
        rows.append(article);
    }
    return rows;
}

Result<int> LibraryImporter::recordReads(const QList<ExportedArticle> &articles,
                                         const QList<Article> &rows)
{
    const bool anyReads = std::any_of(articles.begin(), articles.end(),
                                      [](const ExportedArticle &e) { return !e.reads.isEmpty(); });
    if (!anyReads)
        return 0;
    // insertBulk does not return ids: find each article again by the store's dedupe key.
    const ArticleStore store(m_db);
    const Result<QList<qint64>> ids = store.listIds(ArticleFilter {}, ArticleOrder::Added);
    if (!ids)
        return Error { ids.error() };
    const Result<QList<ArticleSummary>> stored = store.summaries(*ids);
    if (!stored)
        return Error { stored.error() };
    QHash<QString, qint64> byKey;
    for (const ArticleSummary &summary : *stored)
        byKey.insert(dedupeKey(summary.url, summary.canonicalUrl, summary.title, summary.sourceId,
                               summary.published),
                     summary.id);

    ReadStore reads(m_db);
    int recorded = 0;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &row = rows.at(i);
        const qint64 id = byKey.value(
            dedupeKey(row.url, row.canonicalUrl, row.title, row.sourceId, row.published));
        for (const ArticleRead &read : articles.at(i).reads) {
            if (id == 0)
                break;
            const Result<bool> added = reads.recordRead(id, read.seconds, read.at);
            if (!added)
                return Error { added.error() };
            recorded += *added ? 1 : 0;
        }
    }
    return recorded;
}
