// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A light tag scanner (comments, quoted attributes and raw-text elements aware) run on a page
// before libgumbo, for two reasons:
// - script and style bodies are half the bytes of today's pages and never article text: their
//   content is dropped (JSON-LD scripts are kept for the metadata), which halves parse time;
//   comments and inline <svg> (icons; removed later anyway) are left out too;
// - gumbo takes time quadratic in the nesting depth (each block start tag scans the stack of
//   open elements): like browsers, which cap the depth their parser builds, start and end tags
//   nested deeper than a limit are dropped (their content stays).
class HtmlPrefilter {
public:
    static constexpr int maxDepth = 1000;
    static QString filter(const QString &html, int limit = maxDepth);
};
