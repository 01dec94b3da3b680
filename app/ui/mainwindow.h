// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"
#include "store/article.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class ArticleListModel;
class DamageBanner;
class DeletionUndo;
class FeedPane;
class FeedsController;
class Database;
class ImportController;
class LibraryCheck;
class LibraryPane;
class LibraryRescue;
class MarkReadJob;
class QMenu;
class QProgressBar;
class QSplitter;
class ReaderPane;
class ReaderRoom;
class ReadingPosition;
class RefreshProgress;
class SettingsDialog;
class TopStoriesDock;
class TopStoriesModel;
class UrlOpener;

// The window: feed tree over the library list | reader, Top 10 Stories on the right, menus, status bar. Opening
// an article marks it read; keeping it open ReadStore::minimumSeconds records a read for the
// Top 10. Geometry, dock, splitter, text size, theme, the open article and the reading position
// in each article persist.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Database &db, UrlOpener *opener, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openArticle(qint64 id); // selects it in the list when listed, and shows it
    qint64 currentArticleId() const { return m_current.id; }
    void refreshLibrary(); // after imports: list, filters, Top 10

    ArticleListModel *articleModel() const { return m_articles; }
    TopStoriesModel *topStoriesModel() const { return m_top; }
    LibraryPane *libraryPane() const { return m_library; }
    FeedPane *feedPane() const { return m_feeds; }
    FeedsController *feedsController() const { return m_feedsController; }
    RefreshProgress *refreshProgress() const { return m_refreshProgress; }
    ReaderPane *readerPane() const { return m_reader; }
    TopStoriesDock *topStoriesDock() const { return m_dock; }
    QAction *action(const QString &objectName) const; // for tests and the screenshot tour
    DamageBanner *damageBanner() const { return m_banner; }
    void applyTheme(ReaderTheme theme); // announces it with themeChanged

signals:
    // The one place the theme changes (reading panel, Preferences, start): both views follow it.
    void themeChanged(ReaderTheme theme);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void createImport();
    void createRescue(); // the damage check, its banner, File > Export / Recover
    void showDamage(); // the banner, once the library is known to be damaged
    void markCurrentRead();
    void restoreSession();
    void saveSession();
    void showArticle(qint64 id);
    void pageThrough(int direction);
    void finishReading();
    void recordRead();
    void toggleRead();
    void toggleStar();
    void showPreferences();
    void showShortcuts();
    void showAbout();
    void showStatus(const QString &text);
    void updateArticleActions();
    void createTriage(UrlOpener *opener); // delete and undo, context menu, sort, watch
    void createFeeds(); // the feed tree's menus, refreshing, Tools > Compact Library
    void createSortMenu(QMenu *view);
    void markAllRead();
    QAction *addAction(const QString &name, const QString &text, const QList<QKeySequence> &keys);

    Database &m_db;
    Settings m_settings;
    ArticleListModel *m_articles;
    TopStoriesModel *m_top;
    LibraryPane *m_library;
    ReaderPane *m_reader;
    QSplitter *m_splitter;
    FeedPane *m_feeds;
    QSplitter *m_leftSplitter; // the feed tree above the article list
    FeedsController *m_feedsController = nullptr;
    RefreshProgress *m_refreshProgress = nullptr;
    TopStoriesDock *m_dock;
    ReaderRoom *m_room = nullptr;
    QProgressBar *m_progress = nullptr;
    ImportController *m_import = nullptr;
    SettingsDialog *m_preferences = nullptr;
    DamageBanner *m_banner = nullptr;
    LibraryCheck *m_check = nullptr;
    LibraryRescue *m_rescue = nullptr;
    DeletionUndo *m_deletion = nullptr;
    MarkReadJob *m_markRead = nullptr;
    ReadingPosition *m_position = nullptr;
    QList<QAction *> m_shortcutActions; // in the order Help > Keyboard Shortcuts lists them

    Article m_current;
    QTimer m_readTimer;
    QElapsedTimer m_readClock;
    bool m_readRecorded = false;
};
