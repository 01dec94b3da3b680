// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedstore.h"

#include "articlerow.h"
#include "articlewriter.h"
#include "database.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Bindings = QList<std::pair<QString, QVariant>>;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant blobOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

// What makes an item "changed": the fields a feed sends, not the times the store sets.
QByteArray contentHash(const Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QString published = article.published.isValid()
        ? QString::number(article.published.toMSecsSinceEpoch())
        : QString();
    for (const QString &field :
         { article.url, article.canonicalUrl, article.title, article.deck, article.section,
           article.author, published, article.language, article.summary, article.contentHtml,
           article.plainText, article.leadImageUrl }) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return hash.result().toBase64(QByteArray::OmitTrailingEquals);
}

// The key of an entry the caller gave none: its url, else its title and date.
QString entryKey(const FeedEntry &entry)
{
    if (!entry.key.isEmpty())
        return entry.key;
    if (!entry.article.url.trimmed().isEmpty())
        return entry.article.url.trimmed();
    return entry.article.title + u'\n'
        + (entry.article.published.isValid() ? entry.article.published.toUTC().toString(Qt::ISODate)
                                             : QString());
}

const QString feedColumns = u"s.id, s.url, coalesce(nullif(f.title, ''), nullif(s.title, ''), "
                            "s.url), f.site_url, coalesce(f.folder_id, 0), f.refresh_minutes, "
                            "f.keep_days, f.keep_count, f.full_articles, f.etag, "
                            "f.last_modified, f.last_refresh, f.last_error, f.gone, "
                            "f.retry_after, f.favicon, "
                            "(SELECT count(*) FROM articles a WHERE a.source_id = s.id "
                            "AND a.read = 0), "
                            "(SELECT count(*) FROM articles a WHERE a.source_id = s.id)"_s;

Feed readFeed(const QSqlQuery &query)
{
    Feed feed;
    feed.id = query.value(0).toLongLong();
    feed.url = query.value(1).toString();
    feed.title = query.value(2).toString();
    feed.siteUrl = query.value(3).toString();
    feed.folderId = query.value(4).toLongLong();
    feed.refreshMinutes = query.value(5).toInt();
    feed.keepDays = query.value(6).toInt();
    feed.keepCount = query.value(7).toInt();
    feed.fetchFullArticles = query.value(8).toBool();
    feed.etag = query.value(9).toString();
    feed.lastModified = query.value(10).toString();
    feed.lastRefresh = ArticleRow::timeFrom(query.value(11));
    feed.lastError = query.value(12).toString();
    feed.gone = query.value(13).toBool();
    feed.retryAfter = ArticleRow::timeFrom(query.value(14));
    feed.favicon = query.value(15).toByteArray();
    feed.unread = query.value(16).toInt();
    feed.total = query.value(17).toInt();
    return feed;
}

// One statement; `missing` is the error when it changed no row (empty: not an error).
Status runStatement(Database &db, const QString &sql, const Bindings &bindings,
                    const QString &failure, const QString &missing = {})
{
    if (Status writable = db.writable(); !writable)
        return Error { failure + u' ' + writable.error() };
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const auto &[name, value] : bindings)
        query.bindValue(name, value);
    if (!query.exec())
        return db.fail(failure, query.lastError());
    if (!missing.isEmpty() && query.numRowsAffected() == 0)
        return Error { missing };
    return {};
}

} // namespace

FeedStore::FeedStore(Database &db) : m_db(db) { }

QString FeedStore::alreadySubscribedMessage()
{
    return tr("You already follow this feed.");
}

