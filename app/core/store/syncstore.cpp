// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"

#include "database.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString accountColumns = u"id, kind, url, user, last_sync, last_error, since_id"_s;

SyncAccount readAccount(const QSqlQuery &query)
{
    SyncAccount account;
    account.id = query.value(0).toLongLong();
    account.kind = query.value(1).toString();
    account.url = query.value(2).toString();
    account.user = query.value(3).toString();
    account.lastSync = timeFrom(query.value(4));
    account.lastError = query.value(5).toString();
    account.sinceId = query.value(6).toLongLong();
    return account;
}
} // namespace

SyncStore::SyncStore(Database &db) : m_db(db) { }

Result<qint64> SyncStore::addAccount(const QString &kind, const QString &url, const QString &user)
{
    if (Status writable = m_db.writable(); !writable)
        return Error { writable.error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO accounts (kind, url, user) VALUES (:kind, :url, :user)"_s);
    query.bindValue(u":kind"_s, kind);
    query.bindValue(u":url"_s, url.trimmed());
    query.bindValue(u":user"_s, user);
    if (!query.exec())
        return m_db.fail(tr("Could not add the account %1 at %2.").arg(user, url),
                         query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<QList<SyncAccount>> SyncStore::accounts() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + accountColumns + u" FROM accounts ORDER BY id"_s))
        return m_db.fail(tr("Could not list the accounts."), query.lastError());
    QList<SyncAccount> list;
    while (query.next())
        list.append(readAccount(query));
    return list;
}

Result<SyncAccount> SyncStore::account(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT "_s + accountColumns + u" FROM accounts WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return m_db.fail(tr("Could not read account %1.").arg(id), query.lastError());
    if (!query.next())
        return Error { tr("There is no account %1.").arg(id) };
    return readAccount(query);
}

Status SyncStore::removeAccount(qint64 id)
{
    if (Status writable = m_db.writable(); !writable)
        return writable;
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM accounts WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return m_db.fail(tr("Could not remove account %1.").arg(id), query.lastError());
    return {};
}

Status SyncStore::recordSync(qint64 accountId, const QDateTime &at, const QString &error,
                             qint64 sinceId)
{
    if (Status writable = m_db.writable(); !writable)
        return writable;
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE accounts SET last_sync = :at, last_error = :error, "
                  "since_id = max(since_id, :since) WHERE id = :id"_s);
    query.bindValue(u":at"_s, at.toMSecsSinceEpoch());
    query.bindValue(u":error"_s, error.isNull() ? u""_s : error); // NULL: NOT NULL fails
    query.bindValue(u":since"_s, sinceId);
    query.bindValue(u":id"_s, accountId);
    if (!query.exec())
        return m_db.fail(tr("Could not record the sync of account %1.").arg(accountId),
                         query.lastError());
    return {};
}

Result<qint64> SyncStore::lookup(const QString &statement, qint64 accountId, qint64 remoteId,
                                 const QString &failure) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(statement);
    query.bindValue(u":account"_s, accountId);
    query.bindValue(u":remote"_s, remoteId);
    if (!query.exec())
        return m_db.fail(failure, query.lastError());
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status SyncStore::link(const QString &statement, qint64 localId, qint64 accountId,
                       qint64 remoteId, const QString &failure)
{
    if (Status writable = m_db.writable(); !writable)
        return writable;
    QSqlQuery query(m_db.connection());
    query.prepare(statement);
    query.bindValue(u":local"_s, localId);
    query.bindValue(u":account"_s, accountId);
    query.bindValue(u":remote"_s, remoteId);
    if (!query.exec())
        return m_db.fail(failure, query.lastError());
    return {};
}

Status SyncStore::linkArticle(qint64 articleId, qint64 accountId, qint64 remoteId)
{
    return link(u"INSERT OR REPLACE INTO remote_articles (article_id, account_id, remote_id) "
                "VALUES (:local, :account, :remote)"_s,
                articleId, accountId, remoteId,
                tr("Could not link article %1 to the server's article %2.").arg(articleId)
                        .arg(remoteId));
}

Result<qint64> SyncStore::articleForRemote(qint64 accountId, qint64 remoteId) const
{
    return lookup(u"SELECT article_id FROM remote_articles WHERE account_id = :account "
                  "AND remote_id = :remote"_s,
                  accountId, remoteId, tr("Could not find the server's article %1.").arg(remoteId));
}

Status SyncStore::linkFeed(qint64 feedId, qint64 accountId, qint64 remoteId)
{
    return link(u"INSERT OR REPLACE INTO remote_feeds (feed_id, account_id, remote_id) "
                "VALUES (:local, :account, :remote)"_s,
                feedId, accountId, remoteId,
                tr("Could not link feed %1 to the server's feed %2.").arg(feedId).arg(remoteId));
}

Result<qint64> SyncStore::feedForRemote(qint64 accountId, qint64 remoteId) const
{
    return lookup(u"SELECT feed_id FROM remote_feeds WHERE account_id = :account "
                  "AND remote_id = :remote"_s,
                  accountId, remoteId, tr("Could not find the server's feed %1.").arg(remoteId));
}

Status SyncStore::linkFolder(qint64 folderId, qint64 accountId, qint64 remoteId)
{
    return link(u"INSERT OR REPLACE INTO remote_folders (folder_id, account_id, remote_id) "
                "VALUES (:local, :account, :remote)"_s,
                folderId, accountId, remoteId,
                tr("Could not link folder %1 to the server's category %2.").arg(folderId)
                        .arg(remoteId));
}

