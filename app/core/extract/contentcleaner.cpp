// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentcleaner.h"

#include "classhints.h"
#include "contentfinder.h"
#include "htmldocument.h"

#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool hasAncestor(const HtmlNode *n, GumboTag tag, int maxSteps = 64)
{
    int steps = 0;
    for (const HtmlNode *p = n->parent; p && steps < maxSteps; p = p->parent, ++steps) {
        if (p->is(tag))
            return true;
    }
    return false;
}

bool isHeading(const HtmlNode *n)
{
    return n->isElement() && n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6;
}

// Labels that head boxes of links to other pages, or stand in for ads.
bool isClutterLabel(const QString &text)
{
    static const QSet<QString> labels = {
        u"most read"_s,
        u"most popular"_s,
        u"most viewed"_s,
        u"most shared"_s,
        u"top 10"_s,
        u"top stories"_s,
        u"trending"_s,
        u"trending now"_s,
        u"related"_s,
        u"related articles"_s,
        u"related stories"_s,
        u"related posts"_s,
        u"related content"_s,
        u"related links"_s,
        u"you may also like"_s,
        u"you might also like"_s,
        u"recommended"_s,
        u"recommended for you"_s,
        u"more stories"_s,
        u"more from"_s,
        u"read more"_s,
        u"read next"_s,
        u"advertisement"_s,
        u"sponsored"_s,
        u"share this article"_s,
        u"share this"_s,
        u"share this story"_s,
        u"share"_s,
        u"sign up for our newsletter"_s,
        u"newsletter"_s,
        u"subscribe to our newsletter"_s,
        u"popular"_s,
        u"popular posts"_s,
    };
    QString t = text.toLower();
    while (t.endsWith(u':') || t.endsWith(u'.'))
        t.chop(1);
    return labels.contains(t.trimmed());
}

bool isDataTable(const HtmlNode *table)
{
    const QString role = table->attribute(u"role");
    if (role == "presentation"_L1 || table->attribute(u"datatable") == "0"_L1)
        return false;
    if (!table->attribute(u"summary").isEmpty())
        return true;
    int rows = 0;
    int columns = 0;
    for (const HtmlNode *n = table->firstChild; n; n = n->following(table)) {
        if (!n->isElement())
            continue;
        switch (n->tag) {
        case GUMBO_TAG_CAPTION:
            if (n->textLength > 0)
                return true;
            break;
        case GUMBO_TAG_TABLE:
            return false; // layout tables nest
        case GUMBO_TAG_COL:
        case GUMBO_TAG_COLGROUP:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TH:
            return true;
        case GUMBO_TAG_TR: {
            ++rows;
            int cells = 0;
            for (const HtmlNode *c = n->firstChild; c; c = c->next) {
                if (c->is(GUMBO_TAG_TD))
                    cells += qMax(1, c->attribute(u"colspan").toInt());
            }
            columns = qMax(columns, cells);
            break;
        }
        default:
            break;
        }
    }
    return rows >= 10 || columns > 4 || rows * columns > 10;
}

struct Counts {
    int p = 0, img = 0, li = 0, input = 0, embed = 0, headingText = 0, listText = 0;
    bool inFigure = false;
};

Counts countBelow(const HtmlNode *root)
{
    Counts c;
    for (const HtmlNode *n = root->firstChild; n; n = n->following(root)) {
        if (!n->isElement())
            continue;
        switch (n->tag) {
        case GUMBO_TAG_P:
            ++c.p;
            break;
        case GUMBO_TAG_IMG:
            ++c.img;
            break;
        case GUMBO_TAG_LI:
            ++c.li;
            break;
        case GUMBO_TAG_INPUT:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_BUTTON:
            ++c.input;
            break;
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_VIDEO:
            ++c.embed;
            break;
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
            c.listText += n->textLength;
            break;
        default:
            if (isHeading(n))
                c.headingText += n->textLength;
        }
    }
    return c;
}

} // namespace

void ContentCleaner::clean(HtmlDocument &document, HtmlNode *article, int flags)
{
    ContentFinder::measure(article);
    removeClutter(article, flags);
    if (flags & ContentFinder::CleanConditionally)
        cleanConditionally(article, flags);
    tidy(document, article);
}

void ContentCleaner::removeClutter(HtmlNode *article, int flags)
{
    const int total = qMax(1, article->textLength);
    HtmlNode *n = article->firstChild;
    while (n) {
        if (!n->isElement()) {
            n = n->following(article);
            continue;
        }
        bool drop = false;
        switch (n->tag) {
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_FIELDSET:
            drop = n->is(GUMBO_TAG_FORM) || n->is(GUMBO_TAG_FIELDSET)
                ? n->textLength < total / 2 && ContentFinder::linkDensity(n) > 0.3
                : true;
            break;
        default: {
            const QString hints = ClassHints::hintsOf(n);
            if (ClassHints::isClutter(hints) && n->textLength < total / 2)
                drop = true;
            else if (ClassHints::isShare(hints) && n->textLength < 500)
                drop = true;
            else if ((flags & ContentFinder::WeightClasses)
                     && (n->is(GUMBO_TAG_H1) || n->is(GUMBO_TAG_H2)) && ClassHints::weight(n) < 0)
                drop = true;
            else if (n->textLength > 0 && n->textLength < 40 && !n->hasBlock
                     && isClutterLabel(HtmlDocument::normalizedText(n))) {
                // A "Most read" / "Related" heading: its box goes if it is mostly links.
                HtmlNode *box = n->parent;
                if (box && box != article && ContentFinder::linkDensity(box) > 0.5
                    && box->textLength < total / 2) {
                    HtmlNode *next = box->following(article, true);
                    HtmlDocument::remove(box);
                    n = next;
                    continue;
                }
                drop = isHeading(n) || n->linkLength == 0;
            }
        }
        }
        if (drop) {
            HtmlNode *next = n->following(article, true);
            HtmlDocument::remove(n);
            n = next;
        } else {
            n = n->following(article);
        }
    }
}

