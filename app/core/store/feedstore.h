// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class Database;

// Subscriptions and their folders: the only place with SQL about them. One statement or one
// write transaction per call. A feed's id is its sources row's id (kind 'feed').
class FeedStore {
    Q_DECLARE_TR_FUNCTIONS(FeedStore)

public:
    explicit FeedStore(Database &db);
    ~FeedStore();

    // Subscribes to url (trimmed, stored as given) with the feed's own title and site (may be
    // empty; a refresh fills them); returns the new feed's id. An url already followed is an
    // Error whose message is alreadySubscribedMessage() (findByUrl() tells the id). folderId 0:
    // top level.
    Result<qint64> subscribe(const QString &url, const QString &title = {}, qint64 folderId = 0,
                             const QString &siteUrl = {});
    static QString alreadySubscribedMessage(); // "You already follow this feed."
    Result<Feed> get(qint64 id) const; // with counts; Error when no such feed
    Result<std::optional<qint64>> findByUrl(const QString &url) const; // exact (trimmed) url
    // Every feed with unread/total counts, by folder (top level first) then title.
    Result<QList<Feed>> list() const;

    Status rename(qint64 id, const QString &title); // empty: back to the feed's own title
    Status moveToFolder(qint64 id, qint64 folderId); // 0: top level
    // 0: the global refresh interval / keep everything. Retention applies at the next refresh.
    Status setSettings(qint64 id, int refreshMinutes, int keepDays, int keepCount,
                       bool fetchFullArticles);
    Status setFavicon(qint64 id, const QByteArray &image); // empty: none
    // One transaction: the feed and its non-starred articles go; returns how many articles
    // were deleted. Starred ones stay, still naming the feed's sources row (which stays, kind
    // 'feed', while any article names it); subscribing again adopts them.
    Result<int> unsubscribe(qint64 id);

    // Refresh state alone (a failed refresh, 304, 410, Retry-After). A permanent redirect
    // (state.newUrl) moves the feed to the new url, unless another source already has that
    // url: then the old url is kept (no merge) and the refresh still counts.
    Status recordRefresh(qint64 id, const FeedRefreshState &state);
    // One write transaction: upserts each entry by (feed, entry.key); a new key becomes a new
    // article (or is linked to the article already stored with its url, left as it is); a
    // known key whose content changed updates its article in place (id, read, starred,
    // created kept; an entry without a date keeps the time it was first seen); unchanged
    // entries write nothing; an article deleted by the user stays deleted. Then applies the
    // feed's retention (keepDays by published-else-added time, keepCount newest; starred are
    // never deleted, unread are) and records `state`. Entries' sourceId is set to feedId. An
    // Error, storing nothing, when the feed is no longer followed.
    // With "Fetch full articles", a changed item keeps the body of its article when that body
    // is longer than the item's (the page extracted after the item was first seen): its title,
    // summary, dates and other fields are updated, its text is not.
    // storeItems() is beginItems(), addItems(entries), finishItems(state).
    Result<FeedStoreOutcome> storeItems(qint64 feedId, const QList<FeedEntry> &entries,
                                        const FeedRefreshState &state);

    // storeItems() in steps, for entries that come in chunks (a big feed built in parallel):
    // beginItems() opens the write transaction, addItems() upserts the next entries, in feed
    // order, and finishItems() applies retention, records `state` and commits. abortItems(), a
    // failed step (the session ends: later steps fail) or the FeedStore's destruction roll
    // back: a feed's items land all or nothing. One session at a time per FeedStore; the other
    // calls must not run on this connection while it is open.
    Status beginItems(qint64 feedId);
    Status addItems(const QList<FeedEntry> &entries);
    Result<FeedStoreOutcome> finishItems(const FeedRefreshState &state);
    void abortItems();
    bool itemsBegun() const { return bool(m_items); }

    // The folder with this title under parentId (0: top level), created when missing.
    Result<qint64> ensureFolder(const QString &title, qint64 parentId = 0);
    Result<QList<FeedFolder>> folders() const; // parents before children, by title
    Status renameFolder(qint64 id, const QString &title);
    // The folder goes; its feeds and sub-folders move to its parent.
    Status removeFolder(qint64 id);

private:
    Status writeState(qint64 id, const FeedRefreshState &state);
    Result<int> applyRetention(qint64 feedId, QList<qint64> &addedIds);
    Result<QList<Feed>> select(const QString &where, qint64 id) const;

    Status failItems(const QString &error);

    struct ItemSession;
    Database &m_db;
    std::unique_ptr<ItemSession> m_items;
};
