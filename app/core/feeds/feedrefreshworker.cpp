// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedrefreshworker.h"

#include "feedarticlebuilder.h"
#include "feeditemkey.h"
#include "importing/pagereader.h"
#include "library/articlesanitizer.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <utility>

FeedRefreshWorker::FeedRefreshWorker(QString libraryPath, const std::atomic<bool> *cancelled)
    : m_path(std::move(libraryPath)), m_cancelled(cancelled)
{
}

FeedRefreshWorker::~FeedRefreshWorker() = default;

Result<Database *> FeedRefreshWorker::database()
{
    if (!m_db) {
        Result<std::unique_ptr<Database>> db = Database::open(m_path);
        if (!db)
            return Error { db.error() };
        m_db = std::move(*db);
    }
    return m_db.get();
}

bool FeedRefreshWorker::isDue(const Feed &feed, int defaultMinutes, const QDateTime &now)
{
    if (feed.gone || (feed.retryAfter.isValid() && feed.retryAfter > now))
        return false;
    const int minutes = feed.refreshMinutes > 0 ? feed.refreshMinutes : defaultMinutes;
    return !feed.lastRefresh.isValid() || feed.lastRefresh.addSecs(qint64(minutes) * 60) <= now;
}

Result<QList<Feed>> FeedRefreshWorker::loadFeeds(const QList<qint64> &ids, bool dueOnly,
                                                 int defaultMinutes, const QDateTime &now)
{
    const Result<Database *> db = database();
    if (!db)
        return Error { db.error() };
    FeedStore store(**db);
    QList<Feed> feeds;
    if (ids.isEmpty()) {
        Result<QList<Feed>> all = store.list();
        if (!all)
            return Error { all.error() };
        for (Feed &feed : *all) {
            if (!feed.gone && (!dueOnly || isDue(feed, defaultMinutes, now)))
                feeds.append(std::move(feed));
        }
        return feeds;
    }
    for (const qint64 id : ids) {
        Result<Feed> feed = store.get(id);
        if (!feed)
            return Error { feed.error() };
        if (!dueOnly || isDue(*feed, defaultMinutes, now))
            feeds.append(std::move(*feed));
    }
    return feeds;
}

FeedRefreshState FeedRefreshWorker::stateFrom(const FeedFetchResult &fetched, const QDateTime &now)
{
    FeedRefreshState state;
    state.at = now;
    state.error = fetched.error;
    state.newUrl = fetched.newUrl;
    state.etag = fetched.etag;
    state.lastModified = fetched.lastModified;
    state.notModified = fetched.notModified;
    state.gone = fetched.gone;
    state.retryAfter = fetched.retryAfter;
    return state;
}

QList<FeedEntry> FeedRefreshWorker::build(const ParsedFeed &feed, qint64 feedId, qsizetype from,
                                          qsizetype to)
{
    QList<FeedEntry> entries;
    entries.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        const FeedItem &item = feed.items.at(i);
        entries.append(
            { FeedItemKey::of(item), FeedArticleBuilder::build(item, feed, feedId, QDateTime()) });
    }
    return entries;
}

FeedRefreshWorker::Stored FeedRefreshWorker::store(const Feed &feed, const FeedRefreshState &state,
                                                   const QList<FeedEntry> &entries)
{
    if (!state.error.isEmpty() || state.notModified) {
        Stored stored;
        if (m_cancelled && *m_cancelled) {
            stored.error = QCoreApplication::translate("FeedRefresher", "Cancelled");
            return stored;
        }
        const Result<Database *> db = database();
        if (!db) {
            stored.error = db.error();
            return stored;
        }
        stored.error = state.error;
        if (const Status recorded = FeedStore(**db).recordRefresh(feed.id, state); !recorded)
            stored.error = recorded.error();
        return stored;
    }
    beginItems(feed);
    addItems(entries);
    return finishItems(feed, state);
}

