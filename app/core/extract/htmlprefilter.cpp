// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlprefilter.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <vector>

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

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Lower-cased ASCII tag names short enough to be one we look for; others match none of them.
struct LowerName {
    char text[12] = {};
    qsizetype size = -1; // -1: too long, or not ASCII

    explicit LowerName(QStringView name)
    {
        if (name.size() >= qsizetype(sizeof(text)))
            return;
        for (qsizetype k = 0; k < name.size(); ++k) {
            const char16_t c = name[k].unicode();
            if (c >= 0x80)
                return;
            text[k] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
        }
        size = name.size();
    }
    bool is(QLatin1String word) const
    {
        return size == word.size() && std::memcmp(text, word.data(), size_t(size)) == 0;
    }
    bool isOneOf(std::initializer_list<QLatin1String> words) const
    {
        for (QLatin1String word : words) {
            if (is(word))
                return true;
        }
        return false;
    }
};

// Elements that do not nest in practice: void ones and those whose end tag is implied.
bool isFlat(const LowerName &name)
{
    return name.isOneOf(
        { "area"_L1,    "base"_L1,     "br"_L1,   "col"_L1,   "embed"_L1,  "hr"_L1,
          "img"_L1,     "input"_L1,    "link"_L1, "meta"_L1,  "source"_L1, "track"_L1,
          "wbr"_L1,     "param"_L1,    "p"_L1,    "li"_L1,    "dt"_L1,     "dd"_L1,
          "tr"_L1,      "td"_L1,       "th"_L1,   "thead"_L1, "tbody"_L1,  "tfoot"_L1,
          "option"_L1,  "optgroup"_L1, "rb"_L1,   "rt"_L1,    "rp"_L1,     "colgroup"_L1,
          "caption"_L1, "html"_L1,     "head"_L1, "body"_L1,  "frame"_L1,  "keygen"_L1 });
}

// The formatting elements of the HTML parser: kept in a list and re-opened ("reconstructed")
// in each new block while unclosed.
bool isFormatting(const LowerName &name)
{
    return name.isOneOf({ "a"_L1, "b"_L1, "big"_L1, "code"_L1, "em"_L1, "font"_L1, "i"_L1,
                          "nobr"_L1, "s"_L1, "small"_L1, "strike"_L1, "strong"_L1, "tt"_L1,
                          "u"_L1 });
}

// Elements an end tag of another name does not close through (the parser's scope markers).
bool isScopeBoundary(const LowerName &name)
{
    return name.isOneOf(
        { "table"_L1, "template"_L1, "applet"_L1, "object"_L1, "marquee"_L1, "math"_L1 });
}

bool isRawText(const LowerName &name)
{
    return name.isOneOf({ "script"_L1, "style"_L1, "textarea"_L1, "title"_L1, "xmp"_L1, "iframe"_L1,
                          "noembed"_L1, "noframes"_L1 });
}

quint64 nameKey(QStringView name)
{
    quint64 hash = 14695981039346656037ULL; // FNV-1a over the lower-cased name
    for (QChar c : name) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u += u'a' - u'A';
        hash = (hash ^ u) * 1099511628211ULL;
    }
    return hash;
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

// Just past a "bogus comment" starting at `at` ("<?...>", "<!...>" other than a doctype or
// CDATA, "</" and no letter), or 0 when there is none there.
qsizetype bogusCommentEnd(const QString &html, qsizetype at)
{
    if (at + 1 >= html.size())
        return 0;
    const QChar next = html.at(at + 1);
    qsizetype from = at + 2;
    if (next == u'!') {
        const QStringView rest = QStringView(html).mid(at + 2, 7);
        if (rest.startsWith(u"DOCTYPE", Qt::CaseInsensitive) || rest.startsWith(u"[CDATA["))
            return 0;
    } else if (next == u'/') {
        if (at + 2 >= html.size() || isAsciiLetter(html.at(at + 2)))
            return 0;
        from = at + 2; // "</>" included
    } else if (next != u'?') {
        return 0;
    }
    const qsizetype close = html.indexOf(u'>', from);
    return close < 0 ? html.size() : close + 1;
}