Result<qint64> SyncStore::folderForRemote(qint64 accountId, qint64 remoteId) const
{
    return lookup(u"SELECT folder_id FROM remote_folders WHERE account_id = :account "
                  "AND remote_id = :remote"_s,
                  accountId, remoteId,
                  tr("Could not find the server's category %1.").arg(remoteId));
}

Status SyncStore::linkItems(qint64 accountId, qint64 feedId,
                           const QList<QPair<QString, qint64>> &items)
{
    const QString failed = tr("Could not link feed %1's articles to the server's.").arg(feedId);
    if (Status writable = m_db.writable(); !writable)
        return writable;
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT OR REPLACE INTO remote_articles (article_id, account_id, remote_id) "
                  "SELECT article_id, :account, :remote FROM feed_items WHERE feed_id = :feed "
                  "AND item_key = :key AND article_id IS NOT NULL"_s);
    for (const auto &item : items) {
        query.bindValue(u":account"_s, accountId);
        query.bindValue(u":remote"_s, item.second);
        query.bindValue(u":feed"_s, feedId);
        query.bindValue(u":key"_s, item.first);
        if (!query.exec())
            return m_db.fail(failed, query.lastError());
    }
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return {};
}

Result<QList<qint64>> SyncStore::remoteArticleIds(qint64 accountId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT remote_id FROM remote_articles WHERE account_id = :account "
                  "ORDER BY remote_id"_s);
    query.bindValue(u":account"_s, accountId);
    if (!query.exec())
        return m_db.fail(tr("Could not list the server's articles."), query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<SyncChange>> SyncStore::pending(qint64 accountId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, account_id, article_id, remote_id, kind, feed_url, remote_folder, "
                  "at FROM sync_queue WHERE account_id = :account ORDER BY id"_s);
    query.bindValue(u":account"_s, accountId);
    if (!query.exec())
        return m_db.fail(tr("Could not read the changes waiting for the server."),
                         query.lastError());
    QList<SyncChange> changes;
    while (query.next()) {
        SyncChange change;
        change.id = query.value(0).toLongLong();
        change.accountId = query.value(1).toLongLong();
        change.articleId = query.value(2).toLongLong();
        change.remoteId = query.value(3).toLongLong();
        change.kind = query.value(4).toString();
        change.feedUrl = query.value(5).toString();
        change.remoteFolder = query.value(6).toLongLong();
        change.at = timeFrom(query.value(7));
        changes.append(change);
    }
    return changes;
}

Status SyncStore::confirm(qint64 changeId)
{
    if (Status writable = m_db.writable(); !writable)
        return writable;
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM sync_queue WHERE id = :id"_s);
    query.bindValue(u":id"_s, changeId);
    if (!query.exec())
        return m_db.fail(tr("Could not mark change %1 as sent.").arg(changeId),
                         query.lastError());
    return {};
}

Status SyncStore::enqueueSubscribe(qint64 accountId, const QString &url, qint64 remoteFolder)
{
    if (Status writable = m_db.writable(); !writable)
        return writable;
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO sync_queue (account_id, kind, feed_url, remote_folder, at) "
                  "VALUES (:account, 'subscribe', :url, :folder, :at)"_s);
    query.bindValue(u":account"_s, accountId);
    query.bindValue(u":url"_s, url.trimmed());
    query.bindValue(u":folder"_s, remoteFolder);
    query.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return m_db.fail(tr("Could not queue subscribing to %1 on the server.").arg(url),
                         query.lastError());
    return {};
}

Result<int> SyncStore::applyServerFlags(qint64 accountId, const QList<RemoteFlags> &flags)
{
    const QString failed = tr("Could not apply the server's read and starred state.");
    if (Status writable = m_db.writable(); !writable)
        return Error { writable.error() };
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return Error { failed + u' ' + transaction.begun().error() };
    QSqlQuery last(m_db.connection());
    if (!last.exec(u"SELECT coalesce(max(id), 0) FROM sync_queue"_s) || !last.next())
        return m_db.fail(failed, last.lastError());
    const qint64 before = last.value(0).toLongLong();
    // An article with a queued change keeps its local state: the server has not seen it yet.
    QSqlQuery update(m_db.connection());
    update.prepare(u"UPDATE articles SET read = :read, starred = :starred WHERE id = "
                   "(SELECT article_id FROM remote_articles WHERE account_id = :account "
                   "AND remote_id = :remote) AND (read IS NOT :read2 OR starred IS NOT :starred2) "
                   "AND NOT EXISTS (SELECT 1 FROM sync_queue q WHERE q.article_id = articles.id "
                   "AND q.id <= :before)"_s);
    int changed = 0;
    for (const RemoteFlags &flag : flags) {
        update.bindValue(u":read"_s, int(flag.read));
        update.bindValue(u":starred"_s, int(flag.starred));
        update.bindValue(u":account"_s, accountId);
        update.bindValue(u":remote"_s, flag.remoteId);
        update.bindValue(u":read2"_s, int(flag.read));
        update.bindValue(u":starred2"_s, int(flag.starred));
        update.bindValue(u":before"_s, before);
        if (!update.exec())
            return m_db.fail(failed, update.lastError());
        changed += update.numRowsAffected() > 0 ? 1 : 0;
    }
    // The triggers queued these updates; the server already has them.
    QSqlQuery drop(m_db.connection());
    drop.prepare(u"DELETE FROM sync_queue WHERE id > :before"_s);
    drop.bindValue(u":before"_s, before);
    if (!drop.exec())
        return m_db.fail(failed, drop.lastError());
    if (Status committed = transaction.commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    return changed;
}
