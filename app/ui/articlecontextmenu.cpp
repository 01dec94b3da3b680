// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecontextmenu.h"

#include "articlelistmodel.h"
#include "deletionundo.h"
#include "share/urlopener.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QUrl>

ArticleContextMenu::ArticleContextMenu(QListView *list, ArticleListModel *model,
                                       DeletionUndo *deletion, UrlOpener *opener, QObject *parent)
    : QObject(parent), m_list(list), m_model(model), m_deletion(deletion), m_opener(opener)
{
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ArticleContextMenu::showMenu);
    m_list->viewport()->installEventFilter(this);
}

bool ArticleContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    // The context menu event still comes; only the selection does not move.
    if (watched == m_list->viewport()
        && (event->type() == QEvent::MouseButtonPress
            || event->type() == QEvent::MouseButtonDblClick)
        && static_cast<QMouseEvent *>(event)->button() == Qt::RightButton)
        return true;
    return QObject::eventFilter(watched, event);
}

void ArticleContextMenu::showMenu(const QPoint &pos)
{
    if (QMenu *menu = createMenu(m_list->indexAt(pos)))
        menu->popup(m_list->viewport()->mapToGlobal(pos));
}

QMenu *ArticleContextMenu::createMenu(const QModelIndex &index)
{
    const qint64 id = index.data(ArticleListModel::IdRole).toLongLong();
    if (id <= 0)
        return nullptr;
    const bool read = index.data(ArticleListModel::ReadRole).toBool();
    const bool starred = index.data(ArticleListModel::StarredRole).toBool();
    const QString url = index.data(ArticleListModel::UrlRole).toString();
    auto *menu = new QMenu(m_list);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto add = [menu](const char *name, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    connect(add("open", tr("&Open")), &QAction::triggered, this,
            [this, id] { emit openRequested(id); });
    QAction *original = add("openOriginal", tr("Open Original in &Browser"));
    QAction *copy = add("copyLink", tr("&Copy Link"));
    original->setEnabled(!url.isEmpty());
    copy->setEnabled(!url.isEmpty());
    connect(original, &QAction::triggered, this,
            [this, url] { m_opener->open(QUrl(url, QUrl::StrictMode)); });
    connect(copy, &QAction::triggered, this, [url] { QGuiApplication::clipboard()->setText(url); });
    menu->addSeparator();
    connect(add("toggleRead", read ? tr("Mark as &Unread") : tr("Mark as &Read")),
            &QAction::triggered, this, [this, id, read] {
                if (const Status status = m_model->setRead(id, !read); !status)
                    emit statusMessage(status.error());
            });
    connect(add("toggleStar", starred ? tr("Remove &Star") : tr("&Star")), &QAction::triggered,
            this, [this, id, starred] {
                if (const Status status = m_model->setStarred(id, !starred); !status)
                    emit statusMessage(status.error());
            });
    menu->addSeparator();
    connect(add("delete", tr("&Delete")), &QAction::triggered, this, [this, id] {
        if (const Status status = m_deletion->deleteArticles({ id }); !status)
            emit statusMessage(status.error());
    });
    return menu;
}
