// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class HtmlDocument;
struct HtmlNode;

// Gets a parsed page ready for content finding: removes what never belongs to an article
// (scripts, styles, form controls, hidden elements), resolves lazy images and <noscript>
// fallbacks, and turns runs of <br><br> into paragraphs.
class PagePreparer {
public:
    static void prepare(HtmlDocument &document);
    static void fixLazyImage(HtmlNode *img);

private:
    static void useNoscriptImage(HtmlNode *noscript);
    static void replaceBreaks(HtmlDocument &document, HtmlNode *br);
};
