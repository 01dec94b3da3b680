// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topstoriesmodel.h"

#include "store/readstore.h"

const int TopStoriesModel::minimumReadSeconds = ReadStore::minimumSeconds;

TopStoriesModel::TopStoriesModel(Database &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db)
{
}

int TopStoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stories.size());
}

QVariant TopStoriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_stories.size())
        return {};
    const TopStory &story = m_stories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return story.article.title;
    case IdRole:
        return story.article.id;
    case RankRole:
        return index.row() + 1;
    case SectionRole:
        return story.article.section;
    case ReadsRole:
        return story.reads;
    default:
        return {};
    }
}

Status TopStoriesModel::setWindowDays(int days)
{
    m_windowDays = days;
    return refresh();
}

Status TopStoriesModel::refresh()
{
    auto stories = ReadStore(m_db).topStories(size, m_windowDays);
    if (!stories)
        return Error { stories.error() };
    beginResetModel();
    m_stories = std::move(*stories);
    endResetModel();
    return {};
}

Result<bool> TopStoriesModel::recordRead(qint64 articleId, int seconds)
{
    auto recorded = ReadStore(m_db).recordRead(articleId, seconds);
    if (recorded && *recorded)
        (void)refresh();
    return recorded;
}
