// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class ArticleListModel;
class DeletionUndo;
class QListView;
class QMenu;
class QModelIndex;
class QPoint;
class UrlOpener;

// The menu on a list row: Open, Open Original in Browser, Copy Link, Mark as Read/Unread,
// Star/Unstar, Delete. It acts on the row clicked, which need not be the one being read: a
// right-click does not open the row (which would mark it read before the menu shows).
class ArticleContextMenu : public QObject {
    Q_OBJECT
public:
    ArticleContextMenu(QListView *list, ArticleListModel *model, DeletionUndo *deletion,
                       UrlOpener *opener, QObject *parent = nullptr);

    // The menu for a row, its actions named open, openOriginal, copyLink, toggleRead,
    // toggleStar, delete; deleted when it closes. Null for no row.
    QMenu *createMenu(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void openRequested(qint64 id);
    void statusMessage(const QString &text);

private:
    void showMenu(const QPoint &pos);

    QListView *m_list;
    ArticleListModel *m_model;
    DeletionUndo *m_deletion;
    UrlOpener *m_opener;
};
