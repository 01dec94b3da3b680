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

using namespace Qt::StringLiterals;

namespace {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The store's dedupe key (ArticleStore::upsert): normalised canonical url, else url.
QString urlKey(const QString &url, const QString &canonicalUrl)
{
    return UrlNormalizer::normalize(canonicalUrl.trimmed().isEmpty() ? url : canonicalUrl);
}

QString keyWithoutUrl(const QString &title, qint64 sourceId, const QDateTime &published)
{
    return u"%1\n%2\n%3"_s.arg(title).arg(sourceId).arg(
        published.isValid() ? published.toMSecsSinceEpoch() : -1);
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
                tr("%1, line %2: %3").arg(displayName(name)).arg(lineNumber).arg(problem)
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

    ArticleStore store(m_db);
    const Result<int> added = store.insertBulk(rows);
    if (!added)
        return Error { added.error() };
    Outcome outcome;
    outcome.articles = int(articles.size());
    outcome.added = *added;

    bool anyReads = false;
    for (const ExportedArticle &exported : articles)
        anyReads = anyReads || !exported.reads.isEmpty();
    if (!anyReads)
        return outcome;

    // insertBulk does not return ids: find each article again by the store's dedupe key.
    const Result<QList<qint64>> ids = store.listIds(ArticleFilter {}, ArticleOrder::Added);
    if (!ids)
        return Error { ids.error() };
    const Result<QList<ArticleSummary>> stored = store.summaries(*ids);
    if (!stored)
        return Error { stored.error() };
    QHash<QString, qint64> byUrl;
    QHash<QString, qint64> byTitle;
    for (const ArticleSummary &summary : *stored) {
        const QString key = urlKey(summary.url, summary.canonicalUrl);
        if (key.isEmpty())
            byTitle.insert(keyWithoutUrl(summary.title, summary.sourceId, summary.published),
                           summary.id);
        else
            byUrl.insert(key, summary.id);
    }
    ReadStore reads(m_db);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &row = rows.at(i);
        const QString key = urlKey(row.url, row.canonicalUrl);
        const qint64 id = key.isEmpty()
            ? byTitle.value(keyWithoutUrl(row.title, row.sourceId, row.published))
            : byUrl.value(key);
        if (id == 0)
            continue;
        for (const ArticleRead &read : articles.at(i).reads) {
            const Result<bool> recorded = reads.recordRead(id, read.seconds, read.at);
            if (!recorded)
                return Error { recorded.error() };
            outcome.reads += *recorded ? 1 : 0;
        }
    }
    return outcome;
}
