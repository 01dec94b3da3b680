// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storycluster.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// "Top stories" for a library: the unread articles of the last 48 hours (StoryCandidateStore),
// the reader's interest from the reads of the last 30 days (ReadStore), grouped and ranked by
// StoryClusterer. Two queries and the clustering; safe on a worker thread with its own
// connection.
class StoryRanking {
public:
    static constexpr int interestDays = 30;

    static Result<QList<StoryCluster>>
    compute(Database &db, int limit = 10, const QDateTime &now = QDateTime::currentDateTimeUtc());
};
