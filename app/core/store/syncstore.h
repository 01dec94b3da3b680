// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "syncaccount.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Accounts, the server ids of feeds, folders and articles, and the queue of local changes:
// the only place with SQL about sync. Local read/starred changes of an article the server
// knows are queued by triggers on articles (schema-4.sql), whoever makes them.
class SyncStore {
    Q_DECLARE_TR_FUNCTIONS(SyncStore)

public:
    explicit SyncStore(Database &db);

    Result<qint64> addAccount(const QString &kind, const QString &url, const QString &user);
    Result<QList<SyncAccount>> accounts() const; // by id
    Result<SyncAccount> account(qint64 id) const;
    Status removeAccount(qint64 id); // its mappings and queue go; local rows stay
    // After a round: when it ended, its error ('' : none) and the highest article id pulled.
    Status recordSync(qint64 accountId, const QDateTime &at, const QString &error,
                      qint64 sinceId);

    // Server id mappings. The lookups return 0 when the remote id is not mapped.
    Status linkArticle(qint64 articleId, qint64 accountId, qint64 remoteId);
    Result<qint64> articleForRemote(qint64 accountId, qint64 remoteId) const;
    Status linkFeed(qint64 feedId, qint64 accountId, qint64 remoteId);
    Result<qint64> feedForRemote(qint64 accountId, qint64 remoteId) const;
    Status linkFolder(qint64 folderId, qint64 accountId, qint64 remoteId);
    Result<qint64> folderForRemote(qint64 accountId, qint64 remoteId) const;
    // One transaction: links the article each item key of the feed became (feed_items) to
    // its remote id. Items without an article (deleted locally) are skipped.
    Status linkItems(qint64 accountId, qint64 feedId, const QList<QPair<QString, qint64>> &items);
    Result<QList<qint64>> remoteArticleIds(qint64 accountId) const; // every mapped one

    // The queue, oldest first; confirm() deletes a row once the server took it.
    Result<QList<SyncChange>> pending(qint64 accountId) const;
    Status confirm(qint64 changeId);
    Status enqueueSubscribe(qint64 accountId, const QString &url, qint64 remoteFolder = 0);

    // One write transaction: sets read/starred of the mapped articles to the server's state,
    // except for articles with a queued local change (not yet on the server: it is newer), and
    // drops the queue rows these updates made (the server already has them). Returns how many
    // articles changed.
    Result<int> applyServerFlags(qint64 accountId, const QList<RemoteFlags> &flags);

private:
    Result<qint64> lookup(const QString &statement, qint64 accountId, qint64 remoteId,
                          const QString &failure) const;
    Status link(const QString &statement, qint64 localId, qint64 accountId, qint64 remoteId,
                const QString &failure);

    Database &m_db;
};
