// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "result.h"
#include "storycandidate.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// Reads for the Top 10 Stories.
class ReadStore {
    Q_DECLARE_TR_FUNCTIONS(ReadStore)

public:
    static constexpr int minimumSeconds = 5;
    explicit ReadStore(Database &db);

    // Records a read of at least minimumSeconds, at most one per article per hour.
    // Returns whether a read was recorded.
    Result<bool> recordRead(qint64 articleId, int seconds,
                            const QDateTime &when = QDateTime::currentDateTimeUtc());

    // The `limit` articles with most reads in the window, ties by most recent read; when fewer
    // were read, the rest are the newest unread articles. One query.
    Result<QList<TopStory>> topStories(int limit = 10, int windowDays = 7,
                                       const QDateTime &now
                                       = QDateTime::currentDateTimeUtc()) const;

    // Each source's and each section's share of the reads of the last `days` days, for the
    // interest part of Top stories. One query.
    Result<ReadInterest> interest(int days = 30, const QDateTime &now
                                                 = QDateTime::currentDateTimeUtc()) const;

    // Every recorded read, by article id, then oldest first (for the export).
    Result<QList<ReadRecord>> allReads() const;

private:
    Database &m_db;
};
