// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedpane.h"

#include "feedtreedelegate.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

FeedPane::FeedPane(QWidget *parent)
    : QWidget(parent), m_model(new FeedTreeModel(this)), m_tree(new QTreeView)
{
    m_tree->setObjectName(QStringLiteral("feedTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new FeedTreeDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(14);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Feeds"));
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_kind = FeedTreeModel::Kind(current.data(FeedTreeModel::KindRole).toInt());
                m_id = current.data(FeedTreeModel::IdRole).toLongLong();
                emit scopeChanged(FeedTreeModel::filterOf(current));
            });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(FeedTreeModel::IdRole).toLongLong());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(FeedTreeModel::IdRole).toLongLong());
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (index.isValid())
            m_tree->setCurrentIndex(index);
        emit contextMenuRequested(index, m_tree->viewport()->mapToGlobal(pos));
    });
    restoreState(); // "All articles", selected
}

void FeedPane::setContents(const FeedTreeContents &contents)
{
    const int scroll = m_tree->verticalScrollBar()->value();
    const QSignalBlocker blocker(m_tree->selectionModel()); // the same node: no new scope
    m_model->setContents(contents);
    restoreState();
    m_tree->verticalScrollBar()->setValue(scroll);
    if (m_tree->currentIndex().isValid())
        return;
    // The selected feed or folder went (unsubscribed, deleted): back to all articles.
    m_kind = FeedTreeModel::Kind::All;
    m_id = 0;
    m_tree->setCurrentIndex(m_model->indexOf(m_kind));
    emit scopeChanged(currentFilter());
}

void FeedPane::restoreState()
{
    const std::function<void(const QModelIndex &)> expand = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_model->rowCount(index) == 0)
                continue;
            m_tree->setExpanded(index,
                                !m_collapsed.contains(index.data(FeedTreeModel::IdRole).toLongLong()));
            expand(index);
        }
    };
    {
        const QSignalBlocker blocker(m_tree); // expanded/collapsed signals: not the user's
        expand({});
    }
    const QModelIndex current = m_model->indexOf(m_kind, m_id);
    if (current.isValid() && m_tree->currentIndex() != current)
        m_tree->setCurrentIndex(current);
}

bool FeedPane::select(FeedTreeModel::Kind kind, qint64 id)
{
    const QModelIndex index = m_model->indexOf(kind, id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

FeedTreeModel::Kind FeedPane::currentKind() const
{
    return m_kind;
}

qint64 FeedPane::currentId() const
{
    return m_id;
}

ArticleFilter FeedPane::currentFilter() const
{
    return FeedTreeModel::filterOf(m_model->indexOf(m_kind, m_id));
}

QString FeedPane::currentTitle() const
{
    return m_model->indexOf(m_kind, m_id).data().toString();
}
