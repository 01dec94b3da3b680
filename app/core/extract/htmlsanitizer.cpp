// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include "htmldocument.h"
#include "htmlserializer.h"
#include "urlresolver.h"

using namespace Qt::StringLiterals;

namespace {

enum class Verdict { Keep, Unwrap, Drop };

Verdict verdictFor(const HtmlNode *n)
{
    switch (n->tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_A:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_DIV:
        return Verdict::Keep;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_ANNOTATION_XML:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_MENU:
        return Verdict::Drop;
    default:
        if (n->name == "dialog"_L1 || n->name == "annotation"_L1) // annotation: TeX source
            return Verdict::Drop;
        return Verdict::Unwrap; // section, article, font, center, custom elements ...
    }
}

bool isNumber(const QString &value)
{
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    return ok && v >= 0 && v < 100000;
}

bool attributeAllowed(const HtmlNode *n, const HtmlNode::Attribute &a)
{
    const QString &name = a.name;
    if (name == "title"_L1 || name == "lang"_L1)
        return true;
    if (name == "dir"_L1)
        return a.value == "ltr"_L1 || a.value == "rtl"_L1 || a.value == "auto"_L1;
    switch (n->tag) {
    case GUMBO_TAG_IMG:
        return name == "alt"_L1
            || ((name == "width"_L1 || name == "height"_L1) && isNumber(a.value));
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return ((name == "colspan"_L1 || name == "rowspan"_L1) && isNumber(a.value))
            || name == "scope"_L1;
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
        return name == "span"_L1 && isNumber(a.value);
    case GUMBO_TAG_TIME:
        return name == "datetime"_L1;
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
        return name == "datetime"_L1;
    case GUMBO_TAG_OL:
        return (name == "start"_L1 && isNumber(a.value)) || name == "reversed"_L1
            || (name == "type"_L1 && a.value.size() == 1);
    case GUMBO_TAG_LI:
        return name == "value"_L1 && isNumber(a.value);
    default:
        return false;
    }
}

// The largest sensible candidate of srcset (see UrlResolver::pickFromSrcset) when there is
// one, else src: src is often the smallest variant, kept for old browsers.
QString safeImageSource(const HtmlNode *n, const QUrl &baseUrl)
{
    const QString fromSet = UrlResolver::pickFromSrcset(n->attribute(u"srcset"));
    const QUrl best = UrlResolver::resolve(fromSet, baseUrl);
    if (!fromSet.isEmpty() && UrlResolver::isSafe(best, UrlResolver::Use::Image))
        return best.toString(QUrl::FullyEncoded);
    const QUrl src = UrlResolver::resolve(n->attribute(u"src"), baseUrl);
    if (UrlResolver::isSafe(src, UrlResolver::Use::Image))
        return src.toString(QUrl::FullyEncoded);
    return {};
}

// <picture><source srcset><img></picture> -> <img> with every candidate of the sources and
// of the img in one srcset, so that the largest sensible one is chosen.
void resolvePicture(HtmlDocument &document, HtmlNode *picture)
{
    HtmlNode *img = nullptr;
    QStringList sets;
    for (HtmlNode *n = picture->firstChild; n; n = n->following(picture)) {
        if (n->is(GUMBO_TAG_IMG) && !img)
            img = n;
        else if (n->is(GUMBO_TAG_SOURCE) && !n->attribute(u"srcset").trimmed().isEmpty())
            sets.append(n->attribute(u"srcset").trimmed());
    }
    if (!img) {
        if (sets.isEmpty()) {
            HtmlDocument::remove(picture);
            return;
        }
        img = document.createElement(GUMBO_TAG_IMG);
    }
    if (!img->attribute(u"srcset").trimmed().isEmpty())
        sets.append(img->attribute(u"srcset").trimmed());
    if (!sets.isEmpty())
        img->setAttribute(u"srcset"_s, sets.join(u", "_s));
    HtmlDocument::replace(picture, img);
}

} // namespace

QString HtmlSanitizer::sanitize(const QString &htmlFragment, const QUrl &baseUrl)
{
    HtmlDocument document(htmlFragment);
    if (document.isEmpty())
        return {};
    sanitizeChildren(document, document.body(), baseUrl);
    return HtmlSerializer::serializeChildren(document.body());
}

void HtmlSanitizer::sanitizeChildren(HtmlDocument &document, HtmlNode *container,
                                     const QUrl &baseUrl)
{
    const QList<HtmlNode *> pictures = HtmlDocument::elements(container, u"picture"_s);
    for (HtmlNode *picture : pictures)
        resolvePicture(document, picture);
    HtmlNode *n = container->firstChild;
    while (n) {
        if (n->isText()) {
            n = n->following(container);
            continue;
        }
        const Verdict verdict = verdictFor(n);
        if (verdict == Verdict::Drop) {
            HtmlNode *next = n->following(container, true);
            HtmlDocument::remove(n);
            n = next;
        } else if (verdict == Verdict::Unwrap) {
            HtmlNode *next = n->firstChild ? n->firstChild : n->following(container, true);
            HtmlDocument::unwrap(n);
            n = next;
        } else if (!sanitizeElement(document, n, baseUrl)) {
            HtmlNode *next = n->firstChild ? n->firstChild : n->following(container, true);
            if (n->is(GUMBO_TAG_IMG)) {
                next = n->following(container, true);
                HtmlDocument::remove(n);
            } else {
                HtmlDocument::unwrap(n);
            }
            n = next;
        } else {
            n = n->following(container);
        }
    }
}

// Filters the attributes of an allowed element. False: the element cannot stay as it is (a
// link without a safe target is unwrapped, an image without a safe source removed).
bool HtmlSanitizer::sanitizeElement(HtmlDocument &, HtmlNode *n, const QUrl &baseUrl)
{
    QString href;
    QString src;
    if (n->is(GUMBO_TAG_A)) {
        const QUrl url = UrlResolver::resolve(n->attribute(u"href"), baseUrl);
        if (!UrlResolver::isSafe(url, UrlResolver::Use::Link))
            return false;
        href = url.toString(QUrl::FullyEncoded);
    } else if (n->is(GUMBO_TAG_IMG)) {
        src = safeImageSource(n, baseUrl);
        if (src.isEmpty())
            return false;
    } else if (n->is(GUMBO_TAG_H1)) {
        HtmlDocument::rename(n, GUMBO_TAG_H2);
    }
    QString cite;
    if (n->is(GUMBO_TAG_BLOCKQUOTE) || n->is(GUMBO_TAG_Q)) {
        const QUrl url = UrlResolver::resolve(n->attribute(u"cite"), baseUrl);
        if (UrlResolver::isSafe(url, UrlResolver::Use::Link) && !url.scheme().isEmpty())
            cite = url.toString(QUrl::FullyEncoded);
    }
    n->attributes.removeIf([n](const HtmlNode::Attribute &a) { return !attributeAllowed(n, a); });
    if (!href.isEmpty()) {
        n->attributes.prepend({ u"href"_s, href });
        n->attributes.append({ u"rel"_s, u"noopener noreferrer"_s });
    }
    if (!src.isEmpty())
        n->attributes.prepend({ u"src"_s, src });
    if (!cite.isEmpty())
        n->attributes.append({ u"cite"_s, cite });
    return true;
}
