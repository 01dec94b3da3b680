// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedrefresher.h"

#include "feedfetcher.h"
#include "feedpagelinks.h"
#include "feedparser.h"
#include "feedrefreshworker.h"

#include <QThread>
#include <QThreadPool>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype chunkItems = 250; // items built by one pool task
// Items built but not yet stored, at most (about): a bound on memory while the store is slower.
constexpr qsizetype maximumItemsAhead = 2000;
constexpr qint64 maximumIconBytes = 256 * 1024;
constexpr qint64 maximumHomePageBytes = 2 * 1024 * 1024;
enum IconStage { FaviconIco = 1, HomePage, LinkedIcon };

// FeedFetcher tags: what was fetched in the top bits, the feed's or article's id below.
enum TagKind : qint64 { FeedTag = 0, IconTag = 1, PageTag = 2 };
constexpr int kindShift = 56;
constexpr qint64 idMask = (qint64(1) << kindShift) - 1;

qint64 tagFor(TagKind kind, qint64 id)
{
    return (qint64(kind) << kindShift) | id;
}

bool isWeb(const QUrl &url)
{
    return (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) && !url.host().isEmpty();
}

bool looksLikeImage(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG") || bytes.startsWith(QByteArray("\0\0\1\0", 4))
        || bytes.startsWith("GIF8") || bytes.startsWith("\xFF\xD8\xFF")
        || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        || bytes.left(512).contains("<svg");
}

} // namespace

FeedRefresher::FeedRefresher(QString libraryPath, QObject *parent)
    : QObject(parent), m_fetcher(new FeedFetcher(this)), m_thread(new QThread(this)),
      m_pool(new QThreadPool(this)),
      m_worker(new FeedRefreshWorker(std::move(libraryPath), &m_cancelled))
{
    qRegisterMetaType<FeedStoreOutcome>();
    m_thread->setObjectName(u"FeedRefresher"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_pool->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    connect(m_fetcher, &FeedFetcher::fetched, this, &FeedRefresher::handleFetched);
}

FeedRefresher::~FeedRefresher()
{
    m_cancelled = true;
    m_fetcher->cancel();
    m_pool->waitForDone();
    m_thread->quit();
    m_thread->wait();
}

void FeedRefresher::setTimeout(int milliseconds)
{
    m_fetcher->setTimeout(milliseconds);
}

void FeedRefresher::setMaximumBytes(qint64 bytes)
{
    m_fetcher->setMaximumBytes(bytes);
}

bool FeedRefresher::refresh(const QList<qint64> &feedIds)
{
    return start(feedIds, false, 0);
}

bool FeedRefresher::refreshDue(int defaultMinutes)
{
    return start({}, true, defaultMinutes);
}

template<typename Work> void FeedRefresher::onWorker(Work work)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, work] { work(worker); }, Qt::QueuedConnection);
}

bool FeedRefresher::start(const QList<qint64> &feedIds, bool dueOnly, int defaultMinutes)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_summary = {};
    m_feeds.clear();
    m_total = 0;
    m_done = 0;
    m_itemsAhead = 0;
    ++m_tasks;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    onWorker([this, feedIds, dueOnly, defaultMinutes, now](FeedRefreshWorker *worker) {
        const Result<QList<Feed>> feeds = worker->loadFeeds(feedIds, dueOnly, defaultMinutes, now);
        QMetaObject::invokeMethod(this, [this, feeds] {
            --m_tasks;
            handleFeeds(feeds ? *feeds : QList<Feed>(), feeds ? QString() : feeds.error());
        });
    });
    return true;
}

