// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QStringList>

#include <random>
#include <vector>

// Synthetic articles of realistic size: 500 to 3,000 words of pseudo-English drawn from a
// Zipf-distributed vocabulary (a few hundred real words at the head, made-up words in the tail),
// a few hundred sources, two years of dates, sections and authors. Deterministic for a seed.
class ArticleGenerator {
public:
    explicit ArticleGenerator(quint64 seed = 20260101);

    // The next article; `index` makes its url unique, sourceIds are picked from.
    Article next(int index, const QList<qint64> &sourceIds);
    QString word(int rank) const { return m_words.at(rank); }
    int vocabularySize() const { return int(m_words.size()); }
    QString randomWord(); // Zipf-distributed
    QString author(int i) const { return m_authors.at(i % m_authors.size()); }
    static QDateTime end(); // the newest date: 2026-01-01
    std::mt19937_64 &rng() { return m_rng; }

private:
    QString sentence(int words);
    QString titleCase(int words);
    std::mt19937_64 m_rng;
    QStringList m_words;
    std::vector<double> m_cumulative;
    QStringList m_authors;
    QStringList m_sections;
};
