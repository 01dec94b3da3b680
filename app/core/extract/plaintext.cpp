// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include "htmlnode.h"

#include <QStringList>

namespace {

enum class Break { None, Cell, Line };

Break breakFor(const HtmlNode *n)
{
    switch (n->tag) {
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return Break::Cell;
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
        return Break::Line;
    default:
        return Break::None;
    }
}

bool isSkipped(const HtmlNode *n)
{
    return n->is(GUMBO_TAG_SCRIPT) || n->is(GUMBO_TAG_STYLE) || n->is(GUMBO_TAG_TEMPLATE)
        || n->is(GUMBO_TAG_HEAD) || n->is(GUMBO_TAG_NOSCRIPT);
}

void addBreak(QString &out, Break b)
{
    if (b == Break::Line)
        out += u'\n';
    else if (b == Break::Cell)
        out += u' ';
}

} // namespace

QString PlainText::fromHtml(const HtmlNode *root)
{
    QString out;
    int preDepth = 0;
    const HtmlNode *n = root;
    while (n) {
        bool descend = false;
        if (n->isText()) {
            if (preDepth > 0) {
                out += n->text;
            } else {
                const qsizetype start = out.size();
                out += n->text;
                QChar *added = out.data() + start;
                for (qsizetype k = 0, size = n->text.size(); k < size; ++k) {
                    if (added[k].isSpace() && added[k].unicode() != 0xa0)
                        added[k] = u' ';
                }
            }
        } else if (!isSkipped(n)) {
            addBreak(out, breakFor(n));
            if (n->is(GUMBO_TAG_PRE))
                ++preDepth;
            descend = n->firstChild != nullptr;
            if (!descend) {
                if (n->is(GUMBO_TAG_PRE))
                    --preDepth;
            }
        }
        if (descend) {
            n = n->firstChild;
            continue;
        }
        // Leave finished elements, closing their blocks.
        while (n && n != root && !n->next) {
            n = n->parent;
            if (n->isElement()) {
                addBreak(out, breakFor(n));
                if (n->is(GUMBO_TAG_PRE))
                    --preDepth;
            }
        }
        if (!n || n == root)
            break;
        n = n->next;
    }
    QStringList lines;
    for (QStringView line : QStringView(out).split(u'\n')) {
        const QString simplified = line.toString().simplified();
        if (!simplified.isEmpty())
            lines.append(simplified);
    }
    return lines.join(u'\n');
}

int PlainText::countWords(QStringView text)
{
    int words = 0;
    int cjk = 0;
    bool counted = false; // the current token already counted (it holds a letter or digit)
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool ideographic = (u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff)
            || (u >= 0x3400 && u <= 0x4dbf);
        if (ideographic) {
            ++cjk;
            counted = false;
        } else if (c.isSpace()) {
            counted = false;
        } else if (!counted && c.isLetterOrNumber()) {
            counted = true;
            ++words;
        }
    }
    return words + (cjk + 1) / 2;
}
