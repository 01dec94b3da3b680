// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedscontroller.h"

#include "addfeeddialog.h"
#include "feedcontextmenu.h"
#include "feedpane.h"
#include "feeds/feedrefresher.h"
#include "feedtreeloader.h"
#include "librarytasks.h"
#include "markreadjob.h"
#include "refreshprogress.h"
#include "settings.h"
#include "feeds/opmlimporter.h"
#include "feeds/opmlreader.h"
#include "feeds/opmlwriter.h"
#include "store/compactor.h"
#include "store/database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QSaveFile>
#include <QToolButton>
#include <QTreeView>

#include <memory>

namespace {
constexpr int dueCheckMs = 60 * 1000;
constexpr int articlesDelayMs = 250;
} // namespace

FeedsController::FeedsController(Database &db, FeedPane *pane, RefreshProgress *progress,
                                 QWidget *window)
    : QObject(window), m_db(db), m_pane(pane), m_progress(progress), m_window(window),
      m_tasks(new LibraryTasks(db.path(), this)), m_loader(new FeedTreeLoader(m_tasks, this)),
      m_refresher(new FeedRefresher(db.path(), this)),
      m_menu(new FeedContextMenu(db, m_tasks, pane, window,
                                 [] { return Settings().refreshMinutes(); })),
      m_markRead(new MarkReadJob(db.path(), this))
{
    createActions();
    connect(m_loader, &FeedTreeLoader::loaded, m_pane, &FeedPane::setContents);
    connect(m_loader, &FeedTreeLoader::failed, this, &FeedsController::statusMessage);
    connect(m_pane, &FeedPane::contextMenuRequested, this,
            [this](const QModelIndex &index, const QPoint &pos) {
                m_menu->createMenu(index)->popup(pos);
            });
    connect(m_pane, &FeedPane::scopeChanged, this, &FeedsController::updateFeedActions);
    connect(m_menu, &FeedContextMenu::changed, this, &FeedsController::reloadTree);
    connect(m_menu, &FeedContextMenu::articlesChanged, this, &FeedsController::articlesChanged);
    connect(m_menu, &FeedContextMenu::refreshRequested, this, &FeedsController::refresh);
    connect(m_menu, &FeedContextMenu::markReadRequested, this, &FeedsController::markRead);
    connect(m_menu, &FeedContextMenu::addFeedRequested, this, &FeedsController::showAddFeed);
    connect(m_menu, &FeedContextMenu::statusMessage, this, &FeedsController::statusMessage);

    connect(m_refresher, &FeedRefresher::progress, m_progress, &RefreshProgress::setProgress);
    connect(m_refresher, &FeedRefresher::feedFinished, this, &FeedsController::handleFeedFinished);
    connect(m_refresher, &FeedRefresher::finished, this, [this] {
        m_progress->finish();
        updateFeedActions();
        reloadTree();
        const FeedRefresher::Summary &summary = m_refresher->summary();
        if (summary.cancelled)
            emit statusMessage(tr("Updating feeds cancelled: %n new articles.", nullptr,
                                  summary.added));
        else if (summary.failed > 0)
            emit statusMessage(tr("Feeds updated: %n new articles; %1 could not be updated (see "
                                  "their icons in the feed list).",
                                  nullptr, summary.added)
                                   .arg(summary.failed));
        else if (summary.feeds > 0)
            emit statusMessage(tr("Feeds updated: %n new articles.", nullptr, summary.added));
    });
    connect(m_progress, &RefreshProgress::cancelRequested, this, [this] {
        m_refresher->cancel();
        m_progress->cancelButton()->setEnabled(false);
    });

    m_articlesTimer.setSingleShot(true);
    m_articlesTimer.setInterval(articlesDelayMs);
    connect(&m_articlesTimer, &QTimer::timeout, this, &FeedsController::articlesChanged);
    m_dueTimer.setInterval(dueCheckMs);
    connect(&m_dueTimer, &QTimer::timeout, this, &FeedsController::refreshDue);

    connect(m_markRead, &MarkReadJob::finished, this, [this](const QList<qint64> &, int changed) {
        action(QStringLiteral("markFeedRead"))->setEnabled(true);
        emit statusMessage(tr("Marked %n articles as read.", nullptr, changed));
        reloadTree();
        emit articlesChanged();
    });
    connect(m_markRead, &MarkReadJob::failed, this, [this](const QString &message) {
        action(QStringLiteral("markFeedRead"))->setEnabled(true);
        emit statusMessage(message);
    });
}