Result<qint64> FeedStore::subscribe(const QString &url, const QString &title, qint64 folderId,
                                    const QString &siteUrl)
{
    const QString address = url.trimmed();
    if (address.isEmpty())
        return Error { tr("A feed needs a web address.") };
    const QString failed = tr("Could not subscribe to %1.").arg(address);
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QSqlDatabase db = m_db.connection();
    QSqlQuery find(db);
    find.prepare(u"SELECT s.id, f.source_id IS NOT NULL FROM sources s "
                 "LEFT JOIN feeds f ON f.source_id = s.id WHERE s.url = :url"_s);
    find.bindValue(u":url"_s, address);
    if (!find.exec())
        return m_db.fail(failed, find.lastError());
    qint64 id = 0;
    if (find.next()) {
        if (find.value(1).toBool())
            return Error { alreadySubscribedMessage() };
        id = find.value(0).toLongLong();
    }
    find.finish();
    QSqlQuery source(db);
    if (id > 0) { // a site, or a feed unsubscribed with starred articles kept
        source.prepare(u"UPDATE sources SET kind = 'feed', title = coalesce(nullif(:title, ''), "
                       "title) WHERE id = :id"_s);
        source.bindValue(u":id"_s, id);
    } else {
        source.prepare(u"INSERT INTO sources (title, url, kind) VALUES (:title, :url, 'feed')"_s);
        source.bindValue(u":url"_s, address);
    }
    source.bindValue(u":title"_s, ArticleRow::textValue(title.trimmed()));
    if (!source.exec())
        return m_db.fail(failed, source.lastError());
    if (id == 0)
        id = source.lastInsertId().toLongLong();
    QSqlQuery feed(db);
    feed.prepare(u"INSERT INTO feeds (source_id, folder_id, site_url) VALUES (:id, :folder, "
                 ":site)"_s);
    feed.bindValue(u":id"_s, id);
    feed.bindValue(u":folder"_s, idOrNull(folderId));
    feed.bindValue(u":site"_s, ArticleRow::textValue(siteUrl.trimmed()));
    if (!feed.exec())
        return m_db.fail(failed, feed.lastError());
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return id;
}

Result<QList<Feed>> FeedStore::select(const QString &where, qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + feedColumns
                  + u" FROM feeds f JOIN sources s ON s.id = f.source_id "
                    "LEFT JOIN folders fo ON fo.id = f.folder_id "_s
                  + where
                  + u" ORDER BY fo.id IS NOT NULL, fo.title COLLATE NOCASE, fo.id, "
                    "3 COLLATE NOCASE, s.id"_s);
    if (id > 0)
        query.bindValue(u":id"_s, id);
    if (!query.exec())
        return m_db.fail(tr("Could not read the feeds."), query.lastError());
    QList<Feed> feeds;
    while (query.next())
        feeds.append(readFeed(query));
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not read the feeds."), query.lastError());
    return feeds;
}

Result<Feed> FeedStore::get(qint64 id) const
{
    Result<QList<Feed>> feeds = select(u"WHERE f.source_id = :id"_s, id);
    if (!feeds)
        return Error { feeds.error() };
    if (feeds->isEmpty())
        return Error { tr("There is no feed %1 in the library.").arg(id) };
    return feeds->first();
}

Result<std::optional<qint64>> FeedStore::findByUrl(const QString &url) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT f.source_id FROM feeds f JOIN sources s ON s.id = f.source_id "
                  "WHERE s.url = :url"_s);
    query.bindValue(u":url"_s, url.trimmed());
    if (!query.exec())
        return m_db.fail(tr("Could not read the feeds."), query.lastError());
    if (query.next())
        return std::optional<qint64>(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not read the feeds."), query.lastError());
    return std::optional<qint64>();
}

Result<QList<Feed>> FeedStore::list() const
{
    return select(QString(), 0);
}

Status FeedStore::rename(qint64 id, const QString &title)
{
    return runStatement(
        m_db, u"UPDATE feeds SET title = :title WHERE source_id = :id"_s,
        { { u":title"_s, ArticleRow::textValue(title.trimmed()) }, { u":id"_s, id } },
        tr("Could not rename the feed."), tr("There is no feed %1 in the library.").arg(id));
}

Status FeedStore::moveToFolder(qint64 id, qint64 folderId)
{
    return runStatement(m_db, u"UPDATE feeds SET folder_id = :folder WHERE source_id = :id"_s,
                        { { u":folder"_s, idOrNull(folderId) }, { u":id"_s, id } },
                        tr("Could not move the feed."),
                        tr("There is no feed %1 in the library.").arg(id));
}

Status FeedStore::setSettings(qint64 id, int refreshMinutes, int keepDays, int keepCount,
                              bool fetchFullArticles)
{
    return runStatement(m_db,
                        u"UPDATE feeds SET refresh_minutes = :minutes, keep_days = :days, "
                        "keep_count = :count, full_articles = :full WHERE source_id = :id"_s,
                        { { u":minutes"_s, std::max(refreshMinutes, 0) },
                          { u":days"_s, std::max(keepDays, 0) },
                          { u":count"_s, std::max(keepCount, 0) },
                          { u":full"_s, fetchFullArticles ? 1 : 0 },
                          { u":id"_s, id } },
                        tr("Could not save the feed's settings."),
                        tr("There is no feed %1 in the library.").arg(id));
}

