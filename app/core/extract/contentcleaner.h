// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class HtmlDocument;
struct HtmlNode;

// Cleans the chosen article subtree: drops footers, asides, share bars, related / most-read /
// newsletter / cookie boxes, link-heavy lists and divs, empty paragraphs, layout tables;
// keeps paragraphs, headings, lists, quotes, figures, data tables and code.
class ContentCleaner {
public:
    static void clean(HtmlDocument &document, HtmlNode *article, int flags);
    static void removeEmpty(HtmlNode *article); // after sanitising

private:
    static void removeClutter(HtmlNode *article, int flags);
    static void cleanConditionally(HtmlNode *article, int flags);
    static bool shouldRemove(HtmlNode *n, int flags);
    static void tidy(HtmlDocument &document, HtmlNode *article);
};
