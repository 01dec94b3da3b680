// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storycandidate.h"

#include <QList>
#include <QStringList>

// One story of "Top stories": the copies of it in the recent unread articles.
struct StoryCluster {
    StoryCandidate best; // the copy to open: most words kept by the extractor, tie -> earliest
    int sourceCount = 1; // distinct sources carrying it
    QStringList sourceTitles; // their names, the best copy's first; unnamed ones left out
    QList<qint64> otherIds; // the other copies, best first
    double interest = 0; // the reader's interest in its sources and sections (0..2)
    qint64 newest = 0; // the latest copy's sort time, ms since the epoch
};