Status FeedStore::setFavicon(qint64 id, const QByteArray &image)
{
    return runStatement(m_db, u"UPDATE feeds SET favicon = :image WHERE source_id = :id"_s,
                        { { u":image"_s, blobOrNull(image) }, { u":id"_s, id } },
                        tr("Could not save the feed's icon."),
                        tr("There is no feed %1 in the library.").arg(id));
}

Result<int> FeedStore::unsubscribe(qint64 id)
{
    const QString failed = tr("Could not unsubscribe from the feed.");
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QSqlDatabase db = m_db.connection();
    QSqlQuery articles(db);
    articles.prepare(u"DELETE FROM articles WHERE source_id = :id AND starred = 0"_s);
    articles.bindValue(u":id"_s, id);
    if (!articles.exec())
        return m_db.fail(failed, articles.lastError());
    const int deleted = articles.numRowsAffected();
    QSqlQuery feed(db);
    feed.prepare(u"DELETE FROM feeds WHERE source_id = :id"_s);
    feed.bindValue(u":id"_s, id);
    if (!feed.exec())
        return m_db.fail(failed, feed.lastError());
    if (feed.numRowsAffected() == 0)
        return Error { tr("There is no feed %1 in the library.").arg(id) };
    QSqlQuery source(db);
    source.prepare(u"DELETE FROM sources WHERE id = :id AND NOT EXISTS "
                   "(SELECT 1 FROM articles WHERE source_id = :kept)"_s);
    source.bindValue(u":id"_s, id);
    source.bindValue(u":kept"_s, id);
    if (!source.exec())
        return m_db.fail(failed, source.lastError());
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return deleted;
}

Status FeedStore::writeState(qint64 id, const FeedRefreshState &state)
{
    const QString failed = tr("Could not save the state of a feed.");
    const bool worked = state.error.isEmpty();
    const bool validators = worked && !state.notModified; // 304 and errors keep them
    const qint64 at = state.at.isValid() ? state.at.toMSecsSinceEpoch() : ArticleRow::nowMs();
    Status status = runStatement(
        m_db,
        u"UPDATE feeds SET last_refresh = :at, last_error = :error, gone = :gone, "
        "retry_after = :retry, etag = CASE WHEN :validators THEN :etag ELSE etag END, "
        "last_modified = CASE WHEN :validators2 THEN :modified ELSE last_modified END, "
        "site_url = coalesce(nullif(:site, ''), site_url) WHERE source_id = :id"_s,
        { { u":at"_s, at },
          { u":error"_s, ArticleRow::textValue(state.error) },
          { u":gone"_s, state.gone ? 1 : 0 },
          { u":retry"_s, ArticleRow::timeValue(state.retryAfter) },
          { u":validators"_s, validators ? 1 : 0 },
          { u":etag"_s, ArticleRow::textValue(state.etag) },
          { u":validators2"_s, validators ? 1 : 0 },
          { u":modified"_s, ArticleRow::textValue(state.lastModified) },
          { u":site"_s, ArticleRow::textValue(worked ? state.siteUrl.trimmed() : QString()) },
          { u":id"_s, id } },
        failed, tr("There is no feed %1 in the library.").arg(id));
    if (!status)
        return status;
    if (worked && !state.feedTitle.trimmed().isEmpty()) {
        status = runStatement(m_db, u"UPDATE sources SET title = :title WHERE id = :id"_s,
                              { { u":title"_s, state.feedTitle.trimmed() }, { u":id"_s, id } },
                              failed);
        if (!status)
            return status;
    }
    if (!state.newUrl.trimmed().isEmpty()) {
        // Moved for good; a url another source already has is left alone (no merge).
        status = runStatement(m_db,
                              u"UPDATE sources SET url = :url WHERE id = :id AND NOT EXISTS "
                              "(SELECT 1 FROM sources WHERE url = :taken)"_s,
                              { { u":url"_s, state.newUrl.trimmed() },
                                { u":id"_s, id },
                                { u":taken"_s, state.newUrl.trimmed() } },
                              failed);
    }
    return status;
}

