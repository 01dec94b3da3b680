// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlserializer.h"

#include "htmlnode.h"

namespace {

bool isVoid(const HtmlNode *n)
{
    switch (n->tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_PARAM:
        return true;
    default:
        return false;
    }
}

void openTag(QString &out, const HtmlNode *n)
{
    if (n->isText()) {
        HtmlSerializer::appendEscapedText(out, n->text);
        return;
    }
    out += u'<';
    out += n->name;
    for (const HtmlNode::Attribute &a : n->attributes) {
        out += u' ';
        out += a.name;
        out += QLatin1String("=\"");
        HtmlSerializer::appendEscapedAttribute(out, a.value);
        out += u'"';
    }
    out += u'>';
}

void closeTag(QString &out, const HtmlNode *n)
{
    if (n->isText() || isVoid(n))
        return;
    out += QLatin1String("</");
    out += n->name;
    out += u'>';
}

} // namespace

QString HtmlSerializer::serialize(const HtmlNode *node)
{
    QString out;
    serializeTree(out, node);
    return out;
}

QString HtmlSerializer::serializeChildren(const HtmlNode *node)
{
    QString out;
    for (const HtmlNode *c = node->firstChild; c; c = c->next)
        serializeTree(out, c);
    return out;
}

void HtmlSerializer::serializeTree(QString &out, const HtmlNode *top)
{
    const HtmlNode *n = top;
    while (true) {
        openTag(out, n);
        if (n->isElement() && !isVoid(n) && n->firstChild) {
            n = n->firstChild;
            continue;
        }
        closeTag(out, n);
        while (n != top && !n->next) {
            n = n->parent;
            closeTag(out, n);
        }
        if (n == top)
            break;
        n = n->next;
    }
}

namespace {

QLatin1String textEntity(char16_t c)
{
    switch (c) {
    case '&':
        return QLatin1String("&amp;");
    case '<':
        return QLatin1String("&lt;");
    case '>':
        return QLatin1String("&gt;");
    case 0xa0:
        return QLatin1String("&nbsp;");
    default:
        return {};
    }
}

QLatin1String attributeEntity(char16_t c)
{
    switch (c) {
    case '&':
        return QLatin1String("&amp;");
    case '"':
        return QLatin1String("&quot;");
    case '<':
        return QLatin1String("&lt;");
    case '>':
        return QLatin1String("&gt;");
    default:
        return {};
    }
}

// Runs without a character to escape are appended whole.
template<typename EntityFor> void appendEscaped(QString &out, QStringView text, EntityFor entityFor)
{
    qsizetype run = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const QLatin1String entity = entityFor(text[k].unicode());
        if (entity.isNull())
            continue;
        out.append(text.mid(run, k - run));
        out.append(entity);
        run = k + 1;
    }
    out.append(text.mid(run));
}

} // namespace

void HtmlSerializer::appendEscapedText(QString &out, QStringView text)
{
    appendEscaped(out, text, textEntity);
}

void HtmlSerializer::appendEscapedAttribute(QString &out, QStringView value)
{
    appendEscaped(out, value, attributeEntity);
}
