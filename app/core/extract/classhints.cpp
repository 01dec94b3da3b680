// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "classhints.h"

#include "htmlnode.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &unlikelyPattern()
{
    static const QRegularExpression re(
        u"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|"
        "footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
        "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
        "yom-remote|cookie|consent|newsletter|most-?read|most-?popular|mostpopular|"
        "trending|top-?10|topten|paywall|signup|sign-up|subscribe-box|outbrain|taboola|modal|"
        "dialog"_s);
    return re;
}

const QRegularExpression &maybePattern()
{
    static const QRegularExpression re(u"and|article|body|column|content|main|mathjax|shadow"_s);
    return re;
}

const QRegularExpression &positivePattern()
{
    static const QRegularExpression re(
        u"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|"
        "story"_s);
    return re;
}

const QRegularExpression &negativePattern()
{
    static const QRegularExpression re(
        u"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|"
        "gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
        "skyscraper|sponsor|shopping|tags|widget|cookie|newsletter|subscribe|most-?read|"
        "popular|trending|breadcrumb|taboola"_s);
    return re;
}

const QRegularExpression &clutterPattern()
{
    static const QRegularExpression re(
        u"cookie|consent-banner|newsletter|subscribe|signup|sign-up|most-?read|"
        "most-?popular|mostpopular|top-?10|topten|trending|breadcrumb|paywall|outbrain|"
        "taboola|share-?bar|social-?share|sharing|related-?(articles|stories|posts|links|"
        "content)|(^|[ _-])ad(vert|vertisement|slot|unit|s)?([ _-]|$)"_s);
    return re;
}

const QRegularExpression &sharePattern()
{
    static const QRegularExpression re(u"(\\b|_)(share|sharedaddy)(\\b|_)"_s);
    return re;
}

const QRegularExpression &bylinePattern()
{
    static const QRegularExpression re(u"byline|author|dateline|writtenby|p-author"_s);
    return re;
}

} // namespace

namespace {

// Ids like "example-1-amend-a-shared-changeset" are anchors made from headings, not hints.
bool isHeadingSlug(const QString &id)
{
    int separators = 0;
    for (QChar c : id) {
        if (c == u'-' || c == u'_')
            ++separators;
    }
    return separators >= 4;
}

// The class weight of one class or id value, remembered per thread (bounded): pages repeat them.
int valueWeight(const QString &value)
{
    thread_local QHash<QString, int> known;
    if (const auto it = known.constFind(value); it != known.cend())
        return it.value();
    const QString v = value.toLower();
    int weight = 0;
    if (negativePattern().match(v).hasMatch())
        weight -= 25;
    if (positivePattern().match(v).hasMatch())
        weight += 25;
    if (known.size() >= 4096)
        known.clear();
    known.insert(value, weight);
    return weight;
}

} // namespace

QString ClassHints::hintsOf(const HtmlNode *element)
{
    const QString cls = element->attribute(u"class");
    const QString id = element->attribute(u"id");
    if (id.isEmpty() || isHeadingSlug(id))
        return cls.toLower();
    return (cls + u' ' + id).toLower();
}

int ClassHints::weight(const HtmlNode *element)
{
    int weight = 0;
    const QString id = element->attribute(u"id");
    for (const QString &value :
         { element->attribute(u"class"), isHeadingSlug(id) ? QString() : id }) {
        if (value.isEmpty())
            continue;
        weight += valueWeight(value);
    }
    return weight;
}

bool ClassHints::isUnlikely(const QString &hints)
{
    if (hints.isEmpty())
        return false;
    // Pages repeat the same class lists many times: remember the answers (per thread, bounded).
    thread_local QHash<QString, bool> known;
    if (const auto it = known.constFind(hints); it != known.cend())
        return it.value();
    const bool unlikely
        = unlikelyPattern().match(hints).hasMatch() && !maybePattern().match(hints).hasMatch();
    if (known.size() >= 4096)
        known.clear();
    known.insert(hints, unlikely);
    return unlikely;
}

bool ClassHints::isClutter(const QString &hints)
{
    if (hints.isEmpty())
        return false;
    thread_local QHash<QString, bool> known; // as in isUnlikely
    if (const auto it = known.constFind(hints); it != known.cend())
        return it.value();
    const bool clutter = clutterPattern().match(hints).hasMatch();
    if (known.size() >= 4096)
        known.clear();
    known.insert(hints, clutter);
    return clutter;
}

bool ClassHints::isShare(const QString &hints)
{
    return !hints.isEmpty() && sharePattern().match(hints).hasMatch();
}

bool ClassHints::isByline(const HtmlNode *element, const QString &hints)
{
    if (element->attribute(u"rel") == "author"_L1)
        return true;
    if (element->attribute(u"itemprop").contains("author"_L1))
        return true;
    return !hints.isEmpty() && bylinePattern().match(hints).hasMatch();
}

bool ClassHints::isUnlikelyRole(const HtmlNode *element)
{
    const QString role = element->attribute(u"role");
    return role == "menu"_L1 || role == "menubar"_L1 || role == "complementary"_L1
        || role == "navigation"_L1 || role == "alert"_L1 || role == "alertdialog"_L1
        || role == "dialog"_L1;
}

bool ClassHints::isHidden(const HtmlNode *element)
{
    if (element->hasAttribute(u"hidden"))
        return true;
    if (element->attribute(u"aria-hidden") == "true"_L1
        && !element->attribute(u"class").contains("fallback-image"_L1))
        return true;
    const QString style = element->attribute(u"style");
    if (style.isEmpty())
        return false;
    QString s = style.toLower();
    s.remove(u' ');
    return s.contains("display:none"_L1) || s.contains("visibility:hidden"_L1);
}