Status FeedStore::recordRefresh(qint64 id, const FeedRefreshState &state)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { tr("Could not save the state of a feed.") + u' '
                       + transaction.begun().error() };
    if (Status written = writeState(id, state); !written)
        return written;
    return transaction.commit();
}

Result<int> FeedStore::applyRetention(qint64 feedId, QList<qint64> &addedIds)
{
    const QString failed = tr("Could not remove the feed's old articles.");
    QSqlDatabase db = m_db.connection();
    QSqlQuery settings(db);
    settings.prepare(u"SELECT keep_days, keep_count FROM feeds WHERE source_id = :id"_s);
    settings.bindValue(u":id"_s, feedId);
    if (!settings.exec())
        return m_db.fail(failed, settings.lastError());
    if (!settings.next())
        return Error { tr("There is no feed %1 in the library.").arg(feedId) };
    const int keepDays = settings.value(0).toInt();
    const int keepCount = settings.value(1).toInt();
    settings.finish();
    QList<qint64> removed;
    auto remove = [&](const QString &sql, const Bindings &bindings) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const auto &[name, value] : bindings)
            query.bindValue(name, value);
        if (!query.exec())
            return query.lastError();
        while (query.next())
            removed.append(query.value(0).toLongLong());
        return query.lastError();
    };
    QSqlError error;
    if (keepDays > 0) {
        const qint64 cutoff = ArticleRow::nowMs() - qint64(keepDays) * 24 * 3600 * 1000;
        error = remove(u"DELETE FROM articles WHERE source_id = :id AND starred = 0 "
                       "AND sort_time < :cutoff RETURNING id"_s,
                       { { u":id"_s, feedId }, { u":cutoff"_s, cutoff } });
    }
    if (!error.isValid() && keepCount > 0) {
        error = remove(u"DELETE FROM articles WHERE id IN (SELECT id FROM articles "
                       "WHERE source_id = :id AND starred = 0 ORDER BY sort_time DESC, id DESC "
                       "LIMIT -1 OFFSET :keep) RETURNING id"_s,
                       { { u":id"_s, feedId }, { u":keep"_s, keepCount } });
    }
    if (error.isValid())
        return m_db.fail(failed, error);
    for (const qint64 id : std::as_const(removed))
        addedIds.removeAll(id);
    return int(removed.size());
}

// An open storeItems() session: its transaction and the statements reused for every entry.
// Members are destroyed in reverse order: the statements go before the transaction rolls back.
struct FeedStore::ItemSession {
    explicit ItemSession(Database &db)
        : transaction(db), writer(db.connection()), findItem(db.connection()),
          insertItem(db.connection()), updateItem(db.connection())
    {
    }

    WriteTransaction transaction;
    ArticleWriter writer;
    QSqlQuery findItem;
    QSqlQuery insertItem;
    QSqlQuery updateItem;
    qint64 feedId = 0;
    bool fullArticles = false; // keep a longer body (extracted from the item's page)
    qint64 now = 0;
    FeedStoreOutcome outcome;
};

FeedStore::~FeedStore() = default;

static QString itemsFailed()
{
    return FeedStore::tr("Could not save the items of a feed; none were saved.");
}

Status FeedStore::failItems(const QString &error)
{
    m_items.reset(); // rolls back
    return Error { error };
}

void FeedStore::abortItems()
{
    m_items.reset();
}

