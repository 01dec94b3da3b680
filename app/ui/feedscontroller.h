// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"
#include "store/feed.h"

#include <QObject>
#include <QTimer>

class Database;
class FeedContextMenu;
class FeedPane;
class FeedRefresher;
class FeedTreeLoader;
class LibraryTasks;
class MarkReadJob;
class QAction;
class QMenu;
class QWidget;
class RefreshProgress;

// Feeds in the window: the Feeds menu (Add Feed, Refresh, Refresh This Feed, Mark Feed as
// Read, OPML), the tree's contents and menu, refreshing at start, every N minutes and on F5
// with progress and Cancel in the status bar, and Tools > Compact Library. Everything that
// takes time runs on workers; the window hears when each feed's articles land.
class FeedsController : public QObject {
    Q_OBJECT
public:
    FeedsController(Database &db, FeedPane *pane, RefreshProgress *progress, QWidget *window);
    ~FeedsController() override;

    // Actions with object names addFeed, refreshAll, refreshFeed, markFeedRead, importOpml,
    // exportOpml, compactLibrary.
    QList<QAction *> actions() const { return m_actions; }
    QAction *action(const QString &objectName) const;
    void fillFeedsMenu(QMenu *menu);
    // Once the library check passed: refresh every feed now (unless Preferences say not at
    // start), then those that fall due.
    void startRefreshing();
    void setRefreshMinutes(int minutes);
    void reloadTree() const;
    void refresh(const QList<qint64> &feedIds); // empty: all
    void showAddFeed();
    void compactLibrary();

    FeedRefresher *refresher() const { return m_refresher; }
    FeedTreeLoader *loader() const { return m_loader; }
    LibraryTasks *tasks() const { return m_tasks; }
    FeedContextMenu *contextMenu() const { return m_menu; }

signals:
    void statusMessage(const QString &text);
    void articlesChanged(); // new or changed articles landed: the list and the Top 10
    void compacted(qint64 bytesSaved);

private:
    QAction *createAction(const QString &name, const QString &text,
                          const QList<QKeySequence> &keys = {});
    void createActions();
    void handleFeedFinished(qint64 feedId, const FeedStoreOutcome &outcome, const QString &error);
    void markRead(const ArticleFilter &filter, const QString &title);
    void updateFeedActions();
    void importOpml();
    void exportOpml();
    void refreshDue();

    Database &m_db;
    FeedPane *m_pane;
    RefreshProgress *m_progress;
    QWidget *m_window;
    LibraryTasks *m_tasks;
    FeedTreeLoader *m_loader;
    FeedRefresher *m_refresher;
    FeedContextMenu *m_menu;
    MarkReadJob *m_markRead;
    QList<QAction *> m_actions;
    QTimer m_dueTimer; // checks every minute which feeds are due
    QTimer m_articlesTimer; // folds the landings of several feeds into one list reload
};