void FeedRefresher::handleFeeds(const QList<Feed> &feeds, const QString &error)
{
    if (!error.isEmpty()) {
        m_summary.failures.append(error);
        ++m_summary.failed;
    }
    if (m_cancelled)
        return finishIfDone();
    m_total = int(feeds.size());
    m_summary.feeds = m_total;
    emit progress(0, m_total);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Feed &feed : feeds) {
        m_feeds.insert(feed.id, feed);
        if (feed.retryAfter.isValid() && feed.retryAfter > now) {
            // Asked to wait (429/503 Retry-After): not even an explicit refresh asks again.
            handleStored(
                feed, {},
                tr("The server asked not to be asked again before %1")
                    .arg(QLocale().toString(feed.retryAfter.toLocalTime(), QLocale::ShortFormat)),
                {});
            continue;
        }
        m_fetcher->fetch(
            { tagFor(FeedTag, feed.id), QUrl(feed.url), feed.etag, feed.lastModified, 0 });
    }
    finishIfDone();
}

void FeedRefresher::handleFetched(qint64 tag, const FeedFetchResult &result)
{
    const qint64 id = tag & idMask;
    switch (tag >> kindShift) {
    case IconTag:
        return handleIcon(id, result);
    case PageTag:
        return handlePage(id, result);
    default:
        return handleFeed(id, result);
    }
}

void FeedRefresher::handlePage(qint64 articleId, const FeedFetchResult &page)
{
    --m_extraFetches;
    ++m_tasks;
    onWorker([this, articleId, page](FeedRefreshWorker *worker) {
        (void)worker->storeFullArticle(articleId, page); // else the summary stays
        QMetaObject::invokeMethod(this, [this] {
            --m_tasks;
            finishIfDone();
        });
    });
}

void FeedRefresher::handleFeed(qint64 feedId, const FeedFetchResult &result)
{
    const Feed feed = m_feeds.value(feedId);
    const FeedRefreshState state
        = FeedRefreshWorker::stateFrom(result, QDateTime::currentDateTimeUtc());
    if (!state.error.isEmpty() || state.notModified)
        return enqueueState(feed, state);
    ++m_tasks;
    m_pool->start([this, feed, state, result] {
        const auto parsed = std::make_shared<const Result<ParsedFeed>>(
            m_cancelled ? Result<ParsedFeed>(Error { QString() })
                        : FeedParser::parse(result.body, result.finalUrl, result.contentType));
        QMetaObject::invokeMethod(this, [this, feed, state, parsed] {
            --m_tasks;
            handleParsed(feed, state, *parsed);
        });
    });
}

void FeedRefresher::handleParsed(const Feed &feed, FeedRefreshState state,
                                 const Result<ParsedFeed> &parsed)
{
    if (m_cancelled)
        return finishIfDone();
    if (!parsed) {
        state.error = parsed.error();
        return enqueueState(feed, state);
    }
    state.feedTitle = parsed->title;
    state.siteUrl = parsed->link;
    Building building;
    building.feed = feed;
    building.state = state;
    building.parsed = std::make_shared<const ParsedFeed>(*parsed);
    const qsizetype items = building.parsed->items.size();
    building.count = int(qMax<qsizetype>(1, (items + chunkItems - 1) / chunkItems));
    building.chunks.resize(building.count);
    building.built.fill(false, building.count);
    m_building.insert(feed.id, std::move(building));
    m_storeOrder.append(feed.id);
    pump();
}

void FeedRefresher::enqueueState(const Feed &feed, const FeedRefreshState &state)
{
    Building building;
    building.feed = feed;
    building.state = state;
    m_building.insert(feed.id, std::move(building));
    m_storeOrder.append(feed.id);
    pump();
}

void FeedRefresher::startBuild(qint64 feedId)
{
    Building &building = m_building[feedId];
    const int chunk = building.started++;
    const qsizetype from = chunk * chunkItems;
    const qsizetype to = qMin(building.parsed->items.size(), from + chunkItems);
    m_itemsAhead += to - from;
    ++m_tasks;
    m_pool->start([this, shared = building.parsed, feedId, chunk, from, to] {
        QList<FeedEntry> entries;
        if (!m_cancelled)
            entries = FeedRefreshWorker::build(*shared, feedId, from, to);
        QMetaObject::invokeMethod(this, [this, feedId, chunk, entries = std::move(entries),
                                         items = to - from] {
            --m_tasks;
            handleBuilt(feedId, chunk, entries, items);
        });
    });
}

