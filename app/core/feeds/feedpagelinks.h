// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedcandidate.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

// What a web page's <head> says about its feeds and its icon: <link rel="alternate"> with an
// RSS, Atom, RDF or JSON Feed type, and <link rel="icon">/"shortcut icon"/"apple-touch-icon".
// Relative hrefs resolve against <base href> or the page's URL. Parsed with HtmlDocument.
class FeedPageLinks {
public:
    FeedPageLinks(const QByteArray &body, const QByteArray &contentType, const QUrl &pageUrl);

    const QList<FeedCandidate> &feeds() const { return m_feeds; } // in document order, no dups
    QUrl icon() const { return m_icon; } // invalid: none named

    // The format a link type names ("application/atom+xml"); false for other types.
    static bool formatForType(const QString &type, ParsedFeed::Format *format);

private:
    QList<FeedCandidate> m_feeds;
    QUrl m_icon;
};
