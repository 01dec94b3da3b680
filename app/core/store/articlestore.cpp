// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "articlerow.h"
#include "articlewriter.h"
#include "database.h"
#include "ftsquery.h"
#include "sqlerror.h"
#include "urlnormalizer.h"
#include "writetransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Highlight markers: Unicode noncharacters, removed from stored text so they only ever come
// from highlight() and snippet().
constexpr char16_t markOpen = 0xFDD0;
constexpr char16_t markClose = 0xFDD1;

QString markedToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(QChar(markOpen), u"<mark>"_s);
    html.replace(QChar(markClose), u"</mark>"_s);
    return html;
}

QVariant sourceValue(qint64 sourceId)
{
    return sourceId > 0 ? QVariant(sourceId) : QVariant(QMetaType::fromType<qint64>());
}

QString orderColumn(ArticleOrder order)
{
    return order == ArticleOrder::Published ? u"a.sort_time"_s : u"a.created"_s;
}

// The WHERE terms of a filter; literal "read = 0" / "starred = 1" so the partial indexes apply.
QString filterSql(const ArticleFilter &filter)
{
    QString sql = u" WHERE 1"_s;
    if (filter.sourceId > 0)
        sql += u" AND a.source_id = :source"_s;
    if (!filter.section.isEmpty())
        sql += u" AND a.section = :section"_s;
    if (filter.unreadOnly)
        sql += u" AND a.read = 0"_s;
    if (filter.starredOnly)
        sql += u" AND a.starred = 1"_s;
    if (filter.folderId > 0) // the feeds of the folder and of every folder below it
        sql += u" AND a.source_id IN (WITH RECURSIVE tree (id) AS (SELECT :folder UNION "
               "SELECT f.id FROM folders f JOIN tree t ON f.parent_id = t.id) "
               "SELECT source_id FROM feeds WHERE folder_id IN (SELECT id FROM tree))"_s;
    return sql;
}

void bindFilter(QSqlQuery &query, const ArticleFilter &filter)
{
    if (filter.sourceId > 0)
        query.bindValue(u":source"_s, filter.sourceId);
    if (!filter.section.isEmpty())
        query.bindValue(u":section"_s, filter.section);
    if (filter.folderId > 0)
        query.bindValue(u":folder"_s, filter.folderId);
}

} // namespace

ArticleStore::ArticleStore(Database &db) : m_db(db) { }

Result<UpsertOutcome> ArticleStore::upsert(const Article &article)
{
    QSqlDatabase db = m_db.connection();
    const QString failed = tr("Could not save the article \u201c%1\u201d.").arg(article.title);
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    std::optional<UpsertOutcome> outcome;
    QSqlError error;
    {
        ArticleWriter writer(db);
        if (writer.prepare())
            outcome = writer.write(article, ArticleRow::nowMs());
        error = writer.lastError();
    }
    if (!outcome)
        return m_db.fail(failed, error);
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return *outcome;
}

Result<int> ArticleStore::insertBulk(const QList<Article> &articles, QList<UpsertOutcome> *outcomes)
{
    QSqlDatabase db = m_db.connection();
    const QString failed
        = tr("Could not save %n articles; none were saved.", nullptr, int(articles.size()));
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    int inserted = 0;
    bool ok = true;
    QSqlError error;
    QList<UpsertOutcome> written;
    {
        ArticleWriter writer(db);
        ok = writer.prepare();
        const qint64 now = ArticleRow::nowMs();
        if (outcomes)
            written.reserve(articles.size());
        for (qsizetype i = 0; ok && i < articles.size(); ++i) {
            const std::optional<UpsertOutcome> outcome = writer.write(articles.at(i), now);
            ok = outcome.has_value();
            inserted += ok && outcome->inserted ? 1 : 0;
            if (ok && outcomes)
                written.append(*outcome);
        }
        error = writer.lastError();
    }
    if (!ok)
        return m_db.fail(failed, error);
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    if (outcomes)
        *outcomes = std::move(written);
    return inserted;
}

