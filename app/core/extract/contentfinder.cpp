// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentfinder.h"

#include "bylinecleaner.h"
#include "classhints.h"
#include "htmldocument.h"
#include "titlecleaner.h"

#include <QList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

bool isBlock(const HtmlNode *n)
{
    switch (n->tag) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
        return true;
    default:
        return false;
    }
}

int tagBase(const HtmlNode *n)
{
    switch (n->tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

bool isPhrasing(const HtmlNode *n)
{
    if (n->isText())
        return true;
    switch (n->tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
        return !n->hasBlock;
    default:
        return false;
    }
}

bool insideTableOrCode(const HtmlNode *n)
{
    int steps = 0;
    for (const HtmlNode *p = n->parent; p && steps < 64; p = p->parent, ++steps) {
        if (p->is(GUMBO_TAG_TABLE) || p->is(GUMBO_TAG_CODE))
            return true;
    }
    return false;
}

bool isEmptyContainer(const HtmlNode *n)
{
    if (n->textLength > 0)
        return false;
    for (const HtmlNode *c = n->firstChild; c; c = c->next) {
        if (c->isElement() && !c->is(GUMBO_TAG_BR) && !c->is(GUMBO_TAG_HR))
            return false;
    }
    return true;
}

// Word overlap of b's tokens with a's: 1 when every word of b is in a.
double similarity(const QString &a, const QString &b)
{
    const QStringList ta = a.toLower().split(u' ', Qt::SkipEmptyParts);
    const QStringList tb = b.toLower().split(u' ', Qt::SkipEmptyParts);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    qsizetype missing = 0, total = 0;
    for (const QString &t : tb) {
        total += t.size();
        if (!ta.contains(t))
            missing += t.size();
    }
    return 1.0 - double(missing) / double(total);
}

// Groups runs of phrasing children of a mixed div into <p>s.
void wrapPhrasing(HtmlDocument &document, HtmlNode *div)
{
    HtmlNode *p = nullptr;
    for (HtmlNode *c = div->firstChild; c;) {
        HtmlNode *next = c->next;
        if (isPhrasing(c)) {
            if (p) {
                HtmlDocument::appendChild(p, c);
            } else if (!(c->isText() && c->text.trimmed().isEmpty())) {
                p = document.createElement(GUMBO_TAG_P);
                HtmlDocument::insertBefore(c, p);
                HtmlDocument::appendChild(p, c);
            }
        } else if (p) {
            while (p->lastChild && p->lastChild->isText() && p->lastChild->text.trimmed().isEmpty())
                HtmlDocument::remove(p->lastChild);
            p = nullptr;
        }
        c = next;
    }
}

} // namespace

void ContentFinder::measure(HtmlNode *root)
{
    thread_local std::vector<HtmlNode *> order; // reused: no allocation per call
    order.clear();
    for (HtmlNode *n = root; n; n = n->following(root))
        order.push_back(n);
    for (HtmlNode *n : order) {
        n->hasBlock = false;
        n->linkLength = 0;
        if (!n->isText()) {
            n->textLength = 0;
            n->commas = 0;
        } else if (!n->textMeasured) {
            int length = 0;
            int commas = 0;
            bool space = true; // leading white space is not counted
            for (QChar c : std::as_const(n->text)) {
                if (c.isSpace()) {
                    if (!space)
                        ++length;
                    space = true;
                } else {
                    ++length;
                    space = false;
                    if (c == u',' || c == QChar(0xff0c) || c == QChar(0x3001))
                        ++commas;
                }
            }
            n->textLength = length;
            n->commas = commas;
            n->textMeasured = true;
        }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        HtmlNode *n = *it;
        if (n->is(GUMBO_TAG_A))
            n->linkLength = n->textLength;
        if (n == root || !n->parent)
            continue;
        HtmlNode *p = n->parent;
        p->textLength += n->textLength;
        p->linkLength += n->linkLength;
        p->commas += n->commas;
        if (n->hasBlock || (n->isElement() && isBlock(n)))
            p->hasBlock = true;
    }
}

double ContentFinder::linkDensity(const HtmlNode *n)
{
    return n->textLength > 0 ? double(n->linkLength) / double(n->textLength) : 0.0;
}

void ContentFinder::walk(HtmlDocument &document, const QString &title, int flags, QString *byline,
                         QList<HtmlNode *> &toScore)
{
    HtmlNode *body = document.body();
    bool titleRemoved = false;
    HtmlNode *n = body->firstChild;
    while (n) {
        if (!n->isElement()) {
            n = n->following(body);
            continue;
        }
        const QString hints = ClassHints::hintsOf(n);
        bool drop = false;
        if (byline && byline->isEmpty() && n->textLength > 0 && n->textLength < 100
            && ClassHints::isByline(n, hints)
            && !BylineCleaner::clean(HtmlDocument::normalizedText(n)).isEmpty()) {
            *byline = HtmlDocument::normalizedText(n);
            drop = true;
        } else if (!titleRemoved && (n->is(GUMBO_TAG_H1) || n->is(GUMBO_TAG_H2)) && !title.isEmpty()
                   && similarity(title, HtmlDocument::normalizedText(n)) > 0.75
                   && similarity(HtmlDocument::normalizedText(n), title) > 0.75) {
            titleRemoved = true;
            drop = true;
        } else if (flags & StripUnlikely) {
            if (ClassHints::isUnlikelyRole(n) || n->is(GUMBO_TAG_NAV))
                drop = true;
            else if (!n->is(GUMBO_TAG_BODY) && !n->is(GUMBO_TAG_A) && ClassHints::isUnlikely(hints)
                     && !insideTableOrCode(n))
                drop = true;
        }
        if (!drop
            && (n->is(GUMBO_TAG_DIV) || n->is(GUMBO_TAG_SECTION) || n->is(GUMBO_TAG_HEADER)
                || (n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6))
            && isEmptyContainer(n))
            drop = true;
        if (drop) {
            HtmlNode *next = n->following(body, true);
            HtmlDocument::remove(n);
            n = next;
            continue;
        }
        switch (n->tag) {
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_P:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_PRE:
            toScore.append(n);
            break;
        case GUMBO_TAG_DIV:
            if (!n->hasBlock) {
                HtmlDocument::rename(n, GUMBO_TAG_P);
                toScore.append(n);
            } else {
                wrapPhrasing(document, n);
            }
            break;
        default:
            break;
        }
        n = n->following(body);
    }
}

HtmlNode *ContentFinder::find(HtmlDocument &document, const QString &title, int flags,
                              QString *byline)
{
    HtmlNode *body = document.body();
    measure(body); // PagePreparer removed hidden and junk elements since the page was measured
    QList<HtmlNode *> toScore;
    walk(document, title, flags, byline, toScore);
    measure(body);

    QList<HtmlNode *> candidates;
    for (HtmlNode *e : std::as_const(toScore)) {
        if (!e->parent || e->textLength < 25 || !e->isInside(body))
            continue;
        const double score = 1.0 + e->commas + std::min(e->textLength / 100, 3);
        int level = 0;
        for (HtmlNode *a = e->parent; a && a != body->parent && level < 5; a = a->parent, ++level) {
            if (!a->parent)
                break;
            if (!a->scored) {
                a->scored = true;
                a->score = tagBase(a) + ((flags & WeightClasses) ? ClassHints::weight(a) : 0);
                candidates.append(a);
            }
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            a->score += score / divider;
        }
    }
    HtmlNode *top = pickTop(document, candidates, flags);
    return gather(document, top, flags);
}

HtmlNode *ContentFinder::pickTop(HtmlDocument &document, QList<HtmlNode *> &candidates, int)
{
    HtmlNode *body = document.body();
    for (HtmlNode *c : std::as_const(candidates))
        c->score *= 1.0 - linkDensity(c);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const HtmlNode *a, const HtmlNode *b) { return a->score > b->score; });
    if (candidates.isEmpty() || candidates.first() == body) {
        // Nothing stands out: the whole body, in a div of its own.
        HtmlNode *div = document.createElement(GUMBO_TAG_DIV);
        while (HtmlNode *c = body->firstChild)
            HtmlDocument::appendChild(div, c);
        HtmlDocument::appendChild(body, div);
        measure(div);
        div->scored = true;
        return div;
    }
    HtmlNode *top = candidates.first();
    // Several strong candidates under one ancestor: the ancestor holds the article.
    QList<HtmlNode *> strong;
    for (qsizetype i = 1; i < qMin<qsizetype>(candidates.size(), 5); ++i) {
        if (candidates.at(i)->score >= top->score * 0.75)
            strong.append(candidates.at(i));
    }
    if (strong.size() >= 3) {
        for (HtmlNode *a = top->parent; a && a != body; a = a->parent) {
            int containing = 0;
            for (HtmlNode *s : std::as_const(strong)) {
                if (s->isInside(a))
                    ++containing;
            }
            if (containing >= 3) {
                top = a;
                break;
            }
        }
    }
    if (!top->scored) {
        top->scored = true;
        top->score = tagBase(top);
    }
    // Climb while the parent scores better (its text is the article's too).
    double lastScore = top->score;
    const double threshold = lastScore / 3;
    for (HtmlNode *p = top->parent; p && p != body; p = p->parent) {
        if (!p->scored)
            continue;
        if (p->score < threshold)
            break;
        if (p->score > lastScore) {
            top = p;
            break;
        }
        lastScore = p->score;
    }
    // An only child says no more than its parent.
    for (HtmlNode *p = top->parent; p && p != body; p = p->parent) {
        int elements = 0;
        for (HtmlNode *c = p->firstChild; c; c = c->next) {
            if (c->isElement())
                ++elements;
        }
        if (elements != 1)
            break;
        top = p;
    }
    if (!top->scored) {
        top->scored = true;
        top->score = tagBase(top);
    }
    return top;
}

