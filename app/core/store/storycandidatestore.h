// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storycandidate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// What "Top stories" ranks: the unread articles of the last hours, and whether the library
// follows any feed at all (Top stories is the default ranking once it does).
class StoryCandidateStore {
    Q_DECLARE_TR_FUNCTIONS(StoryCandidateStore)

public:
    static constexpr int defaultWindowHours = 48;
    explicit StoryCandidateStore(Database &db);

    // Unread articles whose sort time (published, else created) is within `hours` before
    // `now` (and at most an hour after it), newest first. One query.
    Result<QList<StoryCandidate>> candidates(const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                             int hours = defaultWindowHours) const;
    // Whether any source is a feed.
    Result<bool> hasFeeds() const;

private:
    Database &m_db;
};