void FeedRefresher::handleBuilt(qint64 feedId, int chunk, QList<FeedEntry> entries,
                                qsizetype items)
{
    const auto it = m_building.find(feedId);
    if (it == m_building.end() || m_cancelled) {
        m_itemsAhead -= items;
        return finishIfDone();
    }
    it->chunks[chunk] = std::move(entries);
    it->built[chunk] = true;
    pump();
}

void FeedRefresher::pump()
{
    // To the worker, in order: the front feed's chunks as they are built, then its commit.
    while (!m_storeOrder.isEmpty() && !m_cancelled) {
        const qint64 id = m_storeOrder.constFirst();
        Building &building = m_building[id];
        if (!building.parsed) { // its state alone
            const Building done = m_building.take(id);
            m_storeOrder.removeFirst();
            storeOnWorker(done.feed, done.state);
            continue;
        }
        while (building.sent < building.count && building.built.at(building.sent)) {
            const bool first = building.sent == 0;
            const QList<FeedEntry> entries = std::exchange(building.chunks[building.sent], {});
            const qsizetype items = qMin(building.parsed->items.size(),
                                         (building.sent + 1) * chunkItems)
                - building.sent * chunkItems;
            ++building.sent;
            ++m_tasks;
            onWorker([this, feed = building.feed, first, entries,
                      items](FeedRefreshWorker *worker) {
                if (first)
                    worker->beginItems(feed);
                worker->addItems(entries);
                QMetaObject::invokeMethod(this, [this, items] {
                    --m_tasks;
                    m_itemsAhead -= items;
                    pump();
                    finishIfDone();
                });
            });
        }
        if (building.sent < building.count)
            break;
        const Building done = m_building.take(id);
        m_storeOrder.removeFirst();
        finishOnWorker(done.feed, done.state);
    }
    // To the pool: the next chunks, front feeds first, while few items wait for the store.
    for (const qint64 id : std::as_const(m_storeOrder)) {
        if (m_cancelled || m_itemsAhead >= maximumItemsAhead)
            break;
        Building &building = m_building[id];
        while (building.parsed && building.started < building.count
               && m_itemsAhead < maximumItemsAhead)
            startBuild(id);
    }
}

void FeedRefresher::storeOnWorker(const Feed &feed, const FeedRefreshState &state)
{
    ++m_tasks;
    onWorker([this, feed, state](FeedRefreshWorker *worker) {
        const FeedRefreshWorker::Stored stored = worker->store(feed, state, {});
        QMetaObject::invokeMethod(this, [this, feed, stored] {
            handleWorkerStored(feed, stored.error, stored.outcome, stored.newArticles);
        });
    });
}

void FeedRefresher::finishOnWorker(const Feed &feed, const FeedRefreshState &state)
{
    ++m_tasks;
    onWorker([this, feed, state](FeedRefreshWorker *worker) {
        const FeedRefreshWorker::Stored stored = worker->finishItems(feed, state);
        QMetaObject::invokeMethod(this, [this, feed, stored] {
            handleWorkerStored(feed, stored.error, stored.outcome, stored.newArticles);
        });
    });
}

void FeedRefresher::handleWorkerStored(const Feed &feed, const QString &error,
                                       const FeedStoreOutcome &outcome,
                                       const QList<std::pair<qint64, QString>> &newArticles)
{
    --m_tasks;
    if (m_cancelled && error == tr("Cancelled"))
        return finishIfDone(); // never stored
    handleStored(feed, outcome, error, newArticles);
}

