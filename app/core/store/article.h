// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One stored article, every field. Times are UTC.
struct Article {
    qint64 id = 0; // 0 until stored
    qint64 sourceId = 0; // 0: no source
    QString url; // where it came from, as given
    QString canonicalUrl; // <link rel=canonical> or the url; share links use it
    QString title;
    QString deck; // subtitle
    QString section; // "Editorial", "News", ...
    QString author;
    QDateTime published; // may be invalid (unknown)
    QDateTime fetched;
    QString language; // BCP 47, "en", "ko"
    QString summary;
    QString contentHtml; // sanitised
    QString plainText;
    int wordCount = 0;
    QString leadImageUrl;
    bool read = false;
    bool starred = false;
    QDateTime created; // set by the store
    QDateTime updated; // set by the store
};

// What a list row needs; no body text.
struct ArticleSummary {
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceTitle;
    QString url;
    QString canonicalUrl;
    QString title;
    QString deck;
    QString section;
    QString author;
    QDateTime published;
    QDateTime created;
    int wordCount = 0;
    bool read = false;
    bool starred = false;
};

struct Source {
    enum class Kind { Site, Feed };
    qint64 id = 0;
    QString title;
    QString url;
    Kind kind = Kind::Site;
};

// Filters for listing; empty means "all".
struct ArticleFilter {
    qint64 sourceId = 0;
    QString section;
    bool unreadOnly = false;
    bool starredOnly = false;
    qint64 folderId = 0; // the articles of the feeds in this folder and its sub-folders
};

// Newest first in both orders. Published falls back to created when unknown.
enum class ArticleOrder { Published, Added };

// Keyset position: the last row of the previous page. A default cursor starts at the top.
struct PageCursor {
    qint64 sortKey = 0; // the order column of the last row, ms since epoch
    qint64 id = 0; // tie breaker; 0 = start
    bool atStart() const { return id == 0; }
};

struct ArticlePage {
    QList<ArticleSummary> rows;
    PageCursor next; // pass back for the following page
    bool atEnd = false;
};

struct SearchHit {
    ArticleSummary article;
    QString titleHtml; // title, HTML-escaped, matched terms in <mark>...</mark>
    QString snippetHtml; // text excerpt, HTML-escaped, matched terms in <mark>...</mark>
    double rank = 0; // bm25; lower is better
};

struct TopStory {
    ArticleSummary article;
    int reads = 0; // reads in the window (0 for fill-in articles)
    QDateTime lastRead;
};

// One recorded read (ReadStore::allReads, for the export).
struct ReadRecord {
    qint64 articleId = 0;
    QDateTime at;
    int seconds = 0;
};

// A deleted article with its recorded reads, kept so the deletion can be undone
// (ArticleStore::take and restore).
struct DeletedArticle {
    Article article;
    QList<ReadRecord> reads;
};

struct UpsertOutcome {
    qint64 id = 0;
    bool inserted = false; // false: an existing article was updated
};