Result<Article> ArticleStore::get(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT id, source_id, url, canonical_url, title, deck, section, author, "
                  "published, fetched, language, summary, content_html, plain_text, word_count, "
                  "lead_image_url, read, starred, created, updated FROM articles WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return m_db.fail(tr("Could not read an article."), query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid()) // a damaged page, not a missing article
            return m_db.fail(tr("Could not read an article."), query.lastError());
        return Error { tr("There is no article %1 in the library.").arg(id) };
    }
    Article article;
    article.id = query.value(0).toLongLong();
    article.sourceId = query.value(1).toLongLong();
    article.url = query.value(2).toString();
    article.canonicalUrl = query.value(3).toString();
    article.title = query.value(4).toString();
    article.deck = query.value(5).toString();
    article.section = query.value(6).toString();
    article.author = query.value(7).toString();
    article.published = ArticleRow::timeFrom(query.value(8));
    article.fetched = ArticleRow::timeFrom(query.value(9));
    article.language = query.value(10).toString();
    article.summary = query.value(11).toString();
    article.contentHtml = query.value(12).toString();
    article.plainText = query.value(13).toString();
    article.wordCount = query.value(14).toInt();
    article.leadImageUrl = query.value(15).toString();
    article.read = query.value(16).toBool();
    article.starred = query.value(17).toBool();
    article.created = ArticleRow::timeFrom(query.value(18));
    article.updated = ArticleRow::timeFrom(query.value(19));
    return article;
}

Result<ArticlePage> ArticleStore::listPage(const ArticleFilter &filter, ArticleOrder order,
                                           const PageCursor &after, int limit) const
{
    limit = std::max(limit, 1);
    const QString column = orderColumn(order);
    QString sql = u"SELECT "_s + ArticleRow::summaryColumns() + u", "_s + column
        + u" FROM articles a LEFT JOIN sources s ON s.id = a.source_id"_s + filterSql(filter);
    if (!after.atStart())
        sql += u" AND ("_s + column + u", a.id) < (:key, :id)"_s;
    sql += u" ORDER BY "_s + column + u" DESC, a.id DESC LIMIT :limit"_s;

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    bindFilter(query, filter);
    if (!after.atStart()) {
        query.bindValue(u":key"_s, after.sortKey);
        query.bindValue(u":id"_s, after.id);
    }
    query.bindValue(u":limit"_s, limit + 1);
    if (!query.exec())
        return m_db.fail(tr("Could not list the articles."), query.lastError());
    ArticlePage page;
    page.atEnd = true;
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.atEnd = false;
            break;
        }
        page.rows.append(ArticleRow::readSummary(query));
        page.next = PageCursor { query.value(ArticleRow::summaryColumnCount).toLongLong(),
                                 page.rows.constLast().id };
    }
    // A step that fails midway (a damaged page) is an error, never a shorter list.
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not list the articles."), query.lastError());
    if (page.rows.isEmpty())
        page.next = after;
    return page;
}

Result<int> ArticleStore::count(const ArticleFilter &filter) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM articles a"_s + filterSql(filter));
    bindFilter(query, filter);
    if (!query.exec() || !query.next())
        return m_db.fail(tr("Could not count the articles."), query.lastError());
    return query.value(0).toInt();
}

Result<QStringList> ArticleStore::sections() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT DISTINCT section FROM articles WHERE section <> '' ORDER BY section"_s);
    if (!query.exec())
        return m_db.fail(tr("Could not list the sections."), query.lastError());
    QStringList sections;
    while (query.next())
        sections.append(query.value(0).toString());
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not list the sections."), query.lastError());
    return sections;
}

Result<QList<qint64>> ArticleStore::listIds(const ArticleFilter &filter, ArticleOrder order) const
{
    const QString column = orderColumn(order);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT a.id FROM articles a"_s + filterSql(filter) + u" ORDER BY "_s + column
                  + u" DESC, a.id DESC"_s);
    bindFilter(query, filter);
    if (!query.exec())
        return m_db.fail(tr("Could not list the articles."), query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not list the articles."), query.lastError());
    return ids;
}