// One tag, read as the HTML tokenizer reads it.
struct Tag {
    qsizetype start = 0; // '<'
    qsizetype nameStart = 0;
    qsizetype nameEnd = 0;
    qsizetype end = 0; // just past '>' (or the end of the page)
    std::vector<qsizetype> attributeEnds; // just past each attribute, up to the per-tag limit
    bool closing = false;
    bool closed = false; // ends with '>' (not with the page)
    int attributes = 0;
};

// Reads the attributes of `tag` (whose name is read), noting where the first `keep` end.
void readAttributes(const QString &html, Tag &tag, int keep)
{
    const qsizetype n = html.size();
    qsizetype j = tag.nameEnd;
    tag.attributeEnds.clear();
    while (true) {
        while (j < n && (isSpace(html.at(j)) || html.at(j) == u'/'))
            ++j;
        if (j >= n || html.at(j) == u'>')
            break;
        ++j; // the first character of a name may be anything, '=' too
        while (j < n && !isSpace(html.at(j)) && html.at(j) != u'/' && html.at(j) != u'>'
               && html.at(j) != u'=')
            ++j;
        qsizetype k = j;
        while (k < n && isSpace(html.at(k)))
            ++k;
        if (k < n && html.at(k) == u'=') {
            j = k + 1;
            while (j < n && isSpace(html.at(j)))
                ++j;
            if (j < n && (html.at(j) == u'"' || html.at(j) == u'\'')) {
                const qsizetype close = html.indexOf(html.at(j), j + 1);
                j = close < 0 ? n : close + 1;
            } else {
                while (j < n && !isSpace(html.at(j)) && html.at(j) != u'>')
                    ++j;
            }
        }
        if (++tag.attributes <= keep)
            tag.attributeEnds.push_back(j);
    }
    tag.closed = j < n;
    tag.end = j < n ? j + 1 : n;
}

class Scanner {
public:
    Scanner(const QString &html, const HtmlPrefilter::Limits &limits)
        : m_html(html), m_limits(limits)
    {
    }
    QString run();
    HtmlPrefilter::Counts counts;

private:
    struct Pending { // a formatting element closed implicitly, still in gumbo's list
        quint64 key;
        quint64 attributesKey;
    };

    void skip(qsizetype from, qsizetype to); // leaves html[from, to) out
    // Cuts the page when copying up to `upTo` is too much, never inside the tag at `tagStart`.
    bool overBudget(qsizetype upTo, qsizetype tagStart);
    void startTag(const Tag &tag, const LowerName &lower, quint64 key);
    void endTag(const Tag &tag, const LowerName &lower, quint64 key);
    qsizetype rawText(const Tag &tag, const LowerName &lower); // returns where it ends
    void keepAttributes(const Tag &tag); // trims them to the budget
    void popTo(qsizetype index);
    void addPending(quint64 key, quint64 attributesKey);
    void countReconstruction(qsizetype textStart, qsizetype textEnd);

    const QString &m_html;
    const HtmlPrefilter::Limits m_limits;
    QString m_out;
    qsizetype m_copied = 0; // html[m_copied, i) is still to be copied
    struct Open {
        quint64 key;
        bool formatting;
        bool boundary;
        quint64 attributesKey;
    };
    Tag m_tag;
    std::vector<Open> m_open; // the elements that nest, innermost last
    QHash<quint64, int> m_openCount; // by name; elements that do not nest counted too
    std::vector<Pending> m_pending;
    int m_openFormatting = 0;
    int m_attributes = 0;
    bool m_seenHtml = false;
    bool m_seenBody = false;
};

void Scanner::skip(qsizetype from, qsizetype to)
{
    m_out.append(QStringView(m_html).mid(m_copied, from - m_copied));
    m_copied = to;
}

bool Scanner::overBudget(qsizetype upTo, qsizetype tagStart)
{
    const qsizetype room = m_limits.characters - m_out.size();
    if (upTo - m_copied <= room)
        return false;
    qsizetype cut = std::min(m_copied + std::max<qsizetype>(room, 0), tagStart);
    if (cut > m_copied && m_html.at(cut).isLowSurrogate())
        --cut;
    counts.charactersOverBudget = m_html.size() - cut;
    skip(cut, m_html.size());
    return true;
}