Status FeedStore::beginItems(qint64 feedId)
{
    const QString failed = itemsFailed();
    m_items.reset();
    auto session = std::make_unique<ItemSession>(m_db);
    if (!session->transaction.begun())
        return Error { failed + u' ' + session->transaction.begun().error() };
    QSqlDatabase db = m_db.connection();
    {
        QSqlQuery exists(db); // unsubscribed meanwhile: say so, not a foreign key failure
        exists.prepare(u"SELECT full_articles FROM feeds WHERE source_id = :id"_s);
        exists.bindValue(u":id"_s, feedId);
        if (!exists.exec())
            return m_db.fail(failed, exists.lastError());
        if (!exists.next())
            return Error { tr("There is no feed %1 in the library.").arg(feedId) };
        session->fullArticles = exists.value(0).toBool();
    }
    if (!session->writer.prepare())
        return m_db.fail(failed, session->writer.lastError());
    if (!session->findItem.prepare(
            u"SELECT fi.article_id, fi.content_hash, a.word_count FROM feed_items fi "
            "LEFT JOIN articles a ON a.id = fi.article_id "
            "WHERE fi.feed_id = :feed AND fi.item_key = :key"_s))
        return m_db.fail(failed, session->findItem.lastError());
    if (!session->insertItem.prepare(
            u"INSERT INTO feed_items (feed_id, item_key, article_id, first_seen, content_hash) "
            "VALUES (:feed, :key, :article, :seen, :hash)"_s))
        return m_db.fail(failed, session->insertItem.lastError());
    if (!session->updateItem.prepare(u"UPDATE feed_items SET content_hash = :hash "
                                     "WHERE feed_id = :feed AND item_key = :key"_s))
        return m_db.fail(failed, session->updateItem.lastError());
    session->findItem.setForwardOnly(true);
    session->feedId = feedId;
    session->now = ArticleRow::nowMs();
    m_items = std::move(session);
    return {};
}

Status FeedStore::addItems(const QList<FeedEntry> &entries)
{
    const QString failed = itemsFailed();
    if (!m_items)
        return Error { failed };
    ItemSession &s = *m_items;
    ArticleWriter &writer = s.writer;
    const qint64 feedId = s.feedId;
    const qint64 now = s.now;
    FeedStoreOutcome &outcome = s.outcome;
    auto fail = [&](const QSqlError &error) {
        const Error reported = m_db.fail(failed, error);
        m_items.reset();
        return Status(reported);
    };
    for (const FeedEntry &entry : entries) {
        const QString key = entryKey(entry);
        Article article = entry.article;
        article.sourceId = feedId;
        const QByteArray hash = contentHash(article);
        s.findItem.bindValue(u":feed"_s, feedId);
        s.findItem.bindValue(u":key"_s, key);
        if (!s.findItem.exec())
            return fail(s.findItem.lastError());
        if (s.findItem.next()) {
            const QVariant articleId = s.findItem.value(0);
            const bool same = s.findItem.value(1).toByteArray() == hash;
            const int storedWords = s.findItem.value(2).toInt();
            s.findItem.finish();
            if (articleId.isNull() || same) { // deleted by the user, or unchanged
                ++outcome.unchanged;
                continue;
            }
            article.sourceId = 0; // a linked article keeps its source
            // The body extracted from the item's page stays when it is the longer one.
            const bool keepBody = s.fullArticles && storedWords > article.wordCount;
            const bool updated = keepBody
                ? writer.updateKeepingBody(articleId.toLongLong(), article, now)
                : writer.update(articleId.toLongLong(), article, now);
            if (!updated)
                return fail(writer.lastError());
            s.updateItem.bindValue(u":hash"_s, hash);
            s.updateItem.bindValue(u":feed"_s, feedId);
            s.updateItem.bindValue(u":key"_s, key);
            if (!s.updateItem.exec())
                return fail(s.updateItem.lastError());
            ++outcome.updated;
            continue;
        }
        if (s.findItem.lastError().isValid())
            return fail(s.findItem.lastError());
        s.findItem.finish();
        if (!article.published.isValid()) // no date: the time it was first seen, kept
            article.published = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        const QString articleKey = ArticleWriter::key(article);
        std::optional<qint64> id = writer.find(article, articleKey);
        if (writer.failed())
            return fail(writer.lastError());
        if (id) {
            ++outcome.unchanged; // already in the library: linked, left as it is
        } else {
            id = writer.insert(article, articleKey, now);
            if (!id)
                return fail(writer.lastError());
            ++outcome.added;
            outcome.addedIds.append(*id);
        }
        s.insertItem.bindValue(u":feed"_s, feedId);
        s.insertItem.bindValue(u":key"_s, key);
        s.insertItem.bindValue(u":article"_s, *id);
        s.insertItem.bindValue(u":seen"_s, now);
        s.insertItem.bindValue(u":hash"_s, hash);
        if (!s.insertItem.exec())
            return fail(s.insertItem.lastError());
    }
    return {};
}