// The summaries of `part` into `found`; the failure, if any.
QSqlError ArticleStore::readSummaries(const QList<qint64> &part,
                                      QHash<qint64, ArticleSummary> &found) const
{
    QStringList marks;
    marks.fill(u"?"_s, part.size());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + ArticleRow::summaryColumns()
                  + u" FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
                    "WHERE a.id IN ("_s
                  + marks.join(u',') + u")"_s);
    for (const qint64 id : part)
        query.addBindValue(id);
    if (!query.exec())
        return query.lastError();
    while (query.next()) {
        const ArticleSummary summary = ArticleRow::readSummary(query);
        found.insert(summary.id, summary);
    }
    return query.lastError();
}

Result<QList<ArticleSummary>> ArticleStore::summaries(const QList<qint64> &ids) const
{
    constexpr qsizetype chunk = 500;
    QHash<qint64, ArticleSummary> found;
    found.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QList<qint64> part = ids.mid(start, chunk);
        const QSqlError error = readSummaries(part, found);
        if (!error.isValid())
            continue;
        const Error failure = m_db.fail(tr("Could not read the articles."), error);
        if (SqlError::cause(error) != SqlError::Cause::Damaged)
            return failure;
        // A damaged page (now marked): show every article that can still be read, one by one.
        for (const qint64 id : part)
            readSummaries({ id }, found);
    }
    QList<ArticleSummary> summaries;
    summaries.reserve(found.size());
    for (const qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            summaries.append(*it);
    }
    return summaries;
}

Result<QList<SearchHit>> ArticleStore::search(const QString &userText, int limit) const
{
    const QString match = FtsQuery::fromUserText(userText);
    if (match.isEmpty())
        return QList<SearchHit>();
    // Ranked and limited inside FTS5 (ORDER BY rank), so highlight and snippet run only for
    // the rows returned. Title weighs most, then deck, author, text. bm25 costs a few
    // microseconds per matching row, so a broad query ranks only its rankedMatchLimit most
    // recently added matches (the rowid bound, found without ranking, is pushed into FTS5).
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT "_s + ArticleRow::summaryColumns()
        + u", f.rank, f.title_marked, f.snippet_marked FROM ("
          "SELECT rowid, rank, highlight(articles_fts, 0, :open1, :close1) AS "
          "title_marked, byline_snippet(articles_fts, 3, :open2, :close2, :ellipsis, 24) AS "
          "snippet_marked FROM articles_fts WHERE articles_fts MATCH :match AND rank "
          "MATCH 'bm25(10.0, 4.0, 3.0, 1.0)' AND rowid >= coalesce(("
          "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match2 "
          "ORDER BY rowid DESC LIMIT 1 OFFSET :cap), 0) ORDER BY rank LIMIT :limit) f "
          "JOIN articles a ON a.id = f.rowid LEFT JOIN sources s ON s.id = a.source_id "
          "ORDER BY f.rank"_s);
    query.bindValue(u":open1"_s, QString(QChar(markOpen)));
    query.bindValue(u":close1"_s, QString(QChar(markClose)));
    query.bindValue(u":open2"_s, QString(QChar(markOpen)));
    query.bindValue(u":close2"_s, QString(QChar(markClose)));
    query.bindValue(u":ellipsis"_s, u"\u2026"_s);
    query.bindValue(u":match"_s, match);
    query.bindValue(u":match2"_s, match);
    query.bindValue(u":cap"_s, rankedMatchLimit - 1);
    query.bindValue(u":limit"_s, std::max(limit, 1));
    if (!query.exec())
        return m_db.fail(tr("Could not search the library."), query.lastError());
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.article = ArticleRow::readSummary(query);
        constexpr int first = ArticleRow::summaryColumnCount;
        hit.rank = query.value(first).toDouble();
        hit.titleHtml = markedToHtml(query.value(first + 1).toString());
        hit.snippetHtml = markedToHtml(query.value(first + 2).toString());
        hits.append(hit);
    }
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not search the library."), query.lastError());
    return hits;
}

Status ArticleStore::setRead(qint64 id, bool read)
{
    return setFlag(u"UPDATE articles SET read = :value WHERE id = :id"_s, id, read,
                   tr("Could not mark the article as read."));
}