void Scanner::keepAttributes(const Tag &tag)
{
    const int room = std::max(0, m_limits.attributes - m_attributes);
    const int keep = std::min({ tag.attributes, m_limits.attributesPerElement, room });
    m_attributes += keep;
    if (keep < tag.attributes) {
        counts.attributesOverBudget += tag.attributes - keep;
        const qsizetype keptEnd = keep > 0 ? tag.attributeEnds[size_t(keep - 1)] : tag.nameEnd;
        skip(keptEnd, tag.closed ? tag.end - 1 : tag.end); // keeps the '>'
    }
}

void Scanner::popTo(qsizetype index)
{
    while (qsizetype(m_open.size()) > index) {
        const Open top = m_open.back();
        m_open.pop_back();
        --m_openCount[top.key];
        if (top.formatting) {
            --m_openFormatting;
            addPending(top.key, top.attributesKey);
        }
    }
}

// Gumbo keeps at most three identical entries ("Noah's ark") and one <a>.
void Scanner::addPending(quint64 key, quint64 attributesKey)
{
    int identical = 0;
    for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
        if (it->key == key && it->attributesKey == attributesKey && ++identical >= 3) {
            m_pending.erase(std::next(it).base());
            break;
        }
    }
    m_pending.push_back({ key, attributesKey });
}

// Text in a block re-opens every pending formatting element: gumbo adds that many elements.
void Scanner::countReconstruction(qsizetype textStart, qsizetype textEnd)
{
    if (m_pending.empty())
        return;
    for (qsizetype k = textStart; k < textEnd; ++k) {
        if (!isSpace(m_html.at(k))) {
            counts.elements += int(m_pending.size());
            return;
        }
    }
}

void Scanner::startTag(const Tag &tag, const LowerName &lower, quint64 key)
{
    const bool html = lower.is("html"_L1);
    if (html || lower.is("body"_L1)) { // a second one only adds attributes to the first
        bool &seen = html ? m_seenHtml : m_seenBody;
        if (seen) {
            skip(tag.start, tag.end);
            return;
        }
        seen = true;
    }
    if (counts.elements >= m_limits.elements) {
        ++counts.elementsOverBudget;
        skip(tag.start, tag.end);
        return;
    }
    if (isFlat(lower)) { // not on the stack, but counted so that as many end tags pass
        ++counts.elements;
        ++m_openCount[key];
        keepAttributes(tag);
        return;
    }
    const bool formatting = isFormatting(lower);
    if (qsizetype(m_open.size()) >= m_limits.depth) {
        ++counts.deepTags;
        skip(tag.start, tag.end);
        return;
    }
    if (formatting && lower.is("a"_L1)) // a new <a> closes the pending one
        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                       [key](const Pending &p) { return p.key == key; }),
                        m_pending.end());
    if (formatting && m_openFormatting + int(m_pending.size()) >= m_limits.formatting) {
        ++counts.formattingOverBudget;
        skip(tag.start, tag.end);
        return;
    }
    ++counts.elements;
    keepAttributes(tag);
    const quint64 attributesKey
        = formatting ? nameKey(QStringView(m_html).mid(tag.nameEnd, tag.end - tag.nameEnd)) : 0;
    m_open.push_back({ key, formatting, isScopeBoundary(lower), attributesKey });
    ++m_openCount[key];
    if (formatting)
        ++m_openFormatting;
}

void Scanner::endTag(const Tag &tag, const LowerName &lower, quint64 key)
{
    const int open = m_openCount.value(key);
    if (isFlat(lower)) {
        if (open > 0) {
            --m_openCount[key];
            return;
        }
        // Closing nothing, </p> and </br> add an element; other ones are ignored by gumbo
        // (after a scan of the open elements).
        if ((lower.is("p"_L1) || lower.is("br"_L1)) && counts.elements < m_limits.elements) {
            ++counts.elements;
            return;
        }
    } else if (open > 0) {
        qsizetype index = qsizetype(m_open.size()) - 1;
        bool blocked = false; // by a table or the like: gumbo ignores the end tag
        while (m_open[size_t(index)].key != key) {
            blocked = blocked || m_open[size_t(index)].boundary;
            --index;
        }
        if (!blocked && m_open[size_t(index)].formatting) { // only it closes (adoption agency)
            m_open.erase(m_open.begin() + index);
            --m_openCount[key];
            --m_openFormatting;
            return;
        }
        if (!blocked) {
            popTo(index);
            return;
        }
    } else if (isFormatting(lower)) {
        for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
            if (it->key == key) {
                m_pending.erase(std::next(it).base());
                return;
            }
        }
    }
    ++counts.unmatchedEndTags;
    skip(tag.start, tag.end);
}

