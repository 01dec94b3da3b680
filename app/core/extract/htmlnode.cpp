// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlnode.h"

QString HtmlNode::attribute(QStringView attributeName) const
{
    for (const Attribute &a : attributes) {
        if (a.name == attributeName)
            return a.value;
    }
    return {};
}

bool HtmlNode::hasAttribute(QStringView attributeName) const
{
    for (const Attribute &a : attributes) {
        if (a.name == attributeName)
            return true;
    }
    return false;
}

void HtmlNode::setAttribute(const QString &attributeName, const QString &value)
{
    for (Attribute &a : attributes) {
        if (a.name == attributeName) {
            a.value = value;
            return;
        }
    }
    attributes.append({ attributeName, value });
}

void HtmlNode::removeAttribute(QStringView attributeName)
{
    attributes.removeIf([&](const Attribute &a) { return a.name == attributeName; });
}

HtmlNode *HtmlNode::following(const HtmlNode *root, bool skipChildren) const
{
    if (!skipChildren && firstChild)
        return firstChild;
    const HtmlNode *n = this;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return nullptr;
}

bool HtmlNode::isInside(const HtmlNode *ancestor) const
{
    for (const HtmlNode *n = parent; n; n = n->parent) {
        if (n == ancestor)
            return true;
    }
    return false;
}
