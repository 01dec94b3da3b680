// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtreemodel.h"

#include <QSet>
#include <QWidget>

class QTreeView;

// The feed tree above the article list. Selecting a node announces the articles it stands for;
// a reload keeps the selected node, the folders' expansion and the scroll position.
class FeedPane : public QWidget {
    Q_OBJECT
public:
    explicit FeedPane(QWidget *parent = nullptr);

    FeedTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    void setContents(const FeedTreeContents &contents);
    bool select(FeedTreeModel::Kind kind, qint64 id = 0); // false when there is no such node
    FeedTreeModel::Kind currentKind() const;
    qint64 currentId() const; // the feed's or folder's id; 0 for the views at the top
    ArticleFilter currentFilter() const;
    QString currentTitle() const;

signals:
    void scopeChanged(const ArticleFilter &filter);
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);

private:
    void restoreState();

    FeedTreeModel *m_model;
    QTreeView *m_tree;
    FeedTreeModel::Kind m_kind = FeedTreeModel::Kind::All;
    qint64 m_id = 0;
    QSet<qint64> m_collapsed; // folders the user closed; new folders open
};
