// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/article.h"

#include <QObject>

class ArticleListModel;
class QListView;

// Deleting from the list, and undoing the last deletion of the window. The deleted articles and
// their reads are kept in memory and put back with their ids, state and times. After a delete the
// list selects the article that followed; after an undo, the restored one.
class DeletionUndo : public QObject {
    Q_OBJECT
public:
    DeletionUndo(ArticleListModel *model, QListView *list, QObject *parent = nullptr);

    Status deleteCurrent(); // the list's current article
    Status deleteArticles(const QList<qint64> &ids);
    Status undo();
    bool canUndo() const { return !m_deleted.isEmpty(); }
    QString undoneTitle() const; // the title of what undo() would restore

signals:
    void aboutToDelete(const QList<qint64> &ids);
    void canUndoChanged(bool canUndo);
    void changed(); // the library changed (counts, Top 10)

private:
    ArticleListModel *m_model;
    QListView *m_list;
    QList<DeletedArticle> m_deleted;
};
