// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedfetchresult.h"
#include "result.h"
#include "store/feed.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

class FeedFetcher;
class FeedRefreshWorker;
class QThread;
class QThreadPool;
struct ParsedFeed;

// Refreshes feeds without blocking its thread (the window's or the command line's): the
// network on this thread (FeedFetcher, asynchronous); parsing and building articles on a thread
// pool (a big feed's items in chunks, in parallel); storing on one worker thread with its own
// connection, one transaction per feed, while the pool prepares the next feeds. feedFinished()
// comes after that feed's transaction committed (or its failure was recorded). Also fetches each
// feed's favicon once and, for feeds with fetchFullArticles, each new item's page (extracted on the
// worker; the feed's summary stays when that fails).
class FeedRefresher : public QObject {
    Q_OBJECT

public:
    struct Summary {
        int feeds = 0;
        int succeeded = 0;
        int failed = 0;
        int added = 0;
        int updated = 0;
        QStringList failures; // "Title: reason", one per failed feed
        bool cancelled = false;
    };

    explicit FeedRefresher(QString libraryPath, QObject *parent = nullptr);
    ~FeedRefresher() override; // waits for the worker's current transaction

    void setTimeout(int milliseconds); // per request, without progress
    void setMaximumBytes(qint64 bytes);

    // `feedIds` (empty: every feed not gone). False when a refresh already runs.
    bool refresh(const QList<qint64> &feedIds = {});
    // The feeds whose own interval, else defaultMinutes, has passed, skipping gone ones and
    // those asked (Retry-After) to wait longer.
    bool refreshDue(int defaultMinutes);
    void cancel(); // finished() follows once the worker's current transaction is done
    bool isRunning() const { return m_running; }
    const Summary &summary() const { return m_summary; } // of the last run, after finished()

signals:
    void progress(int done, int total);
    void feedFinished(qint64 feedId, const FeedStoreOutcome &outcome, const QString &error);
    void finished();

private:
    bool start(const QList<qint64> &feedIds, bool dueOnly, int defaultMinutes);
    void handleFeeds(const QList<Feed> &feeds, const QString &error);
    void handleFetched(qint64 tag, const FeedFetchResult &result);
    void handleFeed(qint64 feedId, const FeedFetchResult &result);
    void handleParsed(const Feed &feed, FeedRefreshState state, const Result<ParsedFeed> &parsed);
    void handleBuilt(qint64 feedId, int chunk, QList<FeedEntry> entries, qsizetype items);
    void enqueueState(const Feed &feed, const FeedRefreshState &state);
    void pump();
    void startBuild(qint64 feedId);
    void storeOnWorker(const Feed &feed, const FeedRefreshState &state);
    void finishOnWorker(const Feed &feed, const FeedRefreshState &state);
    void handleWorkerStored(const Feed &feed, const QString &error,
                            const FeedStoreOutcome &outcome,
                            const QList<std::pair<qint64, QString>> &newArticles);
    void handleStored(const Feed &feed, const FeedStoreOutcome &outcome, const QString &error,
                      const QList<std::pair<qint64, QString>> &newArticles);
    void handleIcon(qint64 feedId, const FeedFetchResult &result);
    void fetchIcon(const Feed &feed);
    template<typename Work> void onWorker(Work work);
    void finishIfDone();

    void handlePage(qint64 articleId, const FeedFetchResult &page);

    FeedFetcher *m_fetcher; // feeds, icons and pages share its limits per host
    QThread *m_thread;
    QThreadPool *m_pool;
    FeedRefreshWorker *m_worker;
    std::atomic<bool> m_cancelled { false };
    QHash<qint64, Feed> m_feeds; // of this run
    // A feed on its way to the worker: its chunks are built on the pool (a bounded number of
    // items ahead of the store) and sent to the worker in order as they are ready, each added to
    // the feed's one open transaction, so that storing a big feed overlaps building it, and
    // storing one feed overlaps building the next ones. Feeds are stored in the order they were
    // parsed; a failed or unchanged (304) feed has no chunks: only its state is recorded.
    struct Building {
        Feed feed;
        FeedRefreshState state;
        std::shared_ptr<const ParsedFeed> parsed; // null: the state alone
        QList<QList<FeedEntry>> chunks;
        QList<bool> built;
        int count = 0; // chunks
        int started = 0; // given to the pool
        int sent = 0; // given to the worker
    };
    QHash<qint64, Building> m_building;
    QList<qint64> m_storeOrder; // the feeds of m_building, in the order they are stored
    qsizetype m_itemsAhead = 0; // being built, or built and not yet stored
    QHash<qint64, int> m_iconStage; // feeds whose icon is being looked for
    QSet<qint64> m_iconTried; // once per feed and refresher
    int m_total = 0;
    int m_done = 0;
    int m_tasks = 0; // posted to the worker or the pool, not yet answered
    int m_extraFetches = 0; // icons and full articles under way
    bool m_running = false;
    Summary m_summary;
};
