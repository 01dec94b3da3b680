// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagepreparer.h"

#include "classhints.h"
#include "htmldocument.h"
#include "urlresolver.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {

bool isJunk(const HtmlNode *n)
{
    switch (n->tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return n->name == "svg"_L1 || n->name == "dialog"_L1;
    }
}

bool isPlaceholder(const QString &src)
{
    const QString s = src.trimmed();
    if (s.isEmpty() || s == "#"_L1 || s == "about:blank"_L1)
        return true;
    if (s.startsWith("data:"_L1, Qt::CaseInsensitive))
        return s.size() < 300 || !s.startsWith("data:image/"_L1, Qt::CaseInsensitive)
            || s.startsWith("data:image/svg"_L1, Qt::CaseInsensitive);
    const QString file = s.section(u'/', -1).section(u'?', 0, 0).toLower();
    for (const char *word : { "blank.", "spacer.", "pixel.", "placeholder", "transparent.",
                              "loading.", "lazy.", "grey.", "gray.", "1x1." }) {
        if (file.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

bool looksLikeImageUrl(const QString &value)
{
    if (value.contains(u' ') && !value.contains(u','))
        return false;
    const QString v = value.toLower();
    for (const char *ext : { ".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif" }) {
        const qsizetype at = v.indexOf(QLatin1String(ext));
        if (at > 0) {
            const qsizetype after = at + qsizetype(qstrlen(ext));
            if (after == v.size() || v.at(after) == u'?' || v.at(after) == u' '
                || v.at(after) == u',' || v.at(after) == u'#')
                return true;
        }
    }
    return false;
}

} // namespace

void PagePreparer::fixLazyImage(HtmlNode *img)
{
    for (const char *attr : { "data-srcset", "data-lazy-srcset" }) {
        const QString set = img->attribute(QString::fromLatin1(attr));
        if (!set.isEmpty() && img->attribute(u"srcset").isEmpty())
            img->setAttribute(u"srcset"_s, set);
    }
    if (!isPlaceholder(img->attribute(u"src")))
        return;
    for (const char *attr :
         { "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src",
           "data-full-src", "data-orig-file", "data-large-file", "data-medium-file", "data-img-src",
           "data-actualsrc", "data-echo", "data-pagespeed-lazy-src" }) {
        const QString value = img->attribute(QString::fromLatin1(attr)).trimmed();
        if (!value.isEmpty() && !isPlaceholder(value)) {
            img->setAttribute(u"src"_s, value);
            return;
        }
    }
    const QString fromSet = UrlResolver::pickFromSrcset(img->attribute(u"srcset"));
    if (!fromSet.isEmpty()) {
        img->setAttribute(u"src"_s, fromSet);
        return;
    }
    for (const HtmlNode::Attribute &a : std::as_const(img->attributes)) {
        if (a.name == "src"_L1 || a.name == "alt"_L1 || a.name == "class"_L1
            || a.name == "title"_L1)
            continue;
        if (looksLikeImageUrl(a.value)) {
            const QString value
                = a.value.contains(u',') ? UrlResolver::pickFromSrcset(a.value) : a.value.trimmed();
            img->setAttribute(u"src"_s, value);
            return;
        }
    }
}

// <img placeholder><noscript><img real></noscript>: the real image replaces the placeholder.
// A <noscript> holding an image and nothing to replace is unwrapped; other ones removed.
void PagePreparer::useNoscriptImage(HtmlNode *noscript)
{
    HtmlNode *inner = nullptr;
    int images = 0;
    for (HtmlNode *n = noscript->firstChild; n; n = n->following(noscript)) {
        if (n->is(GUMBO_TAG_IMG)) {
            inner = n;
            ++images;
        }
    }
    if (images != 1) {
        if (images == 0)
            HtmlDocument::remove(noscript);
        else
            HtmlDocument::unwrap(noscript);
        return;
    }
    HtmlNode *prev = noscript->prev;
    while (prev && prev->isText() && prev->text.trimmed().isEmpty())
        prev = prev->prev;
    HtmlNode *placeholder = nullptr;
    if (prev && prev->is(GUMBO_TAG_IMG)) {
        placeholder = prev;
    } else if (prev && prev->isElement() && HtmlDocument::normalizedText(prev).isEmpty()) {
        const QList<HtmlNode *> imgs = HtmlDocument::elements(prev, GUMBO_TAG_IMG);
        if (imgs.size() == 1)
            placeholder = imgs.first();
    }
    fixLazyImage(inner);
    if (placeholder) {
        // Keep the placeholder's attributes the real image lacks (alt, class ...).
        for (const HtmlNode::Attribute &a : std::as_const(placeholder->attributes)) {
            if (!inner->hasAttribute(a.name) && !a.name.startsWith("data-"_L1)
                && a.name != "srcset"_L1)
                inner->setAttribute(a.name, a.value);
        }
        HtmlDocument::replace(placeholder, inner);
        HtmlDocument::remove(noscript);
    } else {
        HtmlDocument::unwrap(noscript);
    }
}

// <br><br> (white space between) ends a paragraph: the phrasing content that follows, up to
// the next <br><br> or block, moves into a new <p>.
void PagePreparer::replaceBreaks(HtmlDocument &document, HtmlNode *br)
{
    auto nextElementSkippingSpace = [](HtmlNode *n) {
        HtmlNode *s = n->next;
        while (s && s->isText() && s->text.trimmed().isEmpty())
            s = s->next;
        return s;
    };
    bool replaced = false;
    HtmlNode *next = nextElementSkippingSpace(br);
    while (next && next->is(GUMBO_TAG_BR)) {
        replaced = true;
        HtmlNode *after = nextElementSkippingSpace(next);
        HtmlDocument::remove(next);
        next = after;
    }
    if (!replaced || !br->parent)
        return;
    HtmlNode *p = document.createElement(GUMBO_TAG_P);
    HtmlDocument::replace(br, p);
    HtmlNode *sibling = p->next;
    while (sibling) {
        if (sibling->is(GUMBO_TAG_BR)) {
            HtmlNode *after = nextElementSkippingSpace(sibling);
            if (after && after->is(GUMBO_TAG_BR))
                break;
        }
        if (sibling->isElement() && sibling->hasBlock)
            break;
        if (sibling->isElement()
            && (sibling->is(GUMBO_TAG_P) || sibling->is(GUMBO_TAG_DIV)
                || sibling->is(GUMBO_TAG_TABLE) || sibling->is(GUMBO_TAG_UL)
                || sibling->is(GUMBO_TAG_OL) || sibling->is(GUMBO_TAG_BLOCKQUOTE)
                || sibling->is(GUMBO_TAG_PRE) || sibling->is(GUMBO_TAG_H2)
                || sibling->is(GUMBO_TAG_H3) || sibling->is(GUMBO_TAG_H1)))
            break;
        HtmlNode *following = sibling->next;
        HtmlDocument::appendChild(p, sibling);
        sibling = following;
    }
    while (p->lastChild && p->lastChild->isText() && p->lastChild->text.trimmed().isEmpty())
        HtmlDocument::remove(p->lastChild);
    if (p->parent && p->parent->is(GUMBO_TAG_P))
        HtmlDocument::rename(p->parent, GUMBO_TAG_DIV);
}

void PagePreparer::prepare(HtmlDocument &document)
{
    HtmlNode *body = document.body();
    if (!body)
        return;
    QList<HtmlNode *> noscripts;
    QList<HtmlNode *> breaks;
    HtmlNode *n = body->firstChild;
    while (n) {
        if (!n->isElement()) {
            n = n->following(body);
            continue;
        }
        if (isJunk(n) || ClassHints::isHidden(n)) {
            HtmlNode *next = n->following(body, true);
            HtmlDocument::remove(n);
            n = next;
            continue;
        }
        if (n->is(GUMBO_TAG_IMG))
            fixLazyImage(n);
        else if (n->is(GUMBO_TAG_NOSCRIPT))
            noscripts.append(n);
        else if (n->is(GUMBO_TAG_BR))
            breaks.append(n);
        else if (n->is(GUMBO_TAG_FONT))
            HtmlDocument::rename(n, GUMBO_TAG_SPAN);
        n = n->following(body);
    }
    for (HtmlNode *noscript : std::as_const(noscripts))
        useNoscriptImage(noscript);
    for (HtmlNode *br : std::as_const(breaks)) {
        if (br->parent)
            replaceBreaks(document, br);
    }
}
