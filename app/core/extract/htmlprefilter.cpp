// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlprefilter.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':';
}

// Tag names are ASCII (isNameChar), so lower-casing them into a small buffer is exact; names
// longer than any listed below need no buffer (they match none of them).
struct LowerName {
    char text[12] = {};
    qsizetype size = -1; // -1: too long to match any name we look for

    explicit LowerName(QStringView name)
    {
        if (name.size() >= qsizetype(sizeof(text)))
            return;
        size = name.size();
        for (qsizetype k = 0; k < size; ++k) {
            const char16_t c = name[k].unicode();
            text[k] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
        }
    }
    bool is(QLatin1String word) const
    {
        return size == word.size() && std::memcmp(text, word.data(), size_t(size)) == 0;
    }
};

// Elements that do not nest in practice: void ones and those whose end tag is implied.
bool countsForDepth(const LowerName &name)
{
    static const QLatin1String flat[] = {
        "area"_L1,  "base"_L1,     "br"_L1,      "col"_L1,    "embed"_L1,    "hr"_L1,   "img"_L1,
        "input"_L1, "link"_L1,     "meta"_L1,    "source"_L1, "track"_L1,    "wbr"_L1,  "param"_L1,
        "p"_L1,     "li"_L1,       "dt"_L1,      "dd"_L1,     "tr"_L1,       "td"_L1,   "th"_L1,
        "thead"_L1, "tbody"_L1,    "tfoot"_L1,   "option"_L1, "optgroup"_L1, "rb"_L1,   "rt"_L1,
        "rp"_L1,    "colgroup"_L1, "caption"_L1, "html"_L1,   "head"_L1,     "body"_L1,
    };
    if (name.size < 0)
        return true;
    for (QLatin1String f : flat) {
        if (name.is(f))
            return false;
    }
    return true;
}

bool isRawText(const LowerName &name)
{
    return name.is("script"_L1) || name.is("style"_L1) || name.is("textarea"_L1)
        || name.is("title"_L1) || name.is("xmp"_L1) || name.is("iframe"_L1) || name.is("noembed"_L1)
        || name.is("noframes"_L1);
}

// Where the raw text of `name` that starts at `from` ends (the "</name" that closes it).
qsizetype rawTextEnd(const QString &html, qsizetype from, QStringView name)
{
    qsizetype at = from;
    while (true) {
        at = html.indexOf(u'<', at); // a one-character search is much faster than "</"
        if (at < 0)
            return html.size();
        if (at + 1 >= html.size() || html.at(at + 1) != u'/') {
            ++at;
            continue;
        }
        const QStringView candidate = QStringView(html).mid(at + 2, name.size());
        const qsizetype after = at + 2 + name.size();
        if (candidate.compare(name, Qt::CaseInsensitive) == 0
            && (after >= html.size() || !isNameChar(html.at(after))))
            return at;
        at += 2;
    }
}

// Just past the "</svg>" closing the <svg> whose content starts at `from`.
qsizetype svgEnd(const QString &html, qsizetype from)
{
    int open = 1;
    qsizetype at = from;
    while (open > 0) {
        const qsizetype next = html.indexOf("svg"_L1, at, Qt::CaseInsensitive);
        if (next < 0)
            return html.size();
        at = next + 3;
        const bool boundary = at >= html.size() || !isNameChar(html.at(at));
        if (!boundary || next < 1)
            continue;
        if (html.at(next - 1) == u'<')
            ++open;
        else if (next >= 2 && html.at(next - 1) == u'/' && html.at(next - 2) == u'<')
            --open;
    }
    const qsizetype close = html.indexOf(u'>', at);
    return close < 0 ? html.size() : close + 1;
}

} // namespace

QString HtmlPrefilter::filter(const QString &html, int limit)
{
    const qsizetype n = html.size();
    QString out;
    out.reserve(n / 2);
    int depth = 0;
    qsizetype copied = 0; // html[copied, i) is still to be copied
    qsizetype i = 0;
    auto skip = [&](qsizetype from, qsizetype to) { // leave html[from, to) out
        out.append(QStringView(html).mid(copied, from - copied));
        copied = to;
    };
    while (i < n) {
        i = html.indexOf(u'<', i);
        if (i < 0)
            break;
        const qsizetype tagStart = i;
        if (QStringView(html).mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf("-->"_L1, i + 4);
            i = end < 0 ? n : end + 3;
            skip(tagStart, i); // comments never reach the tree
            continue;
        }
        const bool closing = i + 1 < n && html.at(i + 1) == u'/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(html.at(nameStart))) {
            i = nameStart;
            continue;
        }
        qsizetype j = nameStart;
        while (j < n && isNameChar(html.at(j)))
            ++j;
        const QStringView name = QStringView(html).mid(nameStart, j - nameStart);
        // The end of the tag; quoted attribute values may hold '>'.
        const qsizetype attributesStart = j;
        QChar quote;
        bool jsonLd = false;
        for (; j < n; ++j) {
            const QChar c = html.at(j);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
        }
        i = j < n ? j + 1 : n;
        const LowerName lower(name);
        if (!closing && lower.is("svg"_L1)) {
            // Inline SVG (icons, charts) is dropped later anyway: leave it out, nested ones too.
            const qsizetype end = svgEnd(html, i);
            skip(tagStart, end);
            i = end;
            continue;
        }
        if (!closing && isRawText(lower)) {
            const qsizetype end = rawTextEnd(html, i, name);
            if (lower.is("script"_L1) || lower.is("style"_L1)) {
                const QStringView attributes
                    = QStringView(html).mid(attributesStart, j - attributesStart);
                jsonLd = attributes.contains(u"ld+json", Qt::CaseInsensitive);
                if (!jsonLd)
                    skip(i, end);
            }
            i = end;
            continue;
        }
        if (!countsForDepth(lower))
            continue;
        bool drop = false;
        if (closing) {
            drop = depth > limit;
            if (depth > 0)
                --depth;
        } else {
            ++depth;
            drop = depth > limit;
        }
        if (drop)
            skip(tagStart, i);
    }
    if (copied == 0)
        return html;
    out.append(QStringView(html).mid(copied));
    return out;
}