HtmlNode *ContentFinder::gather(HtmlDocument &document, HtmlNode *top, int)
{
    HtmlNode *article = document.createElement(GUMBO_TAG_DIV);
    HtmlNode *parent = top->parent;
    if (!parent || parent == document.root()) {
        HtmlDocument::appendChild(article, top);
        return article;
    }
    const double threshold = std::max(10.0, top->score * 0.2);
    const QString topClass = top->attribute(u"class");
    QList<HtmlNode *> siblings;
    for (HtmlNode *c = parent->firstChild; c; c = c->next) {
        if (c->isElement())
            siblings.append(c);
    }
    for (HtmlNode *s : std::as_const(siblings)) {
        bool keep = s == top;
        if (!keep) {
            const double bonus = (!topClass.isEmpty() && s->attribute(u"class") == topClass)
                ? top->score * 0.2
                : 0.0;
            if (s->scored && s->score + bonus >= threshold) {
                keep = true;
            } else if (s->is(GUMBO_TAG_P)) {
                const double density = linkDensity(s);
                if (s->textLength > 80 && density < 0.25) {
                    keep = true;
                } else if (s->textLength > 0 && s->textLength <= 80 && density == 0) {
                    const QString text = HtmlDocument::normalizedText(s);
                    keep = text.contains(". "_L1) || text.endsWith(u'.');
                }
            }
        }
        if (!keep)
            continue;
        switch (s->tag) {
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_P:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_FIGURE:
            break;
        default:
            if (!(s->tag >= GUMBO_TAG_H1 && s->tag <= GUMBO_TAG_H6))
                HtmlDocument::rename(s, GUMBO_TAG_DIV);
        }
        HtmlDocument::appendChild(article, s);
    }
    return article;
}