FeedsController::~FeedsController()
{
    // The status bar may be gone already: nothing of the window hears the end of the run.
    disconnect(m_refresher, nullptr, this, nullptr);
    m_refresher->cancel();
}

QAction *FeedsController::createAction(const QString &name, const QString &text,
                                       const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    m_actions.append(action);
    return action;
}

QAction *FeedsController::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void FeedsController::createActions()
{
    connect(createAction(QStringLiteral("addFeed"), tr("&Add Feed..."),
                         { QKeySequence(Qt::CTRL | Qt::Key_N) }),
            &QAction::triggered, this, &FeedsController::showAddFeed);
    connect(createAction(QStringLiteral("refreshAll"), tr("&Refresh"), { QKeySequence::Refresh }),
            &QAction::triggered, this, [this] { refresh({}); });
    connect(createAction(QStringLiteral("refreshFeed"), tr("Refresh &This Feed"),
                         { QKeySequence(Qt::SHIFT | Qt::Key_F5) }),
            &QAction::triggered, this, [this] {
                if (m_pane->currentKind() == FeedTreeModel::Kind::Feed)
                    refresh({ m_pane->currentId() });
            });
    connect(createAction(QStringLiteral("markFeedRead"), tr("&Mark Feed as Read")),
            &QAction::triggered, this, [this] {
                const QModelIndex index = m_pane->treeView()->currentIndex();
                markRead(FeedTreeModel::filterOf(index), index.data().toString());
            });
    connect(createAction(QStringLiteral("importOpml"), tr("&Import Subscriptions (OPML)...")),
            &QAction::triggered, this, &FeedsController::importOpml);
    connect(createAction(QStringLiteral("exportOpml"), tr("&Export Subscriptions (OPML)...")),
            &QAction::triggered, this, &FeedsController::exportOpml);
    connect(createAction(QStringLiteral("compactLibrary"), tr("&Compact Library")),
            &QAction::triggered, this, &FeedsController::compactLibrary);
    updateFeedActions();
}

void FeedsController::fillFeedsMenu(QMenu *menu)
{
    menu->addAction(action(QStringLiteral("addFeed")));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("refreshAll")));
    menu->addAction(action(QStringLiteral("refreshFeed")));
    menu->addAction(action(QStringLiteral("markFeedRead")));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("importOpml")));
    menu->addAction(action(QStringLiteral("exportOpml")));
}

void FeedsController::updateFeedActions()
{
    const auto kind = m_pane->currentKind();
    action(QStringLiteral("refreshFeed"))
        ->setEnabled(kind == FeedTreeModel::Kind::Feed && !m_refresher->isRunning());
    action(QStringLiteral("markFeedRead"))
        ->setEnabled(kind == FeedTreeModel::Kind::Feed || kind == FeedTreeModel::Kind::Folder);
}

void FeedsController::startRefreshing()
{
    if (m_dueTimer.isActive())
        return;
    if (Settings().refreshAtStart())
        refresh({}); // at start; then whatever falls due
    m_dueTimer.start();
}

void FeedsController::setRefreshMinutes(int)
{
    refreshDue(); // a shorter interval may make feeds due now
}

void FeedsController::refreshDue()
{
    if (m_refresher->isRunning())
        return;
    m_refresher->refreshDue(Settings().refreshMinutes());
    updateFeedActions();
}

void FeedsController::reloadTree() const
{
    m_loader->load();
}

void FeedsController::refresh(const QList<qint64> &feedIds)
{
    if (m_refresher->isRunning()) {
        emit statusMessage(tr("Feeds are being updated."));
        return;
    }
    m_refresher->refresh(feedIds);
    updateFeedActions();
}

void FeedsController::handleFeedFinished(qint64, const FeedStoreOutcome &outcome,
                                         const QString &error)
{
    Q_UNUSED(error) // shown on the feed (icon and tooltip), never as a dialog
    reloadTree();
    if (outcome.added > 0 || outcome.updated > 0)
        m_articlesTimer.start();
}