void FeedRefreshWorker::beginItems(const Feed &feed)
{
    abortItems();
    if (m_cancelled && *m_cancelled)
        return;
    const Result<Database *> db = database();
    if (!db) {
        m_itemsError = db.error();
        return;
    }
    m_items = std::make_unique<FeedStore>(**db);
    if (const Status begun = m_items->beginItems(feed.id); !begun)
        m_itemsError = begun.error();
}

void FeedRefreshWorker::addItems(const QList<FeedEntry> &entries)
{
    if (!m_items || !m_itemsError.isEmpty() || (m_cancelled && *m_cancelled))
        return;
    if (const Status added = m_items->addItems(entries); !added)
        m_itemsError = added.error();
}

void FeedRefreshWorker::abortItems()
{
    m_items.reset(); // rolls back an open session
    m_itemsError.clear();
}

FeedRefreshWorker::Stored FeedRefreshWorker::finishItems(const Feed &feed,
                                                         const FeedRefreshState &state)
{
    Stored stored;
    const std::unique_ptr<FeedStore> items = std::move(m_items);
    const QString error = std::exchange(m_itemsError, QString());
    if (m_cancelled && *m_cancelled) {
        stored.error = QCoreApplication::translate("FeedRefresher", "Cancelled");
        return stored; // `items` rolls back
    }
    const Result<Database *> db = database();
    if (!db) {
        stored.error = db.error();
        return stored;
    }
    Result<FeedStoreOutcome> outcome = Error {
        error.isEmpty() ? QCoreApplication::translate("FeedStore", "Could not save the items of a "
                                                                   "feed; none were saved.")
                        : error
    };
    if (error.isEmpty() && items)
        outcome = items->finishItems(state);
    if (!outcome) {
        if (items)
            items->abortItems();
        stored.error = outcome.error();
        FeedRefreshState failed = state;
        failed.error = outcome.error();
        (void)FeedStore(**db).recordRefresh(feed.id, failed);
        return stored;
    }
    stored.outcome = std::move(*outcome);
    if (feed.fetchFullArticles) {
        ArticleStore articles(**db);
        for (const qint64 id : std::as_const(stored.outcome.addedIds)) {
            if (const Result<Article> article = articles.get(id); article)
                stored.newArticles.append({ id, article->url });
        }
    }
    return stored;
}

void FeedRefreshWorker::storeFavicon(qint64 feedId, const QByteArray &image)
{
    if (const Result<Database *> db = database(); db)
        (void)FeedStore(**db).setFavicon(feedId, image);
}

Status FeedRefreshWorker::storeFullArticle(qint64 articleId, const FeedFetchResult &page)
{
    if (m_cancelled && *m_cancelled)
        return Error { QCoreApplication::translate("FeedRefresher", "Cancelled") };
    if (!page.ok())
        return Error { page.error };
    const Result<Database *> db = database();
    if (!db)
        return Error { db.error() };
    PageReader::Options options;
    options.cancelled = m_cancelled;
    const Result<ExtractedArticle> extracted
        = PageReader::readBytes(page.body, page.contentType, false, page.finalUrl, options);
    if (!extracted)
        return Error { extracted.error() };
    ArticleStore store(**db);
    Result<Article> article = store.get(articleId);
    if (!article)
        return Error { article.error() };
    if (!extracted->looksLikeArticle || extracted->wordCount <= article->wordCount)
        return Error { QCoreApplication::translate("FeedRefresher",
                                                   "The page has no longer text than the feed") };
    article->contentHtml = extracted->contentHtml;
    article->plainText = extracted->plainText;
    article->wordCount = extracted->wordCount;
    if (article->leadImageUrl.isEmpty())
        article->leadImageUrl = extracted->leadImage.toString();
    if (article->author.isEmpty())
        article->author = extracted->author;
    if (!extracted->language.isEmpty())
        article->language = extracted->language;
    ArticleSanitizer::sanitize(*article);
    const Result<UpsertOutcome> outcome = store.upsert(*article);
    if (!outcome)
        return Error { outcome.error() };
    return {};
}
