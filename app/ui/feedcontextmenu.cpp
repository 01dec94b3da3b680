// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcontextmenu.h"

#include "feedpane.h"
#include "feedpropertiesdialog.h"
#include "librarytasks.h"
#include "store/feedstore.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

using Kind = FeedTreeModel::Kind;

FeedContextMenu::FeedContextMenu(Database &db, LibraryTasks *tasks, FeedPane *pane,
                                 QWidget *window, std::function<int()> globalRefreshMinutes)
    : QObject(pane), m_db(db), m_tasks(tasks), m_pane(pane), m_window(window),
      m_globalRefreshMinutes(std::move(globalRefreshMinutes))
{
}

QMenu *FeedContextMenu::createMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto named = [menu](const QString &name, const QString &text, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        QObject::connect(action, &QAction::triggered, menu, slot);
        return action;
    };
    const auto kind = Kind(index.data(FeedTreeModel::KindRole).toInt());
    const qint64 id = index.data(FeedTreeModel::IdRole).toLongLong();
    if (index.isValid() && kind == Kind::Feed) {
        const std::optional<Feed> feed = m_pane->model()->feed(id);
        named(QStringLiteral("refreshFeed"), tr("&Refresh Now"), [this, id] { emit refreshRequested({ id }); });
        named(QStringLiteral("markFeedRead"), tr("&Mark All as Read"), [this, index] {
            emit markReadRequested(FeedTreeModel::filterOf(index), index.data().toString());
        });
        menu->addSeparator();
        named(QStringLiteral("renameFeed"), tr("Re&name..."), [this, id] { renameFeed(id); });
        QMenu *move = createMoveMenu(id, menu);
        menu->addMenu(move);
        QAction *full = named(QStringLiteral("fullArticles"), tr("Fetch &Full Articles"), [] {});
        full->setCheckable(true);
        full->setChecked(feed && feed->fetchFullArticles);
        connect(full, &QAction::toggled, this, [this, id](bool on) { setFetchFullArticles(id, on); });
        named(QStringLiteral("feedProperties"), tr("&Properties..."), [this, id] { editProperties(id); });
        menu->addSeparator();
        named(QStringLiteral("unsubscribe"), tr("&Unsubscribe..."), [this, id] { unsubscribe(id); });
    } else if (index.isValid() && kind == Kind::Folder) {
        named(QStringLiteral("refreshFeed"), tr("&Refresh Now"),
              [this, id] { emit refreshRequested(feedsUnder(id)); });
        named(QStringLiteral("markFeedRead"), tr("&Mark All as Read"), [this, index] {
            emit markReadRequested(FeedTreeModel::filterOf(index), index.data().toString());
        });
        menu->addSeparator();
        named(QStringLiteral("newFolder"), tr("New &Folder..."), [this, id] { newFolder(id); });
        named(QStringLiteral("renameFolder"), tr("Re&name Folder..."), [this, id] { renameFolder(id); });
        named(QStringLiteral("deleteFolder"), tr("&Delete Folder"), [this, id] { deleteFolder(id); });
    } else {
        named(QStringLiteral("addFeed"), tr("&Add Feed..."), [this] { emit addFeedRequested(); });
        named(QStringLiteral("newFolder"), tr("New &Folder..."), [this] { newFolder(0); });
    }
    return menu;
}

QMenu *FeedContextMenu::createMoveMenu(qint64 feedId, QWidget *parent)
{
    auto *move = new QMenu(tr("Move &to Folder"), parent);
    move->menuAction()->setObjectName(QStringLiteral("moveFeed"));
    const std::optional<Feed> feed = m_pane->model()->feed(feedId);
    const qint64 current = feed ? feed->folderId : 0;
    const auto add = [&](const QString &text, qint64 folderId) {
        QAction *action = move->addAction(text);
        action->setCheckable(true);
        action->setChecked(folderId == current);
        action->setData(folderId);
        connect(action, &QAction::triggered, this,
                [this, feedId, folderId] { moveFeed(feedId, folderId); });
    };
    add(tr("Top Level"), 0);
    const QList<FeedFolder> folders = m_pane->model()->contents().folders;
    for (const FeedFolder &folder : folders)
        add(folder.title, folder.id);
    move->addSeparator();
    QAction *create = move->addAction(tr("New Folder..."));
    connect(create, &QAction::triggered, this, [this, feedId] { newFolder(0, feedId); });
    return move;
}

QString FeedContextMenu::titleOf(qint64 feedId) const
{
    const std::optional<Feed> feed = m_pane->model()->feed(feedId);
    return !feed ? QString() : feed->title.isEmpty() ? feed->url : feed->title;
}

