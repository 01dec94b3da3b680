// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QCoreApplication>
#include <QDateTime>

struct FeedItem;
struct ParsedFeed;

// A feed item -> the Article the store keeps, sanitised like every other article
// (ArticleSanitizer, the page importer's gate; relative URLs resolve against the item's
// contentBase first when that is not its link, or against the feed's site when neither the
// contentBase nor the link is a web address):
// - title: the item's, else the first words of its text, else its link's host, else "Untitled";
// - url and canonicalUrl: the link; author; section: the first category; sourceId: feedId;
// - published: the item's, else its updated time, else `firstSeen` (an item with no date takes
//   the time it was first seen, and keeps it: callers pass the time stored with the item, or
//   an invalid time to leave published invalid for the store to fill); fetched: firstSeen,
//   else now;
// - contentHtml: content, else summary; plainText, wordCount and language (LanguageDetector)
//   from it; deck: the summary as plain text, shortened, when there is content and the summary
//   is not just its beginning; summary: the deck, else the text's first paragraph, shortened;
// - leadImageUrl: imageUrl, else the first image enclosure.
// Reentrant: no state.
class FeedArticleBuilder {
    Q_DECLARE_TR_FUNCTIONS(FeedArticleBuilder)

public:
    static constexpr int maxDeck = 280; // characters
    static constexpr int titleWords = 10; // words of text for a title when there is none

    static Article build(const FeedItem &item, const ParsedFeed &feed, qint64 feedId,
                         const QDateTime &firstSeen);
    // `text` cut to at most `maxChars` at a word boundary, with "…" when cut.
    static QString shorten(const QString &text, int maxChars);
};
