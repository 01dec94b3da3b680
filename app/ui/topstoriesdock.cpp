// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topstoriesdock.h"

#include "topstoriesdelegate.h"
#include "topstoriesmodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

TopStoriesDock::TopStoriesDock(TopStoriesModel *model, QWidget *parent)
    : QDockWidget(tr("Top 10 Stories"), parent), m_view(new QListView), m_caption(new QLabel)
{
    setObjectName(QStringLiteral("topStoriesDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    m_view->setModel(model);
    m_view->setItemDelegate(new TopStoriesDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->setAccessibleName(tr("Top 10 Stories"));
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(TopStoriesModel::IdRole).toLongLong());
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(TopStoriesModel::IdRole).toLongLong());
    });

    m_caption->setContentsMargins(12, 6, 12, 6);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setWindowDays(model->windowDays());
}

void TopStoriesDock::setWindowDays(int days)
{
    m_caption->setText(days == 1 ? tr("Most read in the last 24 hours")
                                 : tr("Most read in the last %n days", nullptr, days));
}
