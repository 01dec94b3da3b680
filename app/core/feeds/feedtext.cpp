// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtext.h"

#include "htmlentities.h"

using namespace Qt::StringLiterals;

namespace {

bool startsTag(QStringView html, qsizetype i)
{
    if (i + 1 >= html.size())
        return false;
    const QChar next = html.at(i + 1);
    return (next.isLetter() && next.unicode() < 128) || next == u'!' || next == u'?'
        || (next == u'/' && i + 2 < html.size() && html.at(i + 2).isLetter());
}

bool hasTag(QStringView html)
{
    for (qsizetype i = html.indexOf(u'<'); i >= 0; i = html.indexOf(u'<', i + 1)) {
        if (startsTag(html, i) && html.indexOf(u'>', i) > 0)
            return true;
    }
    return false;
}

// "p class=x", "/li", "br/" -> whether that tag separates words.
bool isBlock(QStringView tag)
{
    if (tag.startsWith(u'/'))
        tag = tag.mid(1);
    qsizetype end = 0;
    while (end < tag.size() && tag.at(end).isLetterOrNumber())
        ++end;
    static constexpr QLatin1StringView blocks[]
        = { "p"_L1,  "br"_L1, "div"_L1, "li"_L1, "h1"_L1, "h2"_L1,         "h3"_L1, "h4"_L1,
            "h5"_L1, "h6"_L1, "tr"_L1,  "td"_L1, "th"_L1, "blockquote"_L1, "hr"_L1 };
    const QStringView name = tag.left(end);
    for (const QLatin1StringView block : blocks) {
        if (name.compare(block, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString FeedText::stripTags(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'<' && startsTag(html, i)) {
            const bool comment = html.mid(i, 4) == u"<!--"_s;
            const qsizetype end = comment ? html.indexOf(u"-->"_s, i + 4) : html.indexOf(u'>', i);
            if (end >= 0) {
                // Block-level boundaries keep words apart: "<p>a</p><p>b</p>" -> "a b".
                if (!comment && isBlock(html.mid(i + 1, end - i - 1)))
                    out += u' ';
                i = end + (comment ? 3 : 1);
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QString FeedText::plainFromHtml(QStringView html)
{
    QString text = HtmlEntities::decode(hasTag(html) ? QStringView(stripTags(html)) : html);
    if (hasTag(text))
        text = stripTags(text);
    return text.simplified();
}

QString FeedText::htmlFromText(QStringView text)
{
    const QString normalized = text.trimmed().toString().replace(u"\r\n"_s, u"\n"_s);
    if (normalized.isEmpty())
        return {};
    QString out;
    for (const QStringView paragraph : QStringView(normalized).tokenize(u"\n\n"_s)) {
        const QStringView trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        out += u"<p>"_s + trimmed.toString().toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
    }
    return out;
}
