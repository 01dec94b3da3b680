// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtreemodel.h"

#include "feedicons.h"

#include <QCollator>
#include <QHash>

#include <functional>

struct FeedTreeModel::Node {
    Kind kind = Kind::All;
    qint64 id = 0;
    QString title;
    int count = 0;
    QString error;
    bool gone = false;
    QIcon icon;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    bool sameShape(const Node &other) const
    {
        if (kind != other.kind || id != other.id || title != other.title
            || children.size() != other.children.size())
            return false;
        for (size_t i = 0; i < children.size(); ++i) {
            if (!children[i]->sameShape(*other.children[i]))
                return false;
        }
        return true;
    }
};

FeedTreeModel::FeedTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(build(FeedTreeContents {}))
{
}

FeedTreeModel::~FeedTreeModel() = default;

QIcon FeedTreeModel::iconOf(const Feed &feed) const
{
    if (feed.gone)
        return FeedIcons::gone();
    if (!feed.lastError.isEmpty())
        return FeedIcons::error();
    const QIcon favicon = FeedIcons::fromFavicon(feed.favicon);
    return favicon.isNull() ? FeedIcons::feed() : favicon;
}

std::unique_ptr<FeedTreeModel::Node> FeedTreeModel::build(const FeedTreeContents &contents) const
{
    auto root = std::make_unique<Node>();
    const auto special = [&](Kind kind, const QString &title, const QIcon &icon, int count) {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->title = title;
        node->icon = icon;
        node->count = count;
        root->add(std::move(node));
    };
    special(Kind::All, tr("All articles"), FeedIcons::all(), 0);
    special(Kind::Unread, tr("Unread"), FeedIcons::unread(), contents.unread);
    special(Kind::Starred, tr("Starred"), FeedIcons::starred(), contents.starred);

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<FeedFolder> folders = contents.folders;
    std::sort(folders.begin(), folders.end(), [&](const FeedFolder &a, const FeedFolder &b) {
        return collator.compare(a.title, b.title) < 0;
    });
    QList<Feed> feeds = contents.feeds;
    std::sort(feeds.begin(), feeds.end(), [&](const Feed &a, const Feed &b) {
        return collator.compare(a.title, b.title) < 0;
    });

    QHash<qint64, Node *> folderNodes;
    folderNodes.insert(0, root.get());
    // Parents before children: keep placing folders whose parent is placed (a folder whose
    // parent is missing goes to the top level rather than vanishing).
    QList<FeedFolder> pending = folders;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            Node *parent = folderNodes.value(it->parentId);
            if (!parent) {
                ++it;
                continue;
            }
            auto node = std::make_unique<Node>();
            node->kind = Kind::Folder;
            node->id = it->id;
            node->title = it->title;
            node->icon = FeedIcons::folder();
            folderNodes.insert(it->id, parent->add(std::move(node)));
            it = pending.erase(it);
        }
        if (pending.size() == before) { // orphans or a cycle
            for (FeedFolder &orphan : pending)
                orphan.parentId = 0;
        }
    }
    for (const Feed &feed : std::as_const(feeds)) {
        Node *parent = folderNodes.value(feed.folderId, root.get());
        auto node = std::make_unique<Node>();
        node->kind = Kind::Feed;
        node->id = feed.id;
        node->title = feed.title.isEmpty() ? feed.url : feed.title;
        node->count = feed.unread;
        node->error = feed.lastError;
        node->gone = feed.gone;
        node->icon = iconOf(feed);
        parent->add(std::move(node));
        for (Node *folder = parent; folder && folder->kind == Kind::Folder; folder = folder->parent)
            folder->count += feed.unread;
    }
    return root;
}

void FeedTreeModel::setContents(const FeedTreeContents &contents)
{
    m_contents = contents;
    std::unique_ptr<Node> fresh = build(contents);
    if (!fresh->sameShape(*m_root)) {
        beginResetModel();
        m_root = std::move(fresh);
        endResetModel();
        return;
    }
    // Same nodes in the same places: new counts, errors and icons in place.
    std::function<void(Node *, Node *)> update = [&](Node *old, Node *now) {
        for (size_t i = 0; i < old->children.size(); ++i) {
            Node *a = old->children[i].get();
            Node *b = now->children[i].get();
            if (a->count != b->count || a->error != b->error || a->gone != b->gone
                || a->icon.cacheKey() != b->icon.cacheKey()) {
                a->count = b->count;
                a->error = b->error;
                a->gone = b->gone;
                a->icon = b->icon;
                const QModelIndex changed = createIndex(int(i), 0, a);
                emit dataChanged(changed, changed);
            }
            update(a, b);
        }
    };
    update(m_root.get(), fresh.get());
}

FeedTreeModel::Node *FeedTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FeedTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex FeedTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex FeedTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOfNode(nodeOf(child)->parent) : QModelIndex();
}

int FeedTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : int(nodeOf(parent)->children.size());
}

int FeedTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FeedTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->title;
    case Qt::DecorationRole:
        return node->icon;
    case Qt::ToolTipRole:
        if (node->gone)
            return tr("%1: the site says this feed is gone; it is no longer refreshed.")
                .arg(node->title);
        if (!node->error.isEmpty())
            return tr("%1: the last refresh failed: %2").arg(node->title, node->error);
        if (node->kind == Kind::Feed)
            return tr("%1 (%n unread)", nullptr, node->count).arg(node->title);
        return {};
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case CountRole:
        return node->count;
    case ErrorRole:
        return node->error;
    case GoneRole:
        return node->gone;
    default:
        return {};
    }
}

QModelIndex FeedTreeModel::indexOf(Kind kind, qint64 id) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        for (const auto &child : node->children) {
            if (child->kind == kind && child->id == id)
                return child.get();
            if (const Node *found = find(child.get()))
                return found;
        }
        return nullptr;
    };
    return indexOfNode(find(m_root.get()));
}

std::optional<Feed> FeedTreeModel::feed(qint64 id) const
{
    for (const Feed &feed : m_contents.feeds) {
        if (feed.id == id)
            return feed;
    }
    return std::nullopt;
}

ArticleFilter FeedTreeModel::filterOf(const QModelIndex &index)
{
    ArticleFilter filter;
    const auto kind = Kind(index.data(KindRole).toInt());
    const qint64 id = index.data(IdRole).toLongLong();
    filter.unreadOnly = index.isValid() && kind == Kind::Unread;
    filter.starredOnly = index.isValid() && kind == Kind::Starred;
    if (kind == Kind::Feed)
        filter.sourceId = id;
    else if (kind == Kind::Folder)
        filter.folderId = id;
    return filter;
}
