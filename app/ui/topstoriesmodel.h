// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/storycluster.h"
#include "result.h"
#include "settings.h"
#include "store/article.h"

#include <QAbstractListModel>

class Database;
class TopStoriesJob;

// The Top 10 Stories, in one of two rankings: "Top stories" (the unread stories of the last
// 48 hours by how many sources carry them, computed by a TopStoriesJob off the UI thread) or
// "Most read" (most read in the window, filled up with the newest unread). Automatic shows Top
// stories once the library follows a feed and has recent unread stories. Also where the
// window records a read (an article kept open for ReadStore::minimumSeconds).
class TopStoriesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, RankRole, SectionRole, ReadsRole, SourcesRole };
    enum class Mode { MostRead, TopStories };
    static constexpr int size = 10;
    static const int minimumReadSeconds; // ReadStore::minimumSeconds

    explicit TopStoriesModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int windowDays() const { return m_windowDays; }
    Status setWindowDays(int days); // 1, 7 or 30 (Most read); refreshes
    TopRanking ranking() const { return m_ranking; }
    Status setRanking(TopRanking ranking); // refreshes
    Mode mode() const { return m_mode; } // what the rows are now
    bool isComputing() const; // Top stories are being computed
    // Most read at once; Top stories soon (debounced, on a worker), announced by modeChanged
    // and the model reset.
    Status refresh();
    // Records the read and refreshes when one was recorded (at most one an hour an article).
    Result<bool> recordRead(qint64 articleId, int seconds);

signals:
    void modeChanged(TopStoriesModel::Mode mode);
    void errorOccurred(const QString &message);

private:
    struct Row {
        qint64 id = 0;
        QString title;
        QString section;
        int reads = 0;
        int sources = 1;
        QStringList sourceTitles; // Top stories: who carries it
    };
    Status showMostRead();
    void showTopStories(const QList<StoryCluster> &stories);
    void setRows(Mode mode, QList<Row> rows);

    Database &m_db;
    TopStoriesJob *m_job;
    QList<Row> m_rows;
    int m_windowDays = 7;
    TopRanking m_ranking = TopRanking::Automatic;
    Mode m_mode = Mode::MostRead;
};