Status ArticleStore::setStarred(qint64 id, bool starred)
{
    return setFlag(u"UPDATE articles SET starred = :value WHERE id = :id"_s, id, starred,
                   tr("Could not star the article."));
}

Status ArticleStore::setFlag(const QString &statement, qint64 id, bool value,
                             const QString &failure)
{
    if (Status writable = m_db.writable(); !writable)
        return Error { failure + u' ' + writable.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(statement);
    query.bindValue(u":value"_s, value ? 1 : 0);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return m_db.fail(failure, query.lastError());
    if (query.numRowsAffected() == 0)
        return Error { tr("There is no article %1 in the library.").arg(id) };
    return {};
}

Status ArticleStore::remove(qint64 id)
{
    const QString failed = tr("Could not delete the article.");
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM articles WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return m_db.fail(failed, query.lastError());
    if (query.numRowsAffected() == 0)
        return Error { tr("There is no article %1 in the library.").arg(id) };
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return {};
}

Result<QList<ReadRecord>> ArticleStore::readsOf(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT at, seconds FROM reads WHERE article_id = :id ORDER BY at, id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return m_db.fail(tr("Could not read the reading history."), query.lastError());
    QList<ReadRecord> reads;
    while (query.next())
        reads.append({ id, ArticleRow::timeFrom(query.value(0)), query.value(1).toInt() });
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not read the reading history."), query.lastError());
    return reads;
}

Result<QList<DeletedArticle>> ArticleStore::take(const QList<qint64> &ids)
{
    const QString failed = tr("Could not delete %n articles.", nullptr, int(ids.size()));
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QList<DeletedArticle> taken;
    for (const qint64 id : ids) {
        Result<Article> article = get(id);
        if (!article)
            return Error { article.error() };
        Result<QList<ReadRecord>> reads = readsOf(id);
        if (!reads)
            return Error { reads.error() };
        taken.append({ std::move(*article), std::move(*reads) });
        // The reads go by ON DELETE CASCADE, the search entry by the delete trigger.
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM articles WHERE id = :id"_s);
        query.bindValue(u":id"_s, id);
        if (!query.exec())
            return m_db.fail(failed, query.lastError());
    }
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return taken;
}

std::optional<qint64> ArticleStore::existingId(const QString &sql, const QVariant &value,
                                               QSqlError &error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    query.bindValue(u":value"_s, value);
    if (!query.exec()) {
        error = query.lastError();
        return std::nullopt;
    }
    if (query.next())
        return query.value(0).toLongLong();
    error = query.lastError();
    return std::nullopt;
}

Result<qint64> ArticleStore::insertWithId(const DeletedArticle &deleted)
{
    const Article &a = deleted.article;
    const QString failed = tr("Could not restore the article “%1”.").arg(a.title);
    const QString key
        = UrlNormalizer::normalize(a.canonicalUrl.trimmed().isEmpty() ? a.url : a.canonicalUrl);
    QSqlError error;
    if (!key.isEmpty()) {
        const auto back
            = existingId(u"SELECT id FROM articles WHERE url_key = :value"_s, key, error);
        if (back)
            return *back; // imported again meanwhile: that copy stays
    }
    const bool idTaken
        = existingId(u"SELECT id FROM articles WHERE id = :value"_s, a.id, error).has_value();
    if (error.isValid())
        return m_db.fail(failed, error);
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO articles (id, source_id, url, url_key, canonical_url, title, "
                  "deck, section, author, published, fetched, language, summary, content_html, "
                  "plain_text, word_count, lead_image_url, read, starred, created, updated) "
                  "VALUES (:id, :source, :url, :key, :canonical, :title, :deck, :section, "
                  ":author, :published, :fetched, :language, :summary, :html, :text, :words, "
                  ":image, :read, :starred, :created, :updated)"_s);
    query.bindValue(u":id"_s, idTaken ? QVariant(QMetaType::fromType<qint64>()) : QVariant(a.id));
    query.bindValue(u":source"_s, sourceValue(a.sourceId));
    query.bindValue(u":url"_s, ArticleRow::textValue(a.url));
    query.bindValue(u":key"_s,
                    key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key));
    query.bindValue(u":canonical"_s, ArticleRow::textValue(a.canonicalUrl));
    query.bindValue(u":title"_s, ArticleRow::textValue(a.title));
    query.bindValue(u":deck"_s, ArticleRow::textValue(a.deck));
    query.bindValue(u":section"_s, ArticleRow::textValue(a.section));
    query.bindValue(u":author"_s, ArticleRow::textValue(a.author));
    query.bindValue(u":published"_s, ArticleRow::timeValue(a.published));
    query.bindValue(u":fetched"_s, ArticleRow::timeValue(a.fetched));
    query.bindValue(u":language"_s, ArticleRow::textValue(a.language));
    query.bindValue(u":summary"_s, ArticleRow::textValue(a.summary));
    query.bindValue(u":html"_s, ArticleRow::textValue(a.contentHtml));
    query.bindValue(u":text"_s, ArticleRow::textValue(a.plainText));
    query.bindValue(u":words"_s, a.wordCount);
    query.bindValue(u":image"_s, ArticleRow::textValue(a.leadImageUrl));
    query.bindValue(u":read"_s, a.read ? 1 : 0);
    query.bindValue(u":starred"_s, a.starred ? 1 : 0);
    const qint64 now = ArticleRow::nowMs();
    query.bindValue(u":created"_s, a.created.isValid() ? a.created.toMSecsSinceEpoch() : now);
    query.bindValue(u":updated"_s, a.updated.isValid() ? a.updated.toMSecsSinceEpoch() : now);
    if (!query.exec())
        return m_db.fail(failed, query.lastError());
    const qint64 id = idTaken ? query.lastInsertId().toLongLong() : a.id;
    QSqlQuery read(m_db.connection());
    read.prepare(u"INSERT INTO reads (article_id, at, seconds) VALUES (:id, :at, :seconds)"_s);
    for (const ReadRecord &record : deleted.reads) {
        read.bindValue(u":id"_s, id);
        read.bindValue(u":at"_s, record.at.toMSecsSinceEpoch());
        read.bindValue(u":seconds"_s, record.seconds);
        if (!read.exec())
            return m_db.fail(failed, read.lastError());
    }
    return id;
}

