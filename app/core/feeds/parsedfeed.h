// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What FeedParser reads from one RSS 2.0/0.9x, RSS 1.0 (RDF), Atom 1.0 or JSON Feed document.
// Every URL is absolute (resolved against xml:base, the feed's own URL or the document's).
// Text fields are plain text; summary and content are HTML as the feed sent it (unsanitised:
// they go through the sanitiser before they are stored). Absent values are empty or invalid.

struct FeedEnclosure {
    QString url;
    QString type; // MIME type, "audio/mpeg"
    qint64 length = 0; // bytes; 0 when unknown
};

struct FeedItem {
    QString id; // guid, atom:id, rdf:about or JSON Feed id; empty when the feed gives none
    QString title; // plain text, entities decoded, whitespace normalised
    QString link; // the article's web page
    QString author; // several joined with ", "
    QDateTime published; // UTC; invalid when the item has no date
    QDateTime updated; // UTC; invalid when absent
    QString summary; // HTML
    QString content; // HTML (content:encoded, atom:content, content_html)
    QString imageUrl; // media:thumbnail / media:content image / JSON Feed image
    QString comments; // RSS <comments> URL
    // What relative URLs in summary and content resolve against: the xml:base in scope there,
    // else the document's URL (added by PARSER for FeedArticleBuilder).
    QString contentBase;
    QList<FeedEnclosure> enclosures;
    QStringList categories;
};

struct ParsedFeed {
    enum class Format { Rss, Rdf, Atom, JsonFeed };
    Format format = Format::Rss;
    QString title; // plain text
    QString link; // the site's home page
    QString feedUrl; // the feed's own URL when it names one (atom:link rel=self, feed_url)
    QString description;
    QString iconUrl;
    QList<FeedItem> items; // in document order
};