bool ContentCleaner::shouldRemove(HtmlNode *n, int flags)
{
    const int weight = (flags & ContentFinder::WeightClasses) ? ClassHints::weight(n) : 0;
    if (weight < 0)
        return true;
    if (n->commas >= 10)
        return false;
    const Counts c = countBelow(n);
    const bool isList = n->is(GUMBO_TAG_UL) || n->is(GUMBO_TAG_OL)
        || (n->textLength > 0 && double(c.listText) / n->textLength > 0.9);
    const double density = ContentFinder::linkDensity(n);
    const int length = n->textLength;
    const double headingDensity = length > 0 ? double(c.headingText) / length : 0;
    const int li = c.li - 100;
    if (c.img > 1 && double(c.p) / c.img < 0.5 && !hasAncestor(n, GUMBO_TAG_FIGURE))
        return true;
    if (!isList && li > c.p)
        return true;
    if (c.input > c.p / 3)
        return true;
    if (!isList && headingDensity < 0.9 && length < 25 && (c.img == 0 || c.img > 2) && density > 0)
        return true;
    if (!isList && weight < 25 && density > 0.2)
        return true;
    if (weight >= 25 && density > 0.5)
        return true;
    if ((c.embed == 1 && length < 75) || c.embed > 1)
        return true;
    return false;
}

void ContentCleaner::cleanConditionally(HtmlNode *article, int flags)
{
    QList<HtmlNode *> nodes;
    QSet<const HtmlNode *> dataTables;
    for (HtmlNode *n = article->firstChild; n; n = n->following(article)) {
        if (!n->isElement())
            continue;
        if (n->is(GUMBO_TAG_TABLE) && isDataTable(n))
            dataTables.insert(n);
        if (n->is(GUMBO_TAG_TABLE) || n->is(GUMBO_TAG_UL) || n->is(GUMBO_TAG_DIV)
            || n->is(GUMBO_TAG_SECTION) || n->is(GUMBO_TAG_OL))
            nodes.append(n);
    }
    // Last first: inner boxes are judged before the ones holding them.
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) {
        HtmlNode *n = *it;
        if (!n->parent || dataTables.contains(n))
            continue;
        bool protectedNode = false;
        int steps = 0;
        for (const HtmlNode *p = n->parent; p && steps < 64; p = p->parent, ++steps) {
            if (dataTables.contains(p) || p->is(GUMBO_TAG_CODE) || p->is(GUMBO_TAG_PRE)) {
                protectedNode = true;
                break;
            }
        }
        if (protectedNode || !n->isInside(article))
            continue;
        if (shouldRemove(n, flags)) {
            // Keep the ancestors' figures roughly right for the boxes judged next.
            int up = 0;
            for (HtmlNode *p = n->parent; p && up < 64; p = p->parent, ++up) {
                p->textLength -= n->textLength;
                p->linkLength -= n->linkLength;
                p->commas -= n->commas;
            }
            HtmlDocument::remove(n);
        }
    }
}

void ContentCleaner::tidy(HtmlDocument &, HtmlNode *article)
{
    // Single-cell tables are layout: keep the cell's content.
    const QList<HtmlNode *> tables = HtmlDocument::elements(article, GUMBO_TAG_TABLE);
    for (HtmlNode *table : tables) {
        const QList<HtmlNode *> cells = HtmlDocument::elements(table, GUMBO_TAG_TD);
        if (cells.size() == 1 && HtmlDocument::elements(table, GUMBO_TAG_TH).isEmpty()
            && table->parent) {
            HtmlNode *cell = cells.first();
            HtmlDocument::replace(table, cell);
            HtmlDocument::rename(cell, cell->hasBlock ? GUMBO_TAG_DIV : GUMBO_TAG_P);
            cell->attributes.clear();
        }
    }
}

void ContentCleaner::removeEmpty(HtmlNode *article)
{
    // Post-order: an element that ends up holding nothing goes, then maybe its parent.
    std::vector<HtmlNode *> order;
    for (HtmlNode *n = article->firstChild; n; n = n->following(article))
        order.push_back(n);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        HtmlNode *n = *it;
        if (!n->isElement() || !n->parent)
            continue;
        switch (n->tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SPAN:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_A:
        case GUMBO_TAG_EM:
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
        case GUMBO_TAG_I:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            break;
        default:
            continue;
        }
        if (n->is(GUMBO_TAG_FIGURE)) {
            // A caption goes with its picture: a figure whose picture was lost goes whole.
            bool media = false;
            for (HtmlNode *c = n->firstChild; c && !media; c = c->following(n)) {
                media = c->is(GUMBO_TAG_IMG) || c->is(GUMBO_TAG_VIDEO) || c->is(GUMBO_TAG_AUDIO)
                    || c->is(GUMBO_TAG_IFRAME) || c->is(GUMBO_TAG_SVG) || c->is(GUMBO_TAG_TABLE)
                    || c->is(GUMBO_TAG_PRE) || c->is(GUMBO_TAG_BLOCKQUOTE) || c->is(GUMBO_TAG_P);
            }
            if (!media) {
                HtmlDocument::remove(n);
                continue;
            }
        }
        bool empty = true;
        for (HtmlNode *c = n->firstChild; c && empty; c = c->next) {
            if (c->isText())
                empty = c->text.trimmed().isEmpty() && c->text != QString(QChar(0xa0));
            else if (!c->is(GUMBO_TAG_BR))
                empty = false;
        }
        if (empty)
            HtmlDocument::remove(n);
    }
}
