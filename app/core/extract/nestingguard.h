// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// libgumbo takes time quadratic in the nesting depth (each block start tag scans the stack of
// open elements), so 100,000 nested <div>s would take a minute. Like browsers, which cap the
// DOM depth their parser builds, we drop the start and end tags nested deeper than a limit
// (their content stays). A light tag scanner (comments, quotes and raw-text elements aware)
// measures the depth; ordinary pages come back unchanged, without a copy.
class NestingGuard {
public:
    static constexpr int maxDepth = 1000;
    static QString limitDepth(const QString &html, int limit = maxDepth);

private:
    static int scan(const QString &html, int limit, QString *rebuilt);
};
