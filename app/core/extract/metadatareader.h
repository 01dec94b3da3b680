// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

class HtmlDocument;

// Reads an article's metadata from a page: JSON-LD (also @graph and arrays), OpenGraph,
// Twitter cards, Dublin Core, <meta name=author>, <link rel=canonical>, <html lang>, <title>.
class MetadataReader {
public:
    struct Metadata {
        QString title, deck, section, author, siteName, language;
        QDateTime published;
        QUrl url, leadImage;
        QString visibleAuthor; // shown on the page (microdata, rel=author, a byline element)
        bool declaresArticle = false; // og:type article, or a JSON-LD article, recipe ...
    };
    static Metadata read(const HtmlDocument &document, const QUrl &baseUrl);
    static QDateTime parseDate(const QString &text);
};
