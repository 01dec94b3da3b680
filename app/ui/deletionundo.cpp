// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletionundo.h"

#include "articlelistmodel.h"

#include <QListView>

DeletionUndo::DeletionUndo(ArticleListModel *model, QListView *list, QObject *parent)
    : QObject(parent), m_model(model), m_list(list)
{
}

Status DeletionUndo::deleteCurrent()
{
    const qint64 id = m_list->currentIndex().data(ArticleListModel::IdRole).toLongLong();
    if (id <= 0)
        return {};
    return deleteArticles({ id });
}

Status DeletionUndo::deleteArticles(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const int row = m_list->currentIndex().row();
    emit aboutToDelete(ids);
    auto taken = m_model->take(ids);
    if (!taken)
        return Error { taken.error() };
    m_deleted = std::move(*taken);
    // The current row left with its article: the one that followed takes its place.
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0) {
        const QModelIndex next = m_model->index(std::clamp(row, 0, m_model->rowCount() - 1));
        m_list->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(next);
    }
    emit canUndoChanged(true);
    emit changed();
    return {};
}

Status DeletionUndo::undo()
{
    if (m_deleted.isEmpty())
        return {};
    const auto restored = m_model->restore(m_deleted);
    if (!restored)
        return Error { restored.error() };
    const qint64 first = restored->value(0);
    m_deleted.clear();
    emit canUndoChanged(false);
    emit changed();
    if (const int row = m_model->rowOf(first); row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    }
    return {};
}

QString DeletionUndo::undoneTitle() const
{
    return m_deleted.isEmpty() ? QString() : m_deleted.constFirst().article.title;
}
