// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"
#include "store/feed.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <optional>
#include <vector>

// What the feed tree shows, loaded in one go on a worker (FeedTreeLoader).
struct FeedTreeContents {
    QList<FeedFolder> folders;
    QList<Feed> feeds; // with their unread and total counts
    int unread = 0; // in the whole library
    int starred = 0;
};

// The left pane's feed tree: All articles, Unread, Starred, then folders (nested) and feeds with
// unread counts, favicons and error state. Holds plain data: data() never runs SQL. A reload
// with the same nodes updates counts and icons in place (dataChanged), so selection, expansion
// and scroll position stay; a changed structure resets the model.
class FeedTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { All, Unread, Starred, Folder, Feed };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, CountRole, ErrorRole, GoneRole };

    explicit FeedTreeModel(QObject *parent = nullptr);
    ~FeedTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setContents(const FeedTreeContents &contents);
    const FeedTreeContents &contents() const { return m_contents; }
    QModelIndex indexOf(Kind kind, qint64 id = 0) const; // invalid when absent
    std::optional<Feed> feed(qint64 id) const;
    // The articles a node stands for (sourceId, folderId, unreadOnly or starredOnly).
    static ArticleFilter filterOf(const QModelIndex &index);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    std::unique_ptr<Node> build(const FeedTreeContents &contents) const;
    QIcon iconOf(const Feed &feed) const;

    std::unique_ptr<Node> m_root;
    FeedTreeContents m_contents;
};
