// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <gumbo.h>

// One node of an HtmlDocument: an element or a text run. Nodes are owned by their document
// (an arena), linked by parent/sibling pointers so that every walk can be iterative and a
// removal costs O(1), whatever the depth or width of the tree.
struct HtmlNode {
    struct Attribute {
        QString name;
        QString value;
    };
    enum class Kind { Element, Text };

    Kind kind = Kind::Element;
    GumboTag tag = GUMBO_TAG_UNKNOWN; // elements; GUMBO_TAG_UNKNOWN for custom elements
    QString name; // lowercase tag name (elements)
    QList<Attribute> attributes; // elements
    QString text; // text nodes

    HtmlNode *parent = nullptr;
    HtmlNode *firstChild = nullptr;
    HtmlNode *lastChild = nullptr;
    HtmlNode *prev = nullptr;
    HtmlNode *next = nullptr;

    // Scratch space for the content finder (see ContentFinder::measure()).
    double score = 0;
    bool scored = false;
    bool hasBlock = false; // a block element (p, div, table, list ...) somewhere below
    int textLength = 0; // characters, white-space runs counted once
    int linkLength = 0; // of which inside links
    int commas = 0;
    bool textMeasured = false; // text nodes: textLength and commas are known (text never changes)

    bool isElement() const { return kind == Kind::Element; }
    bool isText() const { return kind == Kind::Text; }
    bool is(GumboTag t) const { return kind == Kind::Element && tag == t; }

    QString attribute(QStringView attributeName) const;
    bool hasAttribute(QStringView attributeName) const;
    void setAttribute(const QString &attributeName, const QString &value);
    void removeAttribute(QStringView attributeName);

    // The next node in document order below `root` (pre-order), or nullptr. With
    // skipChildren the walk does not descend into this node.
    HtmlNode *following(const HtmlNode *root, bool skipChildren = false) const;
    bool isInside(const HtmlNode *ancestor) const;
};
