// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readstore.h"

#include "articlerow.h"
#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 dayMs = 24 * hourMs;
} // namespace

ReadStore::ReadStore(Database &db) : m_db(db) { }

Result<bool> ReadStore::recordRead(qint64 articleId, int seconds, const QDateTime &when)
{
    if (seconds < minimumSeconds)
        return false;
    if (Status writable = m_db.writable(); !writable)
        return Error { writable.error() };
    const qint64 at = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    // One statement: insert unless this article has a read less than an hour either side.
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO reads (article_id, at, seconds) SELECT :article, :at, :seconds "
                  "WHERE NOT EXISTS (SELECT 1 FROM reads WHERE article_id = :same "
                  "AND at > :from AND at < :to)"_s);
    query.bindValue(u":article"_s, articleId);
    query.bindValue(u":at"_s, at);
    query.bindValue(u":seconds"_s, seconds);
    query.bindValue(u":same"_s, articleId);
    query.bindValue(u":from"_s, at - hourMs);
    query.bindValue(u":to"_s, at + hourMs);
    if (!query.exec())
        return m_db.fail(tr("Could not record reading article %1.").arg(articleId),
                              query.lastError());
    return query.numRowsAffected() > 0;
}

Result<QList<TopStory>> ReadStore::topStories(int limit, int windowDays, const QDateTime &now) const
{
    limit = std::max(limit, 1);
    const qint64 end = now.toMSecsSinceEpoch();
    // The most read articles of the window (ties: latest read), then the newest unread
    // articles not already listed. One query; reads_by_time and articles_unread_sort_time
    // serve the two halves.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"WITH top AS (SELECT article_id AS id, count(*) AS n, max(at) AS last_at "
                  "FROM reads WHERE at > :from AND at <= :to GROUP BY article_id "
                  "ORDER BY n DESC, last_at DESC, article_id DESC LIMIT :limit1), "
                  "fill AS (SELECT id, 0 AS n, NULL AS last_at FROM articles "
                  "WHERE read = 0 AND id NOT IN (SELECT id FROM top) "
                  "ORDER BY sort_time DESC, id DESC LIMIT :limit2), "
                  "picked AS (SELECT id, n, last_at, 0 AS grp FROM top "
                  "UNION ALL SELECT id, n, last_at, 1 AS grp FROM fill) "
                  "SELECT "_s
                  + ArticleRow::summaryColumns()
                  + u", p.n, p.last_at FROM picked p JOIN articles a ON a.id = p.id "
                    "LEFT JOIN sources s ON s.id = a.source_id "
                    "ORDER BY p.grp, p.n DESC, p.last_at DESC, a.sort_time DESC, a.id DESC "
                    "LIMIT :limit3"_s);
    query.bindValue(u":from"_s, end - qint64(std::max(windowDays, 0)) * dayMs);
    query.bindValue(u":to"_s, end);
    query.bindValue(u":limit1"_s, limit);
    query.bindValue(u":limit2"_s, limit);
    query.bindValue(u":limit3"_s, limit);
    if (!query.exec())
        return m_db.fail(tr("Could not find the top stories."), query.lastError());
    QList<TopStory> stories;
    while (query.next()) {
        TopStory story;
        story.article = ArticleRow::readSummary(query);
        story.reads = query.value(ArticleRow::summaryColumnCount).toInt();
        story.lastRead = ArticleRow::timeFrom(query.value(ArticleRow::summaryColumnCount + 1));
        stories.append(story);
    }
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not find the top stories."), query.lastError());
    return stories;
}

Result<ReadInterest> ReadStore::interest(int days, const QDateTime &now) const
{
    const qint64 end = now.toMSecsSinceEpoch();
    // reads_by_time serves the window; one row per source and section read.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT a.source_id, a.section, count(*) FROM reads r "
                  "JOIN articles a ON a.id = r.article_id "
                  "WHERE r.at > :from AND r.at <= :to GROUP BY a.source_id, a.section"_s);
    query.bindValue(u":from"_s, end - qint64(std::max(days, 0)) * dayMs);
    query.bindValue(u":to"_s, end);
    if (!query.exec())
        return m_db.fail(tr("Could not read the reading history."), query.lastError());
    ReadInterest interest;
    double total = 0;
    while (query.next()) {
        const double n = query.value(2).toDouble();
        if (const qint64 source = query.value(0).toLongLong(); source > 0)
            interest.sources[source] += n;
        if (const QString section = query.value(1).toString(); !section.isEmpty())
            interest.sections[section] += n;
        total += n;
    }
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not read the reading history."), query.lastError());
    for (double &share : interest.sources)
        share /= total;
    for (double &share : interest.sections)
        share /= total;
    return interest;
}

Result<QList<ReadRecord>> ReadStore::allReads() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT article_id, at, seconds FROM reads ORDER BY article_id, at, id"_s);
    if (!query.exec())
        return m_db.fail(tr("Could not read the reading history."), query.lastError());
    QList<ReadRecord> reads;
    while (query.next()) {
        reads.append({ query.value(0).toLongLong(), ArticleRow::timeFrom(query.value(1)),
                       query.value(2).toInt() });
    }
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not read the reading history."), query.lastError());
    return reads;
}
