// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlprepass.h"

#include "htmlentities.h"

using namespace Qt::StringLiterals;

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':' || c == u'-' || c == u'.';
}

bool isXmlChar(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xFFFE);
}

// Replaces text[from, to) by spaces, keeping its line breaks.
void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < text.size(); ++i) {
        if (text.at(i) != u'\n' && text.at(i) != u'\r')
            text[i] = u' ';
    }
}

// The end (one past '>') of the markup declaration that starts at `from` ("<!DOCTYPE ..."),
// skipping quoted strings, comments and an internal subset; -1 when it never ends.
// `subsetEntities` tells whether the internal subset declares an entity.
qsizetype doctypeEnd(const QString &text, qsizetype from, bool &subsetEntities)
{
    subsetEntities = false;
    bool inSubset = false;
    for (qsizetype i = from + 2; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            const qsizetype close = text.indexOf(c, i + 1);
            if (close < 0)
                return -1;
            i = close;
        } else if (inSubset && QStringView(text).mid(i, 4) == u"<!--"_s) {
            const qsizetype close = text.indexOf(u"-->"_s, i + 4);
            if (close < 0)
                return -1;
            i = close + 2;
        } else if (inSubset && QStringView(text).mid(i, 8) == u"<!ENTITY"_s) {
            subsetEntities = true;
        } else if (c == u'[') {
            inSubset = true;
        } else if (c == u']') {
            inSubset = false;
        } else if (c == u'>' && !inSubset) {
            return i + 1;
        }
    }
    return -1;
}

// "<html ...", "<HEAD>", "<body>": the root of a web page, not of a feed.
bool isWebPageRoot(QStringView rest)
{
    for (const QStringView name : { u"html"_s, u"head"_s, u"body"_s }) {
        if (rest.size() > name.size() && rest.at(0) == u'<'
            && rest.mid(1, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (rest.size() == name.size() + 1 || !isNameChar(rest.at(name.size() + 1))))
            return true;
    }
    return false;
}

// Text before the document ("Warning: ... on line 3" from a server script): blanked when the
// feed starts in the first few kilobytes.
void skipLeadingJunk(QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && text.at(first).isSpace())
        ++first;
    if (first >= text.size() || text.at(first) == u'<')
        return;
    const QStringView head = QStringView(text).left(4096);
    qsizetype start = -1;
    for (const QStringView marker : { u"<?xml"_s, u"<rss"_s, u"<feed"_s, u"<rdf:RDF"_s }) {
        const qsizetype at = head.indexOf(marker);
        if (at >= 0 && (start < 0 || at < start))
            start = at;
    }
    if (start > 0)
        blank(text, 0, start);
}

// The prolog: XML declaration, processing instructions, comments, DOCTYPE, up to the root
// element. Returns the root element's position (or text.size()).
XmlPrepass::Outcome scanProlog(QString &text, qsizetype &rootAt)
{
    skipLeadingJunk(text);
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const QStringView rest = QStringView(text).mid(i);
        if (rest.startsWith(u"<?"_s)) {
            const qsizetype end = text.indexOf(u"?>"_s, i + 2);
            if (end < 0)
                break;
            if (rest.startsWith(u"<?xml"_s) && rest.size() > 5 && rest.at(5).isSpace())
                blank(text, i, end + 2);
            i = end + 2;
        } else if (rest.startsWith(u"<!--"_s)) {
            const qsizetype end = text.indexOf(u"-->"_s, i + 4);
            if (end < 0)
                break;
            i = end + 3;
        } else if (rest.startsWith(u"<!DOCTYPE"_s, Qt::CaseInsensitive)) {
            const QStringView name = rest.mid(9).trimmed();
            if (name.startsWith(u"html"_s, Qt::CaseInsensitive)
                && (name.size() == 4 || !isNameChar(name.at(4))))
                return XmlPrepass::Outcome::WebPage;
            bool entities = false;
            const qsizetype end = doctypeEnd(text, i, entities);
            if (entities)
                return XmlPrepass::Outcome::DeclaresEntities;
            if (end < 0) { // never closed: nothing of it reaches the reader
                blank(text, i, text.size());
                i = text.size();
                break;
            }
            blank(text, i, end);
            i = end;
        } else {
            if (isWebPageRoot(rest))
                return XmlPrepass::Outcome::WebPage;
            break;
        }
    }
    rootAt = i;
    return XmlPrepass::Outcome::Ok;
}

