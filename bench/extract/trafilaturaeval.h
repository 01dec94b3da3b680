// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The trafilatura evaluation set (../shared/corpus/trafilatura-eval): 990 saved pages with
// human-written snippets the text must contain ("with") and must not contain ("without"), and
// the title, author and date of most pages. Scored exactly as the corpus's score.py scores the
// lines of `byline extract --json` (a page that is refused, or "doesn't look like an article",
// is an empty answer), then speed on one thread (decoding and extraction, as PageReader does).
class TrafilaturaEval {
public:
    struct Options {
        QString corpus;
        int passes = 5;
        int worst = 10; // pages with the most snippet errors to list
        QString dump; // page name: print its text
        QString jsonl; // also write the JSON lines score.py reads to this file
    };
    // Prints the figures; returns false (after saying so) when the corpus is absent.
    static bool run(const Options &options);
};