void FeedRefresher::handleStored(const Feed &feed, const FeedStoreOutcome &outcome,
                                 const QString &error,
                                 const QList<std::pair<qint64, QString>> &newArticles)
{
    ++m_done;
    if (error.isEmpty()) {
        ++m_summary.succeeded;
        m_summary.added += outcome.added;
        m_summary.updated += outcome.updated;
    } else {
        ++m_summary.failed;
        m_summary.failures.append(
            tr("%1: %2").arg(feed.title.isEmpty() ? feed.url : feed.title, error));
    }
    emit feedFinished(feed.id, outcome, error);
    emit progress(m_done, m_total);
    if (error.isEmpty() && !m_cancelled) {
        if (feed.favicon.isEmpty() && !m_iconTried.contains(feed.id))
            fetchIcon(feed);
        for (const auto &[articleId, url] : newArticles) {
            if (!isWeb(QUrl(url)))
                continue;
            ++m_extraFetches;
            m_fetcher->fetch({ tagFor(PageTag, articleId), QUrl(url), {}, {}, 0 });
        }
    }
    finishIfDone();
}

void FeedRefresher::fetchIcon(const Feed &feed)
{
    const QUrl feedUrl(feed.url);
    if (!isWeb(feedUrl))
        return; // the sample's qrc: feeds stay offline
    m_iconTried.insert(feed.id);
    const QUrl site = isWeb(QUrl(feed.siteUrl)) ? QUrl(feed.siteUrl) : feedUrl;
    m_iconStage.insert(feed.id, FaviconIco);
    ++m_extraFetches;
    m_fetcher->fetch({ tagFor(IconTag, feed.id),
                       site.resolved(QUrl(u"/favicon.ico"_s)),
                       {},
                       {},
                       maximumIconBytes });
}

void FeedRefresher::handleIcon(qint64 feedId, const FeedFetchResult &result)
{
    const int stage = m_iconStage.take(feedId);
    if (result.ok() && stage != HomePage && looksLikeImage(result.body)) {
        ++m_tasks;
        onWorker([this, feedId, image = result.body](FeedRefreshWorker *worker) {
            worker->storeFavicon(feedId, image);
            QMetaObject::invokeMethod(this, [this] {
                --m_tasks;
                finishIfDone();
            });
        });
    } else if (stage == FaviconIco) {
        const Feed feed = m_feeds.value(feedId);
        const QUrl site = isWeb(QUrl(feed.siteUrl)) ? QUrl(feed.siteUrl)
                                                    : QUrl(feed.url).resolved(QUrl(u"/"_s));
        m_iconStage.insert(feedId, HomePage);
        m_fetcher->fetch({ tagFor(IconTag, feedId), site, {}, {}, maximumHomePageBytes });
        return;
    } else if (stage == HomePage && result.ok()) {
        const QUrl icon = FeedPageLinks(result.body, result.contentType, result.finalUrl).icon();
        if (isWeb(icon)) {
            m_iconStage.insert(feedId, LinkedIcon);
            m_fetcher->fetch({ tagFor(IconTag, feedId), icon, {}, {}, maximumIconBytes });
            return;
        }
    }
    --m_extraFetches;
    finishIfDone();
}

void FeedRefresher::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_fetcher->cancel();
    m_iconStage.clear();
    m_building.clear();
    m_storeOrder.clear();
    ++m_tasks; // a feed's open transaction on the worker, rolled back
    onWorker([this](FeedRefreshWorker *worker) {
        worker->abortItems();
        QMetaObject::invokeMethod(this, [this] {
            --m_tasks;
            finishIfDone();
        });
    });
    m_extraFetches = 0;
    finishIfDone();
}

void FeedRefresher::finishIfDone()
{
    if (!m_running || m_tasks > 0 || m_extraFetches > 0)
        return;
    if (m_done < m_total && !m_cancelled)
        return;
    m_running = false;
    m_summary.cancelled = m_cancelled;
    emit finished();
}
