// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Chooses an article's title by agreement between the page's candidates rather than by a
// fixed order: the visible headline (an h1) when the metadata titles (og:title, JSON-LD
// headline, <title> ...) agree with it, else the metadata title; in both cases without the
// site or section tails ("… | Site", "Site - …") that the site name (og:site_name, JSON-LD
// publisher, the domain) or a comparison of the candidates shows to be furniture.
class TitleChooser {
public:
    struct Candidates {
        QStringList headlines; // h1 texts, in page order
        QStringList metadata; // og:title, JSON-LD headline/name, twitter:title ..., best first
        QString documentTitle; // <title>
        QStringList siteNames; // og:site_name, JSON-LD publisher, application-name
        QString host; // of the canonical URL / og:url, may be empty
        QString fallback; // the title chosen the old way (metadata order, cleaned <title>)
    };
    static QString choose(const Candidates &candidates);
    // Drops leading/trailing segments that name the site ("Title | Site", "Site » Title").
    static QString stripSite(const QString &title, const QStringList &siteNames,
                             const QString &host);
    // Whether text names the site: one of siteNames, or the domain ("HarbourTimes.com").
    static bool namesSite(const QString &text, const QStringList &siteNames, const QString &host);
    // Decodes entities left in (double-escaped) metadata: "&amp;", "&#x27;", "&bull;".
    static QString decodeEntities(const QString &text);
};
