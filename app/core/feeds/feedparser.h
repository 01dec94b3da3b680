// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedfeed.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

// The one entry point from a feed's bytes to a ParsedFeed: RSS 2.0/0.9x, RSS 1.0 (RDF), Atom 1.0
// (and 0.3) and JSON Feed 1.0/1.1, streamed with QXmlStreamReader (no DOM of the document).
// 1. FeedDecoder turns the bytes into text: a BOM, else the Content-Type charset or the XML
//    declaration, with a wrong declaration caught (invalid UTF-8 declared as UTF-8 reads as
//    windows-1252; valid UTF-8 declared as a legacy encoding reads as UTF-8).
// 2. XmlPrepass refuses a DTD that declares entities (billion laughs, XXE) before any parsing,
//    removes the DOCTYPE (nothing it names is ever read), and repairs what real feeds do:
//    HTML named entities become character references, a stray '&' becomes "&amp;" (outside
//    CDATA and comments), characters XML forbids become U+FFFD.
// 3. XmlFeedReader / JsonFeedReader read the items; URLs are resolved against xml:base at every
//    level, else the document's URL.
// A document that stops being well-formed keeps the items read before the error when there are
// any; else the error is one line with its line number ("Not a valid feed: line 12: ...").
// At most maxItems items are read. Reentrant (no shared state): callable from any thread.
class FeedParser {
    Q_DECLARE_TR_FUNCTIONS(FeedParser)

public:
    static constexpr int maxItems = 50000;

    static Result<ParsedFeed> parse(const QByteArray &body, const QUrl &documentUrl,
                                    const QByteArray &contentType = {});

    // The errors a caller may want to recognise (FeedDiscovery looks for links in a web page).
    static QString webPageMessage(); // "This is a web page, not a feed"
    static QString entitiesMessage(); // the DTD declares entities
    static QString invalidMessage(qint64 line, const QString &detail);
};