Result<QList<qint64>> ArticleStore::restore(const QList<DeletedArticle> &articles)
{
    const QString failed = tr("Could not restore the deleted articles.");
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QList<qint64> ids;
    for (const DeletedArticle &deleted : articles) {
        const Result<qint64> inserted = insertWithId(deleted);
        if (!inserted)
            return Error { inserted.error() };
        ids.append(*inserted);
    }
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return ids;
}

Result<int> ArticleStore::markAllRead(const ArticleFilter &filter)
{
    const QString failed = tr("Could not mark the articles as read.");
    if (Status writable = m_db.writable(); !writable)
        return Error { failed + u' ' + writable.error() };
    ArticleFilter unread = filter;
    unread.unreadOnly = true;
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE articles AS a SET read = 1"_s + filterSql(unread));
    bindFilter(query, unread);
    if (!query.exec())
        return m_db.fail(failed, query.lastError());
    return query.numRowsAffected();
}

Result<int> ArticleStore::markRead(const QList<qint64> &ids)
{
    const QString failed = tr("Could not mark the articles as read.");
    if (Status writable = m_db.writable(); !writable)
        return Error { failed + u' ' + writable.error() };
    if (ids.isEmpty())
        return 0;
    // Search results are at most a few hundred: one statement, well under SQLite's
    // 32766-variable limit.
    QStringList marks;
    marks.fill(u"?"_s, ids.size());
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE articles SET read = 1 WHERE read = 0 AND id IN ("_s + marks.join(u',')
                  + u")"_s);
    for (const qint64 id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return m_db.fail(failed, query.lastError());
    return query.numRowsAffected();
}

Result<qint64> ArticleStore::dataVersion() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return m_db.fail(tr("Could not check the library for changes."), query.lastError());
    return query.value(0).toLongLong();
}
