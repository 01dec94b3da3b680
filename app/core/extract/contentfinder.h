// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class HtmlDocument;
struct HtmlNode;

// Finds the element holding the article text. Paragraph-like elements give their parents and
// grandparents a score (text length, commas), class and id hints and link density adjust it;
// the best candidate and its worthy siblings are gathered into a new <div>.
class ContentFinder {
public:
    enum Flag { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

    // `title`: the article title (a heading repeating it is dropped). `byline` receives the
    // author line found (and removed) in the page, if any. Never returns nullptr.
    static HtmlNode *find(HtmlDocument &document, const QString &title, int flags, QString *byline);
    // Fills textLength, linkLength, commas and hasBlock for root and everything below it.
    static void measure(HtmlNode *root);
    static double linkDensity(const HtmlNode *n);

private:
    static void walk(HtmlDocument &document, const QString &title, int flags, QString *byline,
                     QList<HtmlNode *> &toScore);
    static HtmlNode *pickTop(HtmlDocument &document, QList<HtmlNode *> &candidates, int flags);
    static HtmlNode *gather(HtmlDocument &document, HtmlNode *top, int flags);
};
