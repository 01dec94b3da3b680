// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topstoriesmodel.h"

#include "store/database.h"
#include "store/readstore.h"
#include "store/storycandidatestore.h"
#include "topstoriesjob.h"

#include <QLocale>

const int TopStoriesModel::minimumReadSeconds = ReadStore::minimumSeconds;

TopStoriesModel::TopStoriesModel(Database &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_job(new TopStoriesJob(db.path(), size, this))
{
    connect(m_job, &TopStoriesJob::finished, this, &TopStoriesModel::showTopStories);
    connect(m_job, &TopStoriesJob::failed, this, &TopStoriesModel::errorOccurred);
}

int TopStoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TopStoriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::ToolTipRole: // with who carries a story
        return row.sourceTitles.size() > 1
            ? tr("%1\nCarried by %2")
                  .arg(row.title, QLocale().createSeparatedList(row.sourceTitles))
            : row.title;
    case Qt::AccessibleTextRole:
        return row.sources > 1 ? tr("%1, %2 sources").arg(row.title).arg(row.sources) : row.title;
    case IdRole:
        return row.id;
    case RankRole:
        return index.row() + 1;
    case SectionRole:
        return row.section;
    case ReadsRole:
        return row.reads;
    case SourcesRole:
        return row.sources;
    default:
        return {};
    }
}

Status TopStoriesModel::setWindowDays(int days)
{
    m_windowDays = days;
    return refresh();
}

Status TopStoriesModel::setRanking(TopRanking ranking)
{
    m_ranking = ranking;
    return refresh();
}

bool TopStoriesModel::isComputing() const
{
    return m_job->isBusy();
}

Status TopStoriesModel::refresh()
{
    bool topStories = m_ranking == TopRanking::TopStories;
    if (m_ranking == TopRanking::Automatic) {
        const Result<bool> feeds = StoryCandidateStore(m_db).hasFeeds(); // a tiny table
        if (!feeds)
            return Error { feeds.error() };
        topStories = *feeds;
    }
    if (!topStories)
        return showMostRead();
    m_job->request();
    return {};
}

Status TopStoriesModel::showMostRead()
{
    auto stories = ReadStore(m_db).topStories(size, m_windowDays);
    if (!stories)
        return Error { stories.error() };
    QList<Row> rows;
    for (const TopStory &story : std::as_const(*stories))
        rows.append(
            { story.article.id, story.article.title, story.article.section, story.reads, 1, {} });
    setRows(Mode::MostRead, std::move(rows));
    return {};
}

void TopStoriesModel::showTopStories(const QList<StoryCluster> &stories)
{
    if (m_ranking == TopRanking::MostRead)
        return; // chosen while it was computed
    if (stories.isEmpty() && m_ranking == TopRanking::Automatic) {
        if (const Status status = showMostRead(); !status) // nothing new: never an empty list
            emit errorOccurred(status.error());
        return;
    }
    QList<Row> rows;
    for (const StoryCluster &story : stories)
        rows.append({ story.best.id, story.best.title, story.best.section, 0, story.sourceCount,
                      story.sourceTitles });
    setRows(Mode::TopStories, std::move(rows));
}

void TopStoriesModel::setRows(Mode mode, QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (mode != m_mode) {
        m_mode = mode;
        emit modeChanged(mode);
    }
}

Result<bool> TopStoriesModel::recordRead(qint64 articleId, int seconds)
{
    auto recorded = ReadStore(m_db).recordRead(articleId, seconds);
    if (recorded && *recorded)
        (void)refresh();
    return recorded;
}
