// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A light tag scanner (comments, quoted attributes and raw-text elements aware) run on a page
// before libgumbo, for two reasons:
// - script and style bodies are half the bytes of today's pages and never article text: their
//   content is dropped (JSON-LD scripts are kept for the metadata), which halves parse time;
//   comments and inline <svg> (icons; removed later anyway) are left out too;
// - gumbo's time and memory grow faster than the page on hostile markup, so the scanner keeps
//   budgets, like browsers, which cap what their parser builds:
//   - start and end tags nested deeper than `depth` are dropped (their content stays): gumbo
//     scans the stack of open elements for each block start tag;
//   - an end tag that closes no open element is dropped (gumbo ignores it, but only after a
//     scan of the open elements; 100,000 of them under 100,000 open <div> took minutes);
//   - past `elements` elements, further tags are dropped (their text stays);
//   - attributes past `attributesPerElement` on one tag, or past `attributes` on the page, are
//     dropped (gumbo checks each new attribute against the tag's others);
//   - past `characters` characters handed to gumbo (whose tokenizer takes about 0.1 us a
//     character), the rest of the page is left out;
//   - a second <html> or <body> start tag is dropped (gumbo merges its attributes);
//   - unclosed formatting elements (b, i, a, font ...) past `formatting` are dropped: gumbo
//     clones each of them into every new paragraph.
class HtmlPrefilter {
public:
    static constexpr int maxDepth = 1000;

    struct Limits {
        int depth = maxDepth;
        int elements = 250000;
        int attributesPerElement = 64;
        int attributes = 500000;
        int formatting = 64;
        qsizetype characters = 16000000;
    };
    // What was dropped. Only the budgets lose something a reader could see: end tags that close
    // nothing and repeated <html>/<body> tags change nothing in the parsed tree.
    struct Counts {
        int elements = 0; // start tags kept (and the elements gumbo will add for them)
        int unmatchedEndTags = 0;
        int deepTags = 0; // dropped past the depth limit
        int elementsOverBudget = 0; // start tags dropped past the element budget
        int attributesOverBudget = 0;
        int formattingOverBudget = 0;
        qsizetype charactersOverBudget = 0; // left out at the end
        bool trimmed() const
        {
            return elementsOverBudget > 0 || attributesOverBudget > 0 || formattingOverBudget > 0
                || charactersOverBudget > 0;
        }
    };

    static QString filter(const QString &html, const Limits &limits, Counts *counts = nullptr);
    static QString filter(const QString &html) { return filter(html, Limits()); }
};
