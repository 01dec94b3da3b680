// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Any bytes -> FeedParser::parse (FeedDecoder, XmlPrepass, XmlFeedReader or JsonFeedReader), then
// FeedJson and FeedArticleBuilder on what it read. Promises: no crash, no undefined behaviour; an
// error is one line; at most FeedParser::maxItems items; every article built from an item is
// sanitised (nothing executable in its HTML).
#include "fuzzsupport.h"

#include "feeds/feedarticlebuilder.h"
#include "feeds/feedjson.h"
#include "feeds/feedparser.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl url(u"https://feeds.example/news/feed.xml"_s);
    static const QDateTime seen(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

    const QByteArray bytes = FuzzSupport::bytes(data, size);
    // The first byte picks a Content-Type charset, so the header path is fuzzed too.
    static const QByteArray types[] = { {}, "application/rss+xml; charset=utf-8",
                                        "text/xml; charset=iso-8859-1",
                                        "application/xml; charset=euc-kr" };
    const QByteArray type = size > 0 ? types[data[0] % 4] : QByteArray();
    const Result<ParsedFeed> feed = FeedParser::parse(bytes, url, type);
    if (!feed) {
        if (feed.error().isEmpty() || feed.error().contains(u'\n'))
            FuzzSupport::fail("an error is one line", feed.error());
        return 0;
    }
    if (feed->items.size() > FeedParser::maxItems)
        FuzzSupport::fail("at most maxItems items", QString::number(feed->items.size()));
    (void)QJsonDocument(FeedJson::toJson(*feed)).toJson(QJsonDocument::Compact);
    for (qsizetype i = 0; i < feed->items.size() && i < 20; ++i) {
        const Article article = FeedArticleBuilder::build(feed->items.at(i), *feed, 1, seen);
        if (const QString active = FuzzSupport::activeContent(article.contentHtml);
            !active.isEmpty())
            FuzzSupport::fail("an article built from an item is sanitised",
                              active + u'\n' + article.contentHtml);
        if (article.title.isEmpty())
            FuzzSupport::fail("an article always has a title", feed->items.at(i).link);
    }
    return 0;
}
