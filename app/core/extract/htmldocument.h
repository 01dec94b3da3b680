// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmlnode.h"
#include "htmlprefilter.h"

#include <QString>

#include <deque>
#include <memory>

// A parsed HTML5 document (libgumbo), copied into a small mutable tree of HtmlNode. Parsing,
// walking, editing and freeing are all iterative; the input goes through HtmlPrefilter first
// (script bodies other than JSON-LD dropped, nesting and element counts capped). Gumbo's memory
// comes from an arena capped at maxParseBytes: a page that needs more is not parsed (isEmpty(),
// outOfMemory()); trees past maxNodes are cut (truncated()).
class HtmlDocument {
public:
    static constexpr size_t maxParseBytes = size_t(512) << 20;
    static constexpr int maxNodes = 1500000;

    explicit HtmlDocument(const QString &html,
                          const HtmlPrefilter::Limits &limits = HtmlPrefilter::Limits(),
                          size_t parseBytes = maxParseBytes);
    HtmlDocument(const HtmlDocument &) = delete;
    std::unique_ptr<HtmlDocument> clone() const; // a deep copy (text and attributes shared)
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    HtmlNode *root() const { return m_root; } // the <html> element
    HtmlNode *head() const { return m_head; }
    HtmlNode *body() const { return m_body; }
    bool isEmpty() const { return m_root == nullptr; }
    const HtmlPrefilter::Counts &prefilterCounts() const { return m_counts; }
    bool outOfMemory() const { return m_outOfMemory; }
    bool truncated() const { return m_truncated; }

    HtmlNode *createElement(GumboTag tag);
    HtmlNode *createText(const QString &text);

    static void appendChild(HtmlNode *parent, HtmlNode *child);
    static void insertBefore(HtmlNode *reference, HtmlNode *node);
    static void remove(HtmlNode *node); // detaches node (and its subtree)
    static void unwrap(HtmlNode *node); // replaces node by its children
    static void replace(HtmlNode *oldNode, HtmlNode *newNode);
    static void rename(HtmlNode *element, GumboTag tag);

    // All text below node, concatenated as is.
    static QString textContent(const HtmlNode *node);
    // Text below node with runs of white space collapsed to one space, trimmed.
    static QString normalizedText(const HtmlNode *node);
    static QList<HtmlNode *> elements(HtmlNode *root, GumboTag tag);
    static QList<HtmlNode *> elements(HtmlNode *root, const QString &name); // by tag name

private:
    HtmlDocument() = default;
    void build(const void *gumboRoot);
    HtmlNode *newNode();

    std::deque<HtmlNode> m_nodes;
    HtmlNode *m_root = nullptr;
    HtmlNode *m_head = nullptr;
    HtmlNode *m_body = nullptr;
    HtmlPrefilter::Counts m_counts;
    bool m_outOfMemory = false;
    bool m_truncated = false;
};
