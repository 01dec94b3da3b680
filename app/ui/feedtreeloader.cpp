// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtreeloader.h"

#include "librarytasks.h"
#include "store/articlestore.h"
#include "store/feedstore.h"

#include <memory>

FeedTreeLoader::FeedTreeLoader(LibraryTasks *tasks, QObject *parent)
    : QObject(parent), m_tasks(tasks)
{
}

void FeedTreeLoader::load()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    auto contents = std::make_shared<FeedTreeContents>();
    m_tasks->start(
        [contents](Database &db) -> Status {
            FeedStore feeds(db);
            auto folders = feeds.folders();
            if (!folders)
                return Error { folders.error() };
            auto list = feeds.list();
            if (!list)
                return Error { list.error() };
            ArticleStore articles(db);
            ArticleFilter unread;
            unread.unreadOnly = true;
            ArticleFilter starred;
            starred.starredOnly = true;
            const Result<int> unreadCount = articles.count(unread);
            const Result<int> starredCount = articles.count(starred);
            if (!unreadCount || !starredCount)
                return Error { unreadCount ? starredCount.error() : unreadCount.error() };
            contents->folders = std::move(*folders);
            contents->feeds = std::move(*list);
            contents->unread = *unreadCount;
            contents->starred = *starredCount;
            return {};
        },
        [this, contents](const Status &status) {
            m_loading = false;
            ++m_finished;
            if (status)
                emit loaded(*contents);
            else
                emit failed(status.error());
            if (m_again) {
                m_again = false;
                load();
            }
        });
}
