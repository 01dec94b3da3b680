// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articlecontextmenu.h"
#include "articlelistmodel.h"
#include "damagebanner.h"
#include "deletionundo.h"
#include "feedpane.h"
#include "feedscontroller.h"
#include "librarycheck.h"
#include "librarypane.h"
#include "menukeys.h"
#include "libraryrescue.h"
#include "librarywatcher.h"
#include "markreadjob.h"
#include "readerpane.h"
#include "readerroom.h"
#include "readingposition.h"
#include "refreshprogress.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "store/database.h"
#include "topstoriesdock.h"
#include "topstoriesmodel.h"

#if __has_include("importcontroller.h")
#include "importcontroller.h"
#define BYLINE_HAVE_IMPORT 1
#endif

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace {
constexpr int statusTimeoutMs = 6000;

} // namespace

MainWindow::MainWindow(Database &db, UrlOpener *opener, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_articles(new ArticleListModel(db, this)),
      m_top(new TopStoriesModel(db, this)), m_library(new LibraryPane(m_articles, db.path(), this)),
      m_reader(new ReaderPane(opener, this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_feeds(new FeedPane(this)), m_leftSplitter(new QSplitter(Qt::Vertical, this)),
      m_dock(new TopStoriesDock(m_top, this))
{
    setWindowTitle(tr("Byline"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // Drops anywhere, the reader included, import; the page itself never navigates away.
    m_reader->webView()->setAcceptDrops(false);

    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_leftSplitter->setObjectName(QStringLiteral("feedSplitter"));
    m_leftSplitter->addWidget(m_feeds);
    m_leftSplitter->addWidget(m_library);
    m_leftSplitter->setStretchFactor(0, 0);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->setSizes({ 200, 440 });
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_library->setMinimumWidth(260);
    m_splitter->setSizes({ 360, 760 });
    m_banner = new DamageBanner;
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    resizeDocks({ m_dock }, { ReaderRoom::dockWidth }, Qt::Horizontal);
    m_room = new ReaderRoom(this, m_splitter, m_dock); // the reader's text keeps its room

    connect(m_library, &LibraryPane::articleSelected, this, &MainWindow::showArticle);
    connect(m_library, &LibraryPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_articles, &ArticleListModel::errorOccurred, this, &MainWindow::showStatus);
    connect(m_articles, &ArticleListModel::readChanged, this, [this](qint64 id, bool read) {
        if (id == m_current.id)
            m_current.read = read;
        updateArticleActions();
    });
    connect(m_articles, &ArticleListModel::starredChanged, this, [this](qint64 id, bool starred) {
        if (id == m_current.id)
            m_current.starred = starred;
        updateArticleActions();
    });
    connect(m_dock, &TopStoriesDock::articleActivated, this, &MainWindow::openArticle);
    connect(m_dock, &TopStoriesDock::rankingChosen, this, [this](TopRanking ranking) {
        m_settings.setTopStoriesRanking(ranking);
        if (m_preferences)
            m_preferences->setTopStoriesRanking(ranking);
        if (const Status status = m_top->setRanking(ranking); !status)
            showStatus(status.error());
    });
    connect(m_top, &TopStoriesModel::errorOccurred, this, &MainWindow::showStatus);
    connect(m_reader, &ReaderPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_reader, &ReaderPane::fontStepChanged, this, [this](int step) {
        m_settings.setFontStep(step);
        if (m_preferences)
            m_preferences->setFontStep(step);
    });
    // The reading panel's choices are kept as they are made.
    connect(m_reader, &ReaderPane::typefaceChanged, this,
            [this](ReaderTypeface typeface) { m_settings.setTypeface(typeface); });
    connect(m_reader, &ReaderPane::lineWidthChanged, this,
            [this](ReaderLineWidth width) { m_settings.setLineWidth(width); });
    connect(m_reader, &ReaderPane::lineSpacingChanged, this,
            [this](ReaderLineSpacing spacing) { m_settings.setLineSpacing(spacing); });
    connect(m_reader, &ReaderPane::themeChosen, this, [this](ReaderTheme theme) {
        m_settings.setTheme(theme);
        applyTheme(theme);
    });

    m_position = new ReadingPosition(
        db, m_reader, [this] { return m_check && m_check->passed(); }, this);
    connect(m_position, &ReadingPosition::errorOccurred, this, &MainWindow::showStatus);

    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(TopStoriesModel::minimumReadSeconds * 1000);
    connect(&m_readTimer, &QTimer::timeout, this, &MainWindow::recordRead);

    createActions();
    createMenus();
    createStatusBar();
    createImport();
    createRescue();
    createTriage(opener);
    createFeeds();
    restoreSession();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(const QString &name, const QString &text,
                               const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    QWidget::addAction(action); // shortcuts work wherever the focus is in the window
    m_shortcutActions.append(action);
    return action;
}

QAction *MainWindow::action(const QString &objectName) const
{
    for (QAction *action : m_shortcutActions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    // Up/Down are the focused widget's: they move in the list and scroll the reader.
    connect(addAction(QStringLiteral("nextArticle"), tr("Next Article"), { Qt::Key_J }),
            &QAction::triggered, m_library, &LibraryPane::selectNext);
    connect(addAction(QStringLiteral("previousArticle"), tr("Previous Article"), { Qt::Key_K }),
            &QAction::triggered, m_library, &LibraryPane::selectPrevious);
    connect(addAction(QStringLiteral("pageDown"), tr("Page Down"), { Qt::Key_Space }),
            &QAction::triggered, this, [this] { pageThrough(1); });
    connect(addAction(QStringLiteral("pageUp"), tr("Page Up"), { Qt::SHIFT | Qt::Key_Space }),
            &QAction::triggered, this, [this] { pageThrough(-1); });
    QAction *goTop = m_reader->goTopAction();
    goTop->setShortcutContext(Qt::WindowShortcut);
    QWidget::addAction(goTop);
    m_shortcutActions.append(goTop);
    connect(addAction(QStringLiteral("toggleRead"), tr("Mark as Read/Unread"), { Qt::Key_M }),
            &QAction::triggered, this, &MainWindow::toggleRead);
    connect(addAction(QStringLiteral("toggleStar"), tr("Star/Unstar"), { Qt::Key_S }),
            &QAction::triggered, this, &MainWindow::toggleStar);
    connect(addAction(QStringLiteral("find"), tr("&Find..."), { QKeySequence::Find }),
            &QAction::triggered, m_library, &LibraryPane::focusSearch);

    QAction *top = m_dock->toggleViewAction();
    top->setObjectName(QStringLiteral("toggleTopStories"));
    top->setText(tr("&Top 10 Stories"));
    top->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QWidget::addAction(top);
    m_shortcutActions.append(top);
    connect(m_room, &ReaderRoom::dockWantedChanged, this,
            [this](bool wanted) { m_settings.setTopStoriesVisible(wanted); });

    for (QAction *size : m_reader->textSizeMenu()->actions()) {
        if (!size->shortcuts().isEmpty()) {
            QWidget::addAction(size);
            m_shortcutActions.append(size);
        }
    }
    connect(addAction(QStringLiteral("preferences"), tr("&Preferences..."),
                      { QKeySequence(Qt::CTRL | Qt::Key_Comma) }),
            &QAction::triggered, this, &MainWindow::showPreferences);
    connect(addAction(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
                      { QKeySequence::HelpContents }),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(addAction(QStringLiteral("quit"), tr("&Quit"), { QKeySequence::Quit }),
            &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(action(QStringLiteral("find")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("preferences")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *textSize = m_reader->textSizeMenu();
    textSize->setTitle(tr("Text &Size"));
    view->addMenu(textSize);
    view->addAction(action(QStringLiteral("toggleTopStories")));
    view->addSeparator();
    view->addAction(m_reader->goTopAction());

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    for (const char *name : { "nextArticle", "previousArticle", "pageDown", "pageUp" })
        article->addAction(action(QString::fromLatin1(name)));
    article->addSeparator();
    article->addAction(action(QStringLiteral("toggleRead")));
    article->addAction(action(QStringLiteral("toggleStar")));

    QMenu *share = m_reader->shareMenu();
    share->setTitle(tr("&Share"));
    menuBar()->addMenu(share);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(action(QStringLiteral("shortcuts")));
    QAction *about = help->addAction(tr("&About Byline"));
    about->setObjectName(QStringLiteral("about"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    updateArticleActions();
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::createImport()
{
    QMenu *file = menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QMenu *edit = menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
#ifdef BYLINE_HAVE_IMPORT
    m_import = new ImportController(m_db.path(), this, this);
    connect(addAction(QStringLiteral("import"), tr("&Import..."), { QKeySequence::Open }),
            &QAction::triggered, m_import, &ImportController::importFiles);
    connect(addAction(QStringLiteral("openUrl"), tr("Open &URL..."),
                      { QKeySequence(Qt::CTRL | Qt::Key_L) }),
            &QAction::triggered, m_import, &ImportController::openUrl);
    connect(addAction(QStringLiteral("pasteArticle"), tr("&Paste Article"),
                      { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V) }),
            &QAction::triggered, m_import, &ImportController::importPaste);
    file->addAction(action(QStringLiteral("import")));
    file->addAction(action(QStringLiteral("openUrl")));
    file->addSeparator();
    edit->insertAction(edit->actions().constFirst(), action(QStringLiteral("pasteArticle")));
    edit->insertSeparator(action(QStringLiteral("find")));
    connect(m_import, &ImportController::statusMessage, this, &MainWindow::showStatus);
    connect(m_import, &ImportController::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setVisible(total > 0 && done < total);
    });
    connect(m_import, &ImportController::imported, this, [this](qint64 lastArticleId) {
        refreshLibrary();
        if (lastArticleId > 0)
            openArticle(lastArticleId);
        if (!qobject_cast<QLineEdit *>(QApplication::focusWidget()))
            m_library->focusList(); // after Paste Article too, keys go to the list
    });
#else
    Q_UNUSED(edit)
#endif
    file->addAction(action(QStringLiteral("quit")));
}

void MainWindow::createRescue()
{
    m_rescue = new LibraryRescue(m_db.path(), this);
    QMenu *file = menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QAction *exportLibrary = new QAction(tr("&Export Library…"), this);
    exportLibrary->setObjectName(QStringLiteral("exportLibrary"));
    QAction *recover = new QAction(tr("&Recover into a New Library…"), this);
    recover->setObjectName(QStringLiteral("recoverLibrary"));
    QAction *quit = action(QStringLiteral("quit"));
    file->insertActions(quit, { exportLibrary, recover });
    file->insertSeparator(quit);
    connect(exportLibrary, &QAction::triggered, m_rescue, &LibraryRescue::exportLibrary);
    connect(recover, &QAction::triggered, m_rescue, &LibraryRescue::recover);
    connect(m_banner, &DamageBanner::exportRequested, exportLibrary, &QAction::trigger);
    connect(m_banner, &DamageBanner::recoverRequested, recover, &QAction::trigger);
    connect(m_rescue, &LibraryRescue::statusMessage, this, &MainWindow::showStatus);

    // quick_check off the UI thread; problems mark the library damaged for this connection too.
    m_check = new LibraryCheck(m_db.path(), this);
    connect(m_check, &LibraryCheck::finished, this, [this] {
        showDamage();
        markCurrentRead();
        if (m_check->passed() && m_feedsController)
            m_feedsController->startRefreshing(); // feeds write only to a sound library
    });
    connect(m_check, &LibraryCheck::failed, this, &MainWindow::showStatus);
    QTimer::singleShot(0, m_check, &LibraryCheck::start); // once the window is up
    showDamage();
}

// Opening an article marks it read, once the check has found the library sound: nothing is
// written to a library before it is known not to be damaged.
void MainWindow::markCurrentRead()
{
    if (m_current.id <= 0 || m_current.read || !m_check->passed())
        return;
    if (const Status status = m_articles->setRead(m_current.id, true); !status)
        showStatus(status.error());
}

void MainWindow::showDamage()
{
    if (m_db.isDamaged())
        m_banner->showDamage(m_db.damage());
}

void MainWindow::restoreSession()
{
    m_reader->setFontStep(m_settings.fontStep());
    m_reader->setTypeface(m_settings.typeface());
    m_reader->setLineWidth(m_settings.lineWidth());
    m_reader->setLineSpacing(m_settings.lineSpacing());
    applyTheme(m_settings.theme());
    if (const Status status = m_top->setRanking(m_settings.topStoriesRanking()); !status)
        showStatus(status.error());
    if (const Status status = m_top->setWindowDays(m_settings.topStoriesWindowDays()); !status)
        showStatus(status.error());
    m_dock->setWindowDays(m_top->windowDays());
    if (!restoreGeometry(m_settings.windowGeometry())) { // first launch: fit the screen
        const QRect available = screen()->availableGeometry();
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter,
                                        ReaderRoom::firstSize(available.size()), available));
    }
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState());
    m_leftSplitter->restoreState(m_settings.feedSplitterState());
    m_room->setDockWanted(m_settings.topStoriesVisible()); // folded if the window is narrow

    if (const Status status = m_library->refresh(); !status)
        showStatus(status.error());
    const qint64 last = m_settings.openArticleId();
    if (last > 0 && m_articles->article(last))
        openArticle(last);
    else
        m_library->selectNext(); // the newest article
    m_library->focusList(); // not the search field: single-key shortcuts work at once
}

// Space pages through the article and on to the next unread one at its end; Shift+Space pages
// back and, at the top, goes to the previous article.
void MainWindow::pageThrough(int direction)
{
    m_reader->scrollPage(direction, [this, direction, id = m_current.id](bool atEnd) {
        if (!atEnd || id != m_current.id)
            return;
        if (direction > 0 ? !m_library->selectNextUnread() : !m_library->selectPrevious())
            showStatus(direction > 0 ? tr("No more unread articles below")
                                     : tr("This is the first article"));
    });
}

void MainWindow::saveSession()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setFeedSplitterState(m_leftSplitter->saveState());
    m_settings.setTopStoriesVisible(m_room->dockWanted()); // as the user left it, not as folded
    m_settings.setOpenArticleId(m_current.id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    finishReading();
    m_position->leave();
    saveSession();
    if (m_preferences)
        m_preferences->close();
    event->accept();
}

void MainWindow::openArticle(qint64 id)
{
    m_library->selectArticle(id); // shows it through the list when it is listed
    showArticle(id);
}

void MainWindow::showArticle(qint64 id)
{
    if (id <= 0 || id == m_current.id)
        return;
    finishReading();
    auto article = m_articles->article(id);
    if (!article) {
        showStatus(tr("Could not open the article: %1").arg(article.error()));
        return;
    }
    m_position->leave();
    m_current = std::move(*article);
    m_position->open(id);
    m_reader->showArticle(m_current);
    setWindowTitle(tr("%1 - Byline").arg(m_current.title));
    m_settings.setOpenArticleId(id);
    markCurrentRead();
    m_readRecorded = false;
    m_readClock.start();
    m_readTimer.start();
    updateArticleActions();
}

void MainWindow::finishReading()
{
    m_readTimer.stop();
    if (m_current.id > 0 && !m_readRecorded && m_readClock.isValid()
        && m_readClock.elapsed() >= TopStoriesModel::minimumReadSeconds * 1000)
        recordRead();
}

void MainWindow::recordRead()
{
    if (m_current.id <= 0 || m_readRecorded || !m_check->passed())
        return; // before the check passes, finishReading() records it later
    m_readRecorded = true;
    const int seconds
        = int(std::max<qint64>(m_readClock.elapsed() / 1000, TopStoriesModel::minimumReadSeconds));
    if (const auto recorded = m_top->recordRead(m_current.id, seconds); !recorded)
        showStatus(recorded.error());
}

void MainWindow::refreshLibrary()
{
    if (m_feedsController)
        m_feedsController->reloadTree(); // counts, on a worker
    if (const Status status = m_library->refresh(); !status)
        showStatus(status.error());
    if (const Status status = m_top->refresh(); !status)
        showStatus(status.error());
}

void MainWindow::toggleRead()
{
    if (m_current.id <= 0)
        return;
    if (const Status status = m_articles->setRead(m_current.id, !m_current.read); !status)
        showStatus(status.error());
    else
        showStatus(m_current.read ? tr("Marked as read") : tr("Marked as unread"));
}

void MainWindow::toggleStar()
{
    if (m_current.id <= 0)
        return;
    if (const Status status = m_articles->setStarred(m_current.id, !m_current.starred); !status)
        showStatus(status.error());
    else
        showStatus(m_current.starred ? tr("Starred") : tr("Star removed"));
}

void MainWindow::updateArticleActions()
{
    const bool open = m_current.id > 0;
    for (const char *name : { "toggleRead", "toggleStar" }) {
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setEnabled(open);
    }
    if (QAction *a = action(QStringLiteral("toggleRead")))
        a->setText(m_current.read ? tr("Mark as Unread") : tr("Mark as Read"));
    if (QAction *a = action(QStringLiteral("toggleStar")))
        a->setText(m_current.starred ? tr("Remove Star") : tr("Star"));
    MenuKeys::showLetterKeysLowerCase(m_shortcutActions); // "j", not "J", in the menus
}

void MainWindow::applyTheme(ReaderTheme theme)
{
    m_reader->setTheme(theme);
    Theme::applyToApplication(theme); // the window around a dark reader goes dark too
    emit themeChanged(theme);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, statusTimeoutMs);
    showDamage(); // any store error may have been the one that found damage
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new SettingsDialog(this);
        connect(m_preferences, &SettingsDialog::fontStepChanged, m_reader,
                &ReaderPane::setFontStep);
        connect(m_preferences, &SettingsDialog::themeChanged, this, &MainWindow::applyTheme);
        connect(this, &MainWindow::themeChanged, m_preferences, &SettingsDialog::setTheme);
        connect(m_preferences, &SettingsDialog::topStoriesWindowChanged, this, [this](int days) {
            if (const Status status = m_top->setWindowDays(days); !status)
                showStatus(status.error());
            m_dock->setWindowDays(days);
        });
        connect(m_preferences, &SettingsDialog::topStoriesRankingChanged, this,
                [this](TopRanking ranking) {
                    if (const Status status = m_top->setRanking(ranking); !status)
                        showStatus(status.error());
                });
    }
    m_preferences->setFontStep(m_reader->fontStep());
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::showShortcuts()
{
    QList<QMenu *> menus;
    for (QAction *entry : menuBar()->actions()) {
        if (entry->menu())
            menus.append(entry->menu());
    }
    ShortcutsDialog dialog(menus, m_shortcutActions, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Byline"),
        tr("<h3>Byline %1</h3><p>A desktop news reader made for long reading.</p>"
           "<p>Library: %2</p><p>Licensed under the GNU General Public License, version 3 or "
           "later.</p>")
            .arg(QApplication::applicationVersion(), m_db.path().toHtmlEscaped()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
#ifdef BYLINE_HAVE_IMPORT
    if (ImportController::canImport(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
#endif
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
#ifdef BYLINE_HAVE_IMPORT
    if (ImportController::canImport(event->mimeData())) {
        event->acceptProposedAction();
        m_import->importMimeData(event->mimeData());
        return;
    }
#endif
    QMainWindow::dropEvent(event);
}

// Triage: Delete with Undo (Edit > Undo Delete), the list's context menu, Mark All as Read,
// View > Sort By, and a watch for articles the command line or another Byline adds.
void MainWindow::createTriage(UrlOpener *opener)
{
    m_deletion = new DeletionUndo(m_articles, m_library->listView(), this);
    connect(m_deletion, &DeletionUndo::aboutToDelete, this, [this](const QList<qint64> &ids) {
        if (!ids.contains(m_current.id))
            return;
        finishReading(); // a read of it is recorded now, and taken along for Undo
        m_readRecorded = true;
    });
    connect(m_deletion, &DeletionUndo::changed, this, &MainWindow::refreshLibrary);
    QAction *remove
        = addAction(QStringLiteral("deleteArticle"), tr("&Delete"), { QKeySequence::Delete });
    connect(remove, &QAction::triggered, this, [this] {
        const QString title = m_library->listView()->currentIndex().data().toString();
        const Status status = m_deletion->deleteCurrent();
        showStatus(
            status ? tr("Deleted “%1”. Undo with %2.")
                         .arg(title,
                              QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
                   : status.error());
    });
    QAction *undo
        = addAction(QStringLiteral("undoDelete"), tr("&Undo Delete"), { QKeySequence::Undo });
    undo->setEnabled(false);
    connect(m_deletion, &DeletionUndo::canUndoChanged, undo, &QAction::setEnabled);
    connect(undo, &QAction::triggered, this, [this] {
        const QString title = m_deletion->undoneTitle();
        const Status status = m_deletion->undo();
        showStatus(status ? tr("Restored “%1”.").arg(title) : status.error());
    });
    auto *markAll = new QAction(tr("Mark All as R&ead"), this);
    markAll->setObjectName(QStringLiteral("markAllRead"));
    connect(markAll, &QAction::triggered, this, &MainWindow::markAllRead);
    m_markRead = new MarkReadJob(m_db.path(), this);
    connect(m_markRead, &MarkReadJob::finished, this,
            [this, markAll](const QList<qint64> &ids, int changed) {
                markAll->setEnabled(true);
                showStatus(tr("Marked %n articles as read.", nullptr, changed));
                if (const Status status = m_articles->markedRead(ids); !status)
                    showStatus(status.error());
                refreshLibrary(); // counts, and the Top 10 fills in with unread articles
            });
    connect(m_markRead, &MarkReadJob::failed, this, [this, markAll](const QString &message) {
        markAll->setEnabled(true);
        showStatus(message);
    });

    QMenu *edit = menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    edit->insertAction(edit->actions().value(0), undo);
    edit->insertSeparator(edit->actions().value(1));
    for (QAction *menuAction : menuBar()->actions()) {
        if (menuAction->menu() && menuAction->text() == tr("&Article")) {
            menuAction->menu()->addAction(markAll);
            menuAction->menu()->addSeparator();
            menuAction->menu()->addAction(remove);
        } else if (menuAction->menu() && menuAction->text() == tr("&View")) {
            createSortMenu(menuAction->menu());
        }
    }

    auto *menu
        = new ArticleContextMenu(m_library->listView(), m_articles, m_deletion, opener, this);
    connect(menu, &ArticleContextMenu::openRequested, this, &MainWindow::openArticle);
    connect(menu, &ArticleContextMenu::statusMessage, this, &MainWindow::showStatus);
    auto *watcher = new LibraryWatcher(m_articles, this);
    connect(watcher, &LibraryWatcher::libraryChanged, this, &MainWindow::refreshLibrary);
}

void MainWindow::createFeeds()
{
    m_refreshProgress = new RefreshProgress;
    statusBar()->addPermanentWidget(m_refreshProgress);
    m_feedsController = new FeedsController(m_db, m_feeds, m_refreshProgress, this);
    FeedsController *feeds = m_feedsController;
    connect(m_feeds, &FeedPane::scopeChanged, this, [this](const ArticleFilter &filter) {
        m_library->setScope(filter, m_feeds->currentTitle());
    });
    connect(feeds, &FeedsController::statusMessage, this, &MainWindow::showStatus);
    connect(feeds, &FeedsController::articlesChanged, this, &MainWindow::refreshLibrary);
    // Counts follow reads and stars made here (the watcher sees only other connections).
    connect(m_articles, &ArticleListModel::readChanged, feeds, &FeedsController::reloadTree);
    connect(m_articles, &ArticleListModel::starredChanged, feeds, &FeedsController::reloadTree);
    for (QAction *action : feeds->actions()) {
        if (!action->shortcuts().isEmpty()) {
            QWidget::addAction(action);
            m_shortcutActions.append(action);
        }
    }
    QMenu *menu = new QMenu(tr("Fee&ds"), this);
    menu->setObjectName(QStringLiteral("feedsMenu"));
    feeds->fillFeedsMenu(menu);
    QMenu *tools = new QMenu(tr("&Tools"), this);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(feeds->action(QStringLiteral("compactLibrary")));
    for (QAction *entry : menuBar()->actions()) {
        if (entry->menu() && entry->menu()->objectName() == QStringLiteral("helpMenu")) {
            menuBar()->insertMenu(entry, tools);
            break;
        }
    }
    menuBar()->insertMenu(menuBar()->actions().value(3), menu); // after View
    feeds->reloadTree();
}

void MainWindow::createSortMenu(QMenu *view)
{
    QMenu *sort = new QMenu(tr("Sort &By"), view);
    sort->setObjectName(QStringLiteral("sortMenu"));
    view->insertMenu(view->actions().value(1), sort);
    auto *group = new QActionGroup(this);
    const std::pair<ArticleOrder, QString> orders[] = {
        { ArticleOrder::Published, tr("Newest &Published") },
        { ArticleOrder::Added, tr("Recently &Added") },
    };
    const ArticleOrder saved = m_settings.articleOrder();
    for (const auto &[order, text] : orders) {
        QAction *choice = sort->addAction(text);
        choice->setObjectName(order == ArticleOrder::Added ? QStringLiteral("sortByAdded")
                                                           : QStringLiteral("sortByPublished"));
        choice->setCheckable(true);
        choice->setChecked(order == saved);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, order = order] {
            m_settings.setArticleOrder(order);
            if (const Status status = m_articles->setOrder(order); !status)
                showStatus(status.error());
            m_library->listView()->scrollTo(m_library->listView()->currentIndex());
        });
    }
    if (const Status status = m_articles->setOrder(saved); !status)
        showStatus(status.error());
}

// For the rows shown (the filter, or the search results); asks first when many would change.
void MainWindow::markAllRead()
{
    constexpr int askAbove = 100;
    const Result<int> unread = m_articles->unreadCount();
    if (!unread || *unread == 0) {
        showStatus(unread ? tr("Every article here is already read.") : unread.error());
        return;
    }
    const auto apply = [this] {
        if (m_markRead->isRunning())
            return;
        const Result<QList<qint64>> ids = m_articles->unreadIds();
        if (!ids) {
            showStatus(ids.error());
            return;
        }
        findChild<QAction *>(QStringLiteral("markAllRead"))->setEnabled(false); // until done
        m_markRead->start(m_articles->isSearching() ? std::nullopt
                                                    : std::optional(m_articles->filter()),
                          *ids);
    };
    if (*unread <= askAbove) {
        apply();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Mark All as Read"),
                                tr("Mark %n articles as read?", nullptr, *unread),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("markAllReadQuestion"));
    QPushButton *yes = box->addButton(tr("Mark as Read"), QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [yes, apply](QAbstractButton *button) {
        if (button == yes)
            apply();
    });
    box->open();
}