Result<FeedStoreOutcome> FeedStore::finishItems(const FeedRefreshState &state)
{
    const QString failed = itemsFailed();
    if (!m_items)
        return Error { failed };
    std::unique_ptr<ItemSession> session = std::move(m_items); // rolls back unless committed
    FeedStoreOutcome outcome = std::move(session->outcome);
    const Result<int> removed = applyRetention(session->feedId, outcome.addedIds);
    if (!removed)
        return Error { removed.error() };
    outcome.added = int(outcome.addedIds.size());
    if (Status written = writeState(session->feedId, state); !written)
        return Error { written.error() };
    session->findItem.finish();
    if (Status committed = session->transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return outcome;
}

Result<FeedStoreOutcome> FeedStore::storeItems(qint64 feedId, const QList<FeedEntry> &entries,
                                               const FeedRefreshState &state)
{
    if (Status begun = beginItems(feedId); !begun)
        return Error { begun.error() };
    if (Status added = addItems(entries); !added)
        return Error { added.error() };
    return finishItems(state);
}

Result<qint64> FeedStore::ensureFolder(const QString &title, qint64 parentId)
{
    const QString name = title.trimmed();
    if (name.isEmpty())
        return Error { tr("A folder needs a name.") };
    const QString failed = tr("Could not create the folder \u201c%1\u201d.").arg(name);
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QSqlQuery find(m_db.connection());
    find.prepare(u"SELECT id FROM folders WHERE title = :title AND parent_id IS :parent"_s);
    find.bindValue(u":title"_s, name);
    find.bindValue(u":parent"_s, idOrNull(parentId));
    if (!find.exec())
        return m_db.fail(failed, find.lastError());
    if (find.next())
        return find.value(0).toLongLong();
    find.finish();
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO folders (title, parent_id) VALUES (:title, :parent)"_s);
    insert.bindValue(u":title"_s, name);
    insert.bindValue(u":parent"_s, idOrNull(parentId));
    if (!insert.exec())
        return m_db.fail(failed, insert.lastError());
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return id;
}

Result<QList<FeedFolder>> FeedStore::folders() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"WITH RECURSIVE tree (id, title, parent, depth) AS ("
                  "SELECT id, title, parent_id, 0 FROM folders WHERE parent_id IS NULL "
                  "UNION ALL SELECT f.id, f.title, f.parent_id, t.depth + 1 FROM folders f "
                  "JOIN tree t ON f.parent_id = t.id) "
                  "SELECT id, title, coalesce(parent, 0) FROM tree "
                  "ORDER BY depth, title COLLATE NOCASE, id"_s);
    if (!query.exec())
        return m_db.fail(tr("Could not read the folders."), query.lastError());
    QList<FeedFolder> folders;
    while (query.next())
        folders.append({ query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toLongLong() });
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not read the folders."), query.lastError());
    return folders;
}

Status FeedStore::renameFolder(qint64 id, const QString &title)
{
    if (title.trimmed().isEmpty())
        return Error { tr("A folder needs a name.") };
    return runStatement(m_db, u"UPDATE folders SET title = :title WHERE id = :id"_s,
                        { { u":title"_s, title.trimmed() }, { u":id"_s, id } },
                        tr("Could not rename the folder."),
                        tr("There is no folder %1 in the library.").arg(id));
}

Status FeedStore::removeFolder(qint64 id)
{
    const QString failed = tr("Could not remove the folder.");
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QSqlQuery parent(m_db.connection());
    parent.prepare(u"SELECT parent_id FROM folders WHERE id = :id"_s);
    parent.bindValue(u":id"_s, id);
    if (!parent.exec())
        return m_db.fail(failed, parent.lastError());
    if (!parent.next())
        return Error { tr("There is no folder %1 in the library.").arg(id) };
    const QVariant parentId = parent.value(0).isNull() ? QVariant(QMetaType::fromType<qint64>())
                                                       : QVariant(parent.value(0).toLongLong());
    parent.finish();
    for (const QString &sql : { u"UPDATE feeds SET folder_id = :parent WHERE folder_id = :id"_s,
                                u"UPDATE folders SET parent_id = :parent WHERE parent_id = :id"_s,
                                u"DELETE FROM folders WHERE id = :id"_s }) {
        Bindings bindings { { u":id"_s, id } };
        if (sql.contains(u":parent"_s))
            bindings.append({ u":parent"_s, parentId });
        if (Status done = runStatement(m_db, sql, bindings, failed); !done)
            return done;
    }
    return transaction.commit();
}
