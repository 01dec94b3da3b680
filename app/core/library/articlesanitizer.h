// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QUrl>

// What every article passes right before it is stored, whatever brought it in (a saved page, a
// URL, text, a Byline export, the sample library): its HTML goes through HtmlSanitizer again and
// its addresses are checked. ArticleStore knows nothing of HTML (app/core/store does not depend
// on extract), so the two writers above it, PageImporter::store and LibraryImporter::store,
// call this; nothing else in the application stores articles.
class ArticleSanitizer {
public:
    static void sanitize(Article &article);
    // What relative links in the body resolve against: the canonical, else the url, when it is
    // an http(s) address; else nothing (relative links are then dropped).
    static QUrl contentBase(const Article &article);
    // An article address (url, canonical) Byline keeps: http(s), or file: (where a saved page
    // was imported from). Anything else (javascript:, data:) is cleared.
    static bool isArticleAddress(const QString &address);
    // A lead image Byline keeps: http(s), a raster data: image, or qrc: (the bundled sample).
    static bool isLeadImage(const QString &address);
};