qsizetype Scanner::rawText(const Tag &tag, const LowerName &lower)
{
    const QStringView name = QStringView(m_html).mid(tag.nameStart, tag.nameEnd - tag.nameStart);
    const qsizetype textEnd = rawTextEnd(m_html, tag.end, name);
    const qsizetype close = m_html.indexOf(u'>', textEnd);
    const qsizetype end = close < 0 ? m_html.size() : close + 1; // past its end tag
    if (counts.elements >= m_limits.elements) {
        ++counts.elementsOverBudget;
        skip(tag.start, end);
        return end;
    }
    ++counts.elements;
    keepAttributes(tag);
    if (lower.is("script"_L1) || lower.is("style"_L1)) {
        const QStringView attributes = QStringView(m_html).mid(tag.nameEnd, tag.end - tag.nameEnd);
        if (!attributes.contains(u"ld+json", Qt::CaseInsensitive))
            skip(tag.end, textEnd); // the element stays, empty
    }
    return end;
}

QString Scanner::run()
{
    const qsizetype n = m_html.size();
    m_out.reserve(n / 2);
    qsizetype textStart = 0; // where the text since the last tag starts
    qsizetype i = 0;
    while (i < n) {
        i = m_html.indexOf(u'<', i);
        if (i < 0)
            break;
        const qsizetype tagStart = i;
        if (QStringView(m_html).mid(i, 4) == u"<!--") {
            const qsizetype end = m_html.indexOf("-->"_L1, i + 4);
            i = end < 0 ? n : end + 3;
            skip(tagStart, i); // comments never reach the tree
            continue;
        }
        if (const qsizetype end = bogusCommentEnd(m_html, i); end > 0) {
            skip(tagStart, end); // gumbo would make a comment node of each
            i = end;
            continue;
        }
        Tag &tag = m_tag; // reused: its list of attribute ends keeps its room
        tag.start = i;
        tag.attributes = 0;
        tag.closing = i + 1 < n && m_html.at(i + 1) == u'/';
        tag.nameStart = i + (tag.closing ? 2 : 1);
        if (tag.nameStart >= n || !isAsciiLetter(m_html.at(tag.nameStart))) {
            i = tag.nameStart;
            continue;
        }
        qsizetype j = tag.nameStart;
        while (j < n && !isSpace(m_html.at(j)) && m_html.at(j) != u'/' && m_html.at(j) != u'>')
            ++j;
        tag.nameEnd = j;
        readAttributes(m_html, tag, m_limits.attributesPerElement);
        if (overBudget(tag.end, tag.start))
            return m_out;
        i = tag.end;
        countReconstruction(textStart, tag.start);
        textStart = i;
        const QStringView name
            = QStringView(m_html).mid(tag.nameStart, tag.nameEnd - tag.nameStart);
        const LowerName lower(name);
        if (!tag.closing && lower.is("svg"_L1)) {
            // Inline SVG (icons, charts) is dropped later anyway: leave it out, nested ones too.
            const qsizetype end = svgEnd(m_html, i);
            skip(tagStart, end);
            i = textStart = end;
        } else if (!tag.closing && isRawText(lower)) {
            i = textStart = rawText(tag, lower);
        } else if (tag.closing) {
            endTag(tag, lower, nameKey(name));
        } else {
            startTag(tag, lower, nameKey(name));
        }
    }
    if (overBudget(n, n))
        return m_out;
    if (m_copied == 0)
        return m_html;
    m_out.append(QStringView(m_html).mid(m_copied));
    return m_out;
}

} // namespace

QString HtmlPrefilter::filter(const QString &html, const Limits &limits, Counts *counts)
{
    Scanner scanner(html, limits);
    QString out = scanner.run();
    if (counts)
        *counts = scanner.counts;
    return out;
}