QList<qint64> FeedContextMenu::feedsUnder(qint64 folderId) const
{
    const FeedTreeContents &contents = m_pane->model()->contents();
    QList<qint64> folders { folderId };
    for (qsizetype i = 0; i < folders.size(); ++i) { // parents come before children
        for (const FeedFolder &folder : contents.folders) {
            if (folder.parentId == folders.at(i) && !folders.contains(folder.id))
                folders.append(folder.id);
        }
    }
    QList<qint64> feeds;
    for (const Feed &feed : contents.feeds) {
        if (folders.contains(feed.folderId))
            feeds.append(feed.id);
    }
    return feeds;
}

void FeedContextMenu::report(const Status &status)
{
    if (!status)
        emit statusMessage(status.error());
    emit changed();
}

void FeedContextMenu::renameFeed(qint64 id)
{
    bool ok = false;
    const QString title = QInputDialog::getText(
        m_window, tr("Rename Feed"), tr("Name (empty: the feed's own title):"), QLineEdit::Normal,
        titleOf(id), &ok);
    if (ok)
        report(FeedStore(m_db).rename(id, title.trimmed()));
}

void FeedContextMenu::moveFeed(qint64 id, qint64 folderId)
{
    report(FeedStore(m_db).moveToFolder(id, folderId));
}

void FeedContextMenu::setFetchFullArticles(qint64 id, bool on)
{
    const auto feed = FeedStore(m_db).get(id);
    if (!feed) {
        report(Error { feed.error() });
        return;
    }
    report(FeedStore(m_db).setSettings(id, feed->refreshMinutes, feed->keepDays, feed->keepCount,
                                       on));
}

void FeedContextMenu::editProperties(qint64 id)
{
    const auto feed = FeedStore(m_db).get(id);
    if (!feed) {
        report(Error { feed.error() });
        return;
    }
    FeedPropertiesDialog dialog(*feed, m_globalRefreshMinutes(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(FeedStore(m_db).setSettings(id, dialog.refreshMinutes(), dialog.keepDays(),
                                       dialog.keepCount(), dialog.fetchFullArticles()));
}

void FeedContextMenu::unsubscribe(qint64 id)
{
    const QString title = titleOf(id);
    QMessageBox box(QMessageBox::Question, tr("Unsubscribe"),
                    tr("Unsubscribe from “%1”?").arg(title), QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsubscribeQuestion"));
    box.setInformativeText(
        tr("Its articles are deleted from the library. Starred articles stay."));
    QPushButton *yes = box.addButton(tr("Unsubscribe"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    auto removed = std::make_shared<int>(0);
    m_tasks->start(
        [id, removed](Database &db) -> Status {
            const Result<int> result = FeedStore(db).unsubscribe(id);
            if (!result)
                return Error { result.error() };
            *removed = *result;
            return {};
        },
        [this, title, removed](const Status &status) {
            emit statusMessage(status ? tr("Unsubscribed from “%1” (%n articles removed).",
                                           nullptr, *removed)
                                            .arg(title)
                                      : status.error());
            emit changed();
            emit articlesChanged();
        });
}

void FeedContextMenu::newFolder(qint64 parentId, qint64 moveFeedId)
{
    bool ok = false;
    const QString title = QInputDialog::getText(m_window, tr("New Folder"), tr("Folder name:"),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || title.isEmpty())
        return;
    const Result<qint64> folder = FeedStore(m_db).ensureFolder(title, parentId);
    if (folder && moveFeedId > 0) {
        report(FeedStore(m_db).moveToFolder(moveFeedId, *folder));
        return;
    }
    report(folder ? Status() : Status(Error { folder.error() }));
}

void FeedContextMenu::renameFolder(qint64 id)
{
    const QModelIndex index = m_pane->model()->indexOf(Kind::Folder, id);
    bool ok = false;
    const QString title = QInputDialog::getText(m_window, tr("Rename Folder"), tr("Folder name:"),
                                                QLineEdit::Normal, index.data().toString(), &ok)
                              .trimmed();
    if (ok && !title.isEmpty())
        report(FeedStore(m_db).renameFolder(id, title));
}

void FeedContextMenu::deleteFolder(qint64 id)
{
    // Nothing is lost: its feeds and folders move up a level.
    const Status status = FeedStore(m_db).removeFolder(id);
    if (status)
        emit statusMessage(tr("Folder deleted; its feeds moved up a level."));
    report(status);
}
