// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storycandidatestore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 hourMs = 3600 * 1000;
constexpr int leadChars = 400;
} // namespace

StoryCandidateStore::StoryCandidateStore(Database &db) : m_db(db) { }

Result<QList<StoryCandidate>> StoryCandidateStore::candidates(const QDateTime &now, int hours) const
{
    const qint64 end = now.toMSecsSinceEpoch();
    // articles_unread_sort_time serves the window; the body columns are never read (the lead is
    // the deck, else the start of the summary, both short and stored before the body).
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT a.id, a.source_id, coalesce(s.title, ''), a.title, "
                  "CASE WHEN a.deck <> '' THEN a.deck ELSE substr(a.summary, 1, :lead) END, "
                  "a.section, a.word_count, a.sort_time FROM articles a "
                  "LEFT JOIN sources s ON s.id = a.source_id "
                  "WHERE a.read = 0 AND a.sort_time > :from AND a.sort_time <= :to "
                  "ORDER BY a.sort_time DESC, a.id DESC"_s);
    query.bindValue(u":lead"_s, leadChars);
    query.bindValue(u":from"_s, end - qint64(std::max(hours, 1)) * hourMs);
    query.bindValue(u":to"_s, end + hourMs);
    if (!query.exec())
        return m_db.fail(tr("Could not find the recent unread articles."), query.lastError());
    QList<StoryCandidate> candidates;
    while (query.next()) {
        StoryCandidate c;
        c.id = query.value(0).toLongLong();
        c.sourceId = query.value(1).toLongLong();
        c.sourceTitle = query.value(2).toString();
        c.title = query.value(3).toString();
        c.lead = query.value(4).toString();
        c.section = query.value(5).toString();
        c.wordCount = query.value(6).toInt();
        c.sortTime = query.value(7).toLongLong();
        candidates.append(std::move(c));
    }
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not find the recent unread articles."), query.lastError());
    return candidates;
}

Result<bool> StoryCandidateStore::hasFeeds() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM sources WHERE kind = 'feed')"_s)
        || !query.next())
        return m_db.fail(tr("Could not tell whether the library follows feeds."),
                         query.lastError());
    return query.value(0).toBool();
}
