// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storycluster.h"

#include <QList>

// Groups articles about the same story (Google News style) and ranks the stories: first by how
// many distinct sources carry them, then by the reader's interest in their sources and
// sections, then by recency. Articles are compared by the TF-IDF cosine of their title words
// (and, weighted less, their lead's); only pairs sharing one of each article's rarest words are
// compared, so the work grows about linearly with the number of articles.
class StoryClusterer {
public:
    static constexpr double defaultThreshold = 0.36;

    void setThreshold(double threshold) { m_threshold = threshold; }
    double threshold() const { return m_threshold; }

    // The groups, as indexes into `candidates`, each group in ascending order, groups in order
    // of their first member.
    QList<QList<int>> group(const QList<StoryCandidate> &candidates) const;
    // The ranked stories, at most `limit` of them (0: all).
    QList<StoryCluster> rank(const QList<StoryCandidate> &candidates, const ReadInterest &interest,
                             int limit = 10) const;

private:
    double m_threshold = defaultThreshold;
};