// At text[i] == '&': the replacement, or an empty string when the reference is fine as it is.
// `length` is set to the length of what is replaced.
QString repairReference(QStringView text, qsizetype i, qsizetype &length)
{
    length = 1;
    qsizetype end = i + 1;
    const bool numeric = end < text.size() && text.at(end) == u'#';
    if (numeric) {
        ++end;
        const bool hex = end < text.size() && (text.at(end) == u'x' || text.at(end) == u'X');
        if (hex)
            ++end;
        const qsizetype digitsAt = end;
        while (end < text.size() && end - digitsAt < 10 && text.at(end).isLetterOrNumber())
            ++end;
        if (end < text.size() && text.at(end) == u';' && end > digitsAt) {
            const char32_t c = HtmlEntities::numeric(text.mid(digitsAt, end - digitsAt), hex);
            if (c == 0) // not a number: a stray '&'
                return u"&amp;"_s;
            length = end + 1 - i;
            const bool xmlOk = c > 0xFFFF ? c <= 0x10FFFF : isXmlChar(char16_t(c));
            if (!xmlOk)
                return u"&#xFFFD;"_s;
            const QStringView original = text.mid(digitsAt, end - digitsAt);
            const bool windows1252 = c != original.toUInt(nullptr, hex ? 16 : 10);
            return windows1252 ? u"&#"_s + QString::number(uint(c)) + u';' : QString();
        }
        return u"&amp;"_s;
    }
    if (end >= text.size() || !isNameStart(text.at(end)))
        return u"&amp;"_s;
    while (end < text.size() && end - i < 40 && isNameChar(text.at(end)))
        ++end;
    if (end >= text.size() || text.at(end) != u';')
        return u"&amp;"_s;
    const QStringView name = text.mid(i + 1, end - i - 1);
    length = end + 1 - i;
    if (name == u"amp"_s || name == u"lt"_s || name == u"gt"_s || name == u"quot"_s
        || name == u"apos"_s)
        return {};
    if (const char32_t c = HtmlEntities::codePoint(name))
        return u"&#"_s + QString::number(uint(c)) + u';';
    return u"&amp;"_s + name + u';'; // unknown: shown as written
}

} // namespace

XmlPrepass::Outcome XmlPrepass::prepare(const QString &input, QString &out)
{
    QString text = input;
    qsizetype rootAt = 0;
    const Outcome prolog = scanProlog(text, rootAt);
    if (prolog != Outcome::Ok)
        return prolog;

    out.clear();
    out.reserve(text.size() + text.size() / 16);
    out.append(QStringView(text).left(rootAt));
    const QStringView view(text);
    qsizetype i = rootAt;
    while (i < view.size()) {
        const char16_t c = view.at(i).unicode();
        if (c == u'<' && view.mid(i, 9) == u"<![CDATA["_s) {
            qsizetype end = text.indexOf(u"]]>"_s, i + 9);
            end = end < 0 ? view.size() : end + 3;
            for (qsizetype j = i; j < end; ++j) {
                const QChar k = view.at(j);
                out += isXmlChar(k.unicode()) || k.isSurrogate() ? k : QChar(0xFFFD);
            }
            i = end;
            continue;
        }
        if (c == u'<' && view.mid(i, 4) == u"<!--"_s) {
            qsizetype end = text.indexOf(u"-->"_s, i + 4);
            end = end < 0 ? view.size() : end + 3;
            out.append(view.mid(i, end - i));
            i = end;
            continue;
        }
        // A '<' that cannot start markup ("a < b", "x<5", "<<") is text: escaped.
        if (c == u'<' && i + 1 < view.size()) {
            const QChar next = view.at(i + 1);
            if (next.isSpace() || next.isDigit() || next == u'=' || next == u'<') {
                out += u"&lt;"_s;
                ++i;
                continue;
            }
        }
        if (c == u'&') {
            qsizetype length = 1;
            const QString replacement = repairReference(view, i, length);
            out.append(replacement.isEmpty() ? view.mid(i, length) : QStringView(replacement));
            i += length;
            continue;
        }
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < view.size() && view.at(i + 1).isLowSurrogate()) {
                out.append(view.mid(i, 2));
                i += 2;
            } else {
                out += QChar(0xFFFD);
                ++i;
            }
            continue;
        }
        out += (isXmlChar(c) && !QChar::isLowSurrogate(c)) ? QChar(c) : QChar(0xFFFD);
        ++i;
    }
    return Outcome::Ok;
}
