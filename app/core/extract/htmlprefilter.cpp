// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlprefilter.h"

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

bool equals(QStringView name, QLatin1String word)
{
    return name.compare(word, Qt::CaseInsensitive) == 0;
}

// Elements that do not nest in practice: void ones and those whose end tag is implied.
bool countsForDepth(QStringView name)
{
    static const QLatin1String flat[] = {
        "area"_L1,  "base"_L1,     "br"_L1,      "col"_L1,    "embed"_L1,    "hr"_L1,   "img"_L1,
        "input"_L1, "link"_L1,     "meta"_L1,    "source"_L1, "track"_L1,    "wbr"_L1,  "param"_L1,
        "p"_L1,     "li"_L1,       "dt"_L1,      "dd"_L1,     "tr"_L1,       "td"_L1,   "th"_L1,
        "thead"_L1, "tbody"_L1,    "tfoot"_L1,   "option"_L1, "optgroup"_L1, "rb"_L1,   "rt"_L1,
        "rp"_L1,    "colgroup"_L1, "caption"_L1, "html"_L1,   "head"_L1,     "body"_L1,
    };
    for (QLatin1String f : flat) {
        if (equals(name, f))
            return false;
    }
    return true;
}

bool isRawText(QStringView name)
{
    return equals(name, "script"_L1) || equals(name, "style"_L1) || equals(name, "textarea"_L1)
        || equals(name, "title"_L1) || equals(name, "xmp"_L1) || equals(name, "iframe"_L1)
        || equals(name, "noembed"_L1) || equals(name, "noframes"_L1);
}

// Where the raw text of `name` that starts at `from` ends (the "</name" that closes it).
qsizetype rawTextEnd(const QString &html, qsizetype from, QStringView name)
{
    qsizetype at = from;
    while (true) {
        at = html.indexOf("</"_L1, at);
        if (at < 0)
            return html.size();
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
        if (!closing && equals(name, "svg"_L1)) {
            // Inline SVG (icons, charts) is dropped later anyway: leave it out, nested ones too.
            const qsizetype end = svgEnd(html, i);
            skip(tagStart, end);
            i = end;
            continue;
        }
        if (!closing && isRawText(name)) {
            const qsizetype end = rawTextEnd(html, i, name);
            if (equals(name, "script"_L1) || equals(name, "style"_L1)) {
                const QStringView attributes
                    = QStringView(html).mid(attributesStart, j - attributesStart);
                jsonLd = attributes.contains(u"ld+json", Qt::CaseInsensitive);
                if (!jsonLd)
                    skip(i, end);
            }
            i = end;
            continue;
        }
        if (!countsForDepth(name))
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
