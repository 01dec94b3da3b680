// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedfetchresult.h"
#include "parsedfeed.h"
#include "result.h"
#include "store/feed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class Database;
class FeedStore;

// FeedRefresher's database half on a worker thread, with its own Database on the library path
// (opened on first use, on that thread): reads the feeds to refresh, stores a feed's entries in
// one transaction (FeedStore::storeItems), records failures (FeedStore::recordRefresh), stores
// favicons and full articles. Member calls run on the worker's thread; `cancelled` (set from
// any thread) makes the calls not yet started return. The static ones (parsing is done by
// FeedParser) are reentrant: FeedRefresher runs them on its thread pool.
class FeedRefreshWorker : public QObject {
    Q_OBJECT

public:
    struct Stored {
        FeedStoreOutcome outcome;
        QString error; // empty: stored (or 304)
        QList<std::pair<qint64, QString>> newArticles; // id and url, with fetchFullArticles
    };

    FeedRefreshWorker(QString libraryPath, const std::atomic<bool> *cancelled);
    ~FeedRefreshWorker() override;

    // The feeds to refresh: `ids` (empty: every feed not gone); with dueOnly, only those whose
    // interval (their own, else defaultMinutes) has passed since their last refresh.
    Result<QList<Feed>> loadFeeds(const QList<qint64> &ids, bool dueOnly, int defaultMinutes,
                                  const QDateTime &now);
    // What the answer says about the feed (error, 304, 410, Retry-After, new URL, validators).
    static FeedRefreshState stateFrom(const FeedFetchResult &fetched, const QDateTime &now);
    // Items [from, to) of a parsed feed, ready to store.
    static QList<FeedEntry> build(const ParsedFeed &feed, qint64 feedId, qsizetype from,
                                  qsizetype to);
    // storeItems(entries, state), or recordRefresh(state) alone when state has an error or is
    // a 304.
    Stored store(const Feed &feed, const FeedRefreshState &state, const QList<FeedEntry> &entries);
    // store() in steps, for entries built in chunks while earlier ones are stored: beginItems,
    // addItems per chunk in feed order, then finishItems, which commits the one transaction of
    // the feed, or rolls it back (nothing of the feed stored) on a failure or when cancelled.
    void beginItems(const Feed &feed);
    void addItems(const QList<FeedEntry> &entries);
    Stored finishItems(const Feed &feed, const FeedRefreshState &state);
    void abortItems(); // the open session, if any, rolled back
    void storeFavicon(qint64 feedId, const QByteArray &image);
    // Replaces the article's body by the page's when the page reads as a longer article.
    Status storeFullArticle(qint64 articleId, const FeedFetchResult &page);

    static bool isDue(const Feed &feed, int defaultMinutes, const QDateTime &now);

private:
    Result<Database *> database();

    QString m_path;
    const std::atomic<bool> *m_cancelled;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FeedStore> m_items; // the feed being stored (after m_db: destroyed first)
    QString m_itemsError; // why the open session failed
};
