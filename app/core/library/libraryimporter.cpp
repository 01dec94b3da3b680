// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "articlejson.h"
#include "articlesanitizer.h"
#include "store/articlestore.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

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
        if (!problem.isEmpty() && name.isEmpty())
            return Error { tr("line %1: %2").arg(QString::number(lineNumber), problem) };
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

Result<LibraryImporter::Outcome> LibraryImporter::importFile(const QString &path,
                                                             const StoredCallback &onStored)
{
    const Result<QList<ExportedArticle>> articles = readFile(path);
    if (!articles)
        return Error { articles.error() };
    return store(*articles, onStored);
}

Result<LibraryImporter::Outcome> LibraryImporter::store(const QList<ExportedArticle> &articles,
                                                        const StoredCallback &onStored)
{
    const Result<QList<Article>> rows = withSources(articles);
    if (!rows)
        return Error { rows.error() };
    QList<UpsertOutcome> stored;
    const Result<int> added = ArticleStore(m_db).insertBulk(*rows, &stored);
    if (!added)
        return Error { added.error() };
    if (onStored) {
        for (qsizetype i = 0; i < rows->size() && i < stored.size(); ++i)
            onStored(rows->at(i), stored.at(i));
    }
    const Result<int> reads = recordReads(articles, stored);
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
        ArticleSanitizer::sanitize(article);
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
                                         const QList<UpsertOutcome> &stored)
{
    ReadStore reads(m_db);
    int recorded = 0;
    for (qsizetype i = 0; i < articles.size() && i < stored.size(); ++i) {
        for (const ArticleRead &read : articles.at(i).reads) {
            const Result<bool> added = reads.recordRead(stored.at(i).id, read.seconds, read.at);
            if (!added)
                return Error { added.error() };
            recorded += *added ? 1 : 0;
        }
    }
    return recorded;
}