void FeedsController::markRead(const ArticleFilter &filter, const QString &title)
{
    if (m_markRead->isRunning() || (filter.sourceId == 0 && filter.folderId == 0))
        return;
    action(QStringLiteral("markFeedRead"))->setEnabled(false);
    emit statusMessage(tr("Marking “%1” as read…").arg(title));
    m_markRead->start(filter, {});
}

void FeedsController::showAddFeed()
{
    auto *dialog = new AddFeedDialog(m_db, m_pane->model()->contents().folders, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddFeedDialog::subscribed, this, [this](qint64 id, const QString &title) {
        emit statusMessage(tr("Subscribed to “%1”.").arg(title));
        reloadTree();
        m_pane->select(FeedTreeModel::Kind::Feed, id); // once the tree has it
        connect(
            m_loader, &FeedTreeLoader::loaded, m_pane,
            [this, id] { m_pane->select(FeedTreeModel::Kind::Feed, id); },
            Qt::SingleShotConnection);
        if (m_refresher->isRunning())
            connect(
                m_refresher, &FeedRefresher::finished, this, [this, id] { refresh({ id }); },
                Qt::SingleShotConnection);
        else
            refresh({ id });
    });
    dialog->open();
}

void FeedsController::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Subscriptions"), QDir::homePath(),
        tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    auto report = std::make_shared<OpmlImportReport>();
    m_tasks->start(
        [path, report](Database &db) -> Status {
            const Result<OpmlDocument> document = OpmlReader::readFile(path);
            if (!document)
                return Error { document.error() };
            Result<OpmlImportReport> imported = OpmlImporter(db).import(*document);
            if (!imported)
                return Error { imported.error() };
            *report = std::move(*imported);
            return {};
        },
        [this, report](const Status &status) {
            if (!status) {
                emit statusMessage(status.error().section(u'\n', 0, 0));
                return;
            }
            emit statusMessage(tr("Imported %n feeds", nullptr, report->added)
                               + (report->skipped > 0
                                      ? tr(" (%n already followed).", nullptr, report->skipped)
                                      : QStringLiteral(".")));
            reloadTree();
            if (!report->addedIds.isEmpty())
                refresh(report->addedIds);
        });
}

void FeedsController::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Subscriptions"),
        QDir::home().filePath(QStringLiteral("subscriptions.opml")),
        tr("OPML files (*.opml);;All files (*)"));
    if (path.isEmpty())
        return;
    const FeedTreeContents &contents = m_pane->model()->contents();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(OpmlWriter::write(OpmlWriter::fromFeeds(contents.folders, contents.feeds)))
            < 0
        || !file.commit()) {
        emit statusMessage(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Exported %n feeds to %1.", nullptr, int(contents.feeds.size()))
                           .arg(QDir::toNativeSeparators(path)));
}

// VACUUM rewrites the whole file and cannot be stopped halfway safely: a modal busy dialog
// without Cancel says so, and the window's state comes back when it is done.
void FeedsController::compactLibrary()
{
    if (m_refresher->isRunning()) {
        emit statusMessage(tr("Compact the library once the feeds are updated."));
        return;
    }
    const auto sizeOf = [path = m_db.path()] {
        return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    };
    const qint64 before = sizeOf();
    auto *dialog = new QProgressDialog(
        tr("Compacting the library…\nThis cannot be interrupted safely; it takes a moment on a "
           "big library."),
        QString(), 0, 0, m_window);
    dialog->setObjectName(QStringLiteral("compactProgress"));
    dialog->setWindowTitle(tr("Compact Library"));
    dialog->setCancelButton(nullptr);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    const bool refreshing = m_dueTimer.isActive(); // no refresh starts while it runs
    m_dueTimer.stop();
    action(QStringLiteral("compactLibrary"))->setEnabled(false);
    m_tasks->start([](Database &db) { return Compactor(db).compact(); },
                   [this, dialog, before, sizeOf, refreshing](const Status &status) {
                       dialog->close();
                       action(QStringLiteral("compactLibrary"))->setEnabled(true);
                       if (refreshing)
                           m_dueTimer.start();
                       if (!status) {
                           emit statusMessage(status.error());
                           return;
                       }
                       const qint64 saved = std::max<qint64>(0, before - sizeOf());
                       emit statusMessage(tr("Library compacted: %1 saved.")
                                              .arg(QLocale().formattedDataSize(saved)));
                       emit compacted(saved);
                   });
}
