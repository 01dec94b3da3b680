// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/article.h"

#include <QAbstractListModel>

class Database;

// The Top 10 Stories: most read in the window, filled up with the newest unread. Also where
// the window records a read (an article kept open for ReadStore::minimumSeconds).
class TopStoriesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, RankRole, SectionRole, ReadsRole };
    static constexpr int size = 10;
    static const int minimumReadSeconds; // ReadStore::minimumSeconds

    explicit TopStoriesModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int windowDays() const { return m_windowDays; }
    Status setWindowDays(int days); // 1, 7 or 30; refreshes
    Status refresh();
    // Records the read and refreshes when one was recorded (at most one an hour an article).
    Result<bool> recordRead(qint64 articleId, int seconds);

private:
    Database &m_db;
    QList<TopStory> m_stories;
    int m_windowDays = 7;
};
