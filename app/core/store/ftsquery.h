// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Turns what a person typed into a safe FTS5 MATCH expression. Words are runs of letters and
// numbers (what the unicode61 tokenizer indexes); each whitespace-separated chunk, or text in
// double quotes, becomes one quoted phrase ("e-mail" -> "e mail"); phrases are ANDed; the last
// phrase (when its last word has at least minimumPrefix characters) and any phrase with Hangul
// match as a prefix (Korean particles attach to the word). No FTS5 syntax survives, so any text
// is safe; text without a word gives an empty expression. Only the first maximumTerms words
// are kept (a pasted page of 20,000 words took FTS5 over four minutes).
class FtsQuery {
public:
    static constexpr int minimumPrefix = 3; // "cl" would expand to half the vocabulary
    static constexpr int maximumTerms = 64;

    struct Parsed {
        QString match; // the MATCH expression
        int terms = 0; // words in it
        bool truncated = false; // words past maximumTerms were left out
    };
    static Parsed parse(const QString &userText);
    static QString fromUserText(const QString &userText) { return parse(userText).match; }
    // "Only the first 64 words were searched for." (translated)
    static QString truncatedNote();
};
