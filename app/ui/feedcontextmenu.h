// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/article.h"

#include <QObject>

#include <functional>

class Database;
class FeedPane;
class LibraryTasks;
class QMenu;
class QModelIndex;
class QWidget;

// The feed tree's menu and what it does to a feed or folder: refresh now, mark all read,
// rename, move to folder, fetch full articles, properties (refresh interval, retention),
// unsubscribe (after a confirmation: starred articles stay), new / rename / delete folder.
// Small writes go through the window's connection; unsubscribing (many rows) runs on a worker.
class FeedContextMenu : public QObject {
    Q_OBJECT
public:
    FeedContextMenu(Database &db, LibraryTasks *tasks, FeedPane *pane, QWidget *window,
                    std::function<int()> globalRefreshMinutes);

    // The menu for a node (a feed, a folder, or anything else: add feed, new folder); its
    // actions have object names (refreshFeed, markFeedRead, renameFeed, moveFeed, fullArticles,
    // feedProperties, unsubscribe, newFolder, renameFolder, deleteFolder). Deleted on close.
    QMenu *createMenu(const QModelIndex &index);

    void renameFeed(qint64 id);
    void moveFeed(qint64 id, qint64 folderId);
    void setFetchFullArticles(qint64 id, bool on);
    void editProperties(qint64 id);
    void unsubscribe(qint64 id); // asks first (a QMessageBox named "unsubscribeQuestion")
    void newFolder(qint64 parentId, qint64 moveFeedId = 0);
    void renameFolder(qint64 id);
    void deleteFolder(qint64 id);

signals:
    void changed(); // feeds or folders changed: reload the tree
    void articlesChanged(); // articles went (unsubscribe): reload the list and the Top 10
    void refreshRequested(const QList<qint64> &feedIds);
    void markReadRequested(const ArticleFilter &filter, const QString &title);
    void addFeedRequested();
    void statusMessage(const QString &text);

private:
    QMenu *createMoveMenu(qint64 feedId, QWidget *parent);
    QString titleOf(qint64 feedId) const;
    void report(const Status &status); // an error in the status bar, else a reload
    QList<qint64> feedsUnder(qint64 folderId) const;

    Database &m_db;
    LibraryTasks *m_tasks;
    FeedPane *m_pane;
    QWidget *m_window;
    std::function<int()> m_globalRefreshMinutes;
};
