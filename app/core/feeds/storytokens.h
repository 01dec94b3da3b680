// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The words story clustering compares: case-folded, stop words (English and Korean) left out,
// English words lightly stemmed ("floods", "flooded" -> "flood"). Hangul runs become character
// bigrams after a trailing particle is cut ("서울시가" -> "서울", "울시"), because Korean writes
// particles onto the word; Chinese and Japanese runs become bigrams too.
class StoryTokens {
public:
    static QStringList of(const QString &text);
    static QString stem(const QString &word); // the English suffix rules, for tests

private:
    static QString inflectionless(const QString &word); // plural, -ing, -ed
};
