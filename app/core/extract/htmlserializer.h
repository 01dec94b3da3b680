// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct HtmlNode;

// Writes an HtmlNode tree back to HTML, escaping text and attribute values. Iterative.
class HtmlSerializer {
public:
    static QString serialize(const HtmlNode *node); // the node itself and its subtree
    static QString serializeChildren(const HtmlNode *node);
    static void appendEscapedText(QString &out, QStringView text);
    static void appendEscapedAttribute(QString &out, QStringView value);

private:
    static void serializeTree(QString &out, const HtmlNode *top);
};
