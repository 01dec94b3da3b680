// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nestingguard.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Elements that do not nest in practice: void ones and those whose end tag is implied.
bool countsForDepth(const QString &name)
{
    static const QStringList flat = {
        u"area"_s,  u"base"_s,     u"br"_s,      u"col"_s,    u"embed"_s,    u"hr"_s,   u"img"_s,
        u"input"_s, u"link"_s,     u"meta"_s,    u"source"_s, u"track"_s,    u"wbr"_s,  u"param"_s,
        u"p"_s,     u"li"_s,       u"dt"_s,      u"dd"_s,     u"tr"_s,       u"td"_s,   u"th"_s,
        u"thead"_s, u"tbody"_s,    u"tfoot"_s,   u"option"_s, u"optgroup"_s, u"rb"_s,   u"rt"_s,
        u"rp"_s,    u"colgroup"_s, u"caption"_s, u"html"_s,   u"head"_s,     u"body"_s,
    };
    return !flat.contains(name);
}

bool isRawText(const QString &name)
{
    return name == "script"_L1 || name == "style"_L1 || name == "textarea"_L1 || name == "title"_L1
        || name == "xmp"_L1 || name == "iframe"_L1 || name == "noembed"_L1 || name == "noframes"_L1;
}

} // namespace

QString NestingGuard::limitDepth(const QString &html, int limit)
{
    if (scan(html, limit, nullptr) <= limit)
        return html;
    QString rebuilt;
    rebuilt.reserve(html.size());
    scan(html, limit, &rebuilt);
    return rebuilt;
}

// Returns the deepest nesting seen. With `rebuilt`, copies the input there without the tags
// nested deeper than `limit`.
int NestingGuard::scan(const QString &html, int limit, QString *rebuilt)
{
    const qsizetype n = html.size();
    int depth = 0;
    int deepest = 0;
    qsizetype copied = 0; // html[copied, i) still to be copied to rebuilt
    qsizetype i = 0;
    while (i < n) {
        i = html.indexOf(u'<', i);
        if (i < 0)
            break;
        const qsizetype tagStart = i;
        if (QStringView(html).mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf("-->"_L1, i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = i + 1 < n && html.at(i + 1) == u'/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(html.at(nameStart))) {
            i = nameStart;
            continue;
        }
        qsizetype j = nameStart;
        while (j < n && (html.at(j).isLetterOrNumber() || html.at(j) == u'-'))
            ++j;
        const QString name = html.mid(nameStart, j - nameStart).toLower();
        // Find the end of the tag, skipping quoted attribute values.
        QChar quote;
        while (j < n) {
            const QChar c = html.at(j);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            ++j;
        }
        i = j < n ? j + 1 : n;
        if (!closing && isRawText(name)) {
            const qsizetype end = html.indexOf(u"</"_s + name, i, Qt::CaseInsensitive);
            i = end < 0 ? n : end;
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
            deepest = qMax(deepest, depth);
            drop = depth > limit;
        }
        if (drop && rebuilt) {
            rebuilt->append(QStringView(html).mid(copied, tagStart - copied));
            copied = i;
        }
    }
    if (rebuilt)
        rebuilt->append(QStringView(html).mid(copied));
    return deepest;
}
