// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// A folder of feeds; folders nest (parentId 0: top level).
struct FeedFolder {
    qint64 id = 0;
    QString title;
    qint64 parentId = 0;
};

// A subscription. Its id is the id of its row in sources (kind 'feed'), so articles.source_id
// names the feed an article came from.
struct Feed {
    qint64 id = 0;
    QString url; // where it is fetched from (a permanent redirect updates it)
    QString title; // the user's name for it, else the feed's own title, else the url
    QString siteUrl; // the site's home page (the feed's <link>)
    qint64 folderId = 0; // 0: top level
    // Refresh settings; 0 means "the global setting" (refreshMinutes) or "keep all" (keep*).
    int refreshMinutes = 0;
    int keepDays = 0;
    int keepCount = 0;
    bool fetchFullArticles = false; // download each new item's page and extract it
    // Refresh state.
    QString etag; // for If-None-Match
    QString lastModified; // for If-Modified-Since, as the server sent it
    QDateTime lastRefresh; // the last attempt (success or not); invalid: never
    QString lastError; // empty: the last refresh worked
    bool gone = false; // the server answered 410 Gone: not refreshed any more
    QDateTime retryAfter; // no request before this time (429/503 Retry-After)
    QByteArray favicon; // image bytes as fetched; empty: none
    // Counts, filled by FeedStore::list() and get().
    int unread = 0;
    int total = 0;
};

// What one refresh learned about the feed itself, saved with its items (or alone on failure).
struct FeedRefreshState {
    QDateTime at; // when the refresh ran
    QString error; // empty: success
    QString newUrl; // non-empty after a permanent redirect (301/308)
    QString etag; // as received (empty: keep none)
    QString lastModified;
    bool notModified = false; // 304: etag/lastModified kept, nothing else changes
    bool gone = false; // 410
    QDateTime retryAfter;
    QString feedTitle; // the feed's own title (used when the user has not renamed it)
    QString siteUrl;
};

// One feed item ready to store: its key within the feed (FeedItemKey) and the article.
struct FeedEntry {
    QString key;
    Article article;
};

struct FeedStoreOutcome {
    int added = 0; // new articles
    int updated = 0; // items whose content changed (read and starred kept)
    int unchanged = 0;
    QList<qint64> addedIds; // in feed order
};
