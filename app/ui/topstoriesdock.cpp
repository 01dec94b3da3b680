// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topstoriesdock.h"

#include "topstoriesdelegate.h"

#include <QLabel>
#include <QListView>
#include <QTabBar>
#include <QVBoxLayout>

namespace {
constexpr int topStoriesTab = 0;
constexpr int mostReadTab = 1;
} // namespace

TopStoriesDock::TopStoriesDock(TopStoriesModel *model, QWidget *parent)
    : QDockWidget(tr("Top 10 Stories"), parent), m_view(new QListView), m_ranking(new QTabBar),
      m_caption(new QLabel), m_model(model)
{
    setObjectName(QStringLiteral("topStoriesDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    m_view->setModel(model);
    m_view->setItemDelegate(new TopStoriesDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    // Row heights follow the viewport's width: without word wrap QListView lays the rows out
    // again only when the height changes, so a scrollbar appearing after a switch of ranking
    // left two-line titles in one-line rows.
    m_view->setWordWrap(true);
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

    m_ranking->setObjectName(QStringLiteral("topStoriesRanking"));
    m_ranking->setAccessibleName(tr("Ranking"));
    m_ranking->setDrawBase(false);
    m_ranking->setExpanding(false);
    m_ranking->setDocumentMode(true);
    m_ranking->setFocusPolicy(Qt::TabFocus);
    m_ranking->insertTab(topStoriesTab, tr("Top stories"));
    m_ranking->insertTab(mostReadTab, tr("Most read"));
    m_ranking->setTabToolTip(topStoriesTab,
                             tr("Unread stories of the last 48 hours, by how many of your "
                                "sources carry them"));
    m_ranking->setTabToolTip(mostReadTab, tr("What you read most"));
    connect(m_ranking, &QTabBar::tabBarClicked, this, [this](int tab) {
        if (tab >= 0)
            emit rankingChosen(tab == topStoriesTab ? TopRanking::TopStories
                                                    : TopRanking::MostRead);
    });
    connect(m_ranking, &QTabBar::currentChanged, this, [this](int tab) {
        updateCaption();
        if (m_ranking->hasFocus()) // the keyboard; a click is told by tabBarClicked
            emit rankingChosen(tab == topStoriesTab ? TopRanking::TopStories
                                                    : TopRanking::MostRead);
    });
    connect(model, &TopStoriesModel::modeChanged, this, &TopStoriesDock::showMode);

    m_caption->setContentsMargins(12, 2, 12, 6);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 8, 0);
    header->addWidget(m_ranking);
    header->addStretch();
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    setWidget(content);
    showMode(model->mode());
    setWindowDays(model->windowDays());
}

void TopStoriesDock::setWindowDays(int days)
{
    m_windowDays = days;
    updateCaption();
}

void TopStoriesDock::showMode(TopStoriesModel::Mode mode)
{
    const QSignalBlocker blocker(m_ranking);
    m_ranking->setCurrentIndex(mode == TopStoriesModel::Mode::TopStories ? topStoriesTab
                                                                         : mostReadTab);
    updateCaption();
}

void TopStoriesDock::updateCaption()
{
    if (m_ranking->currentIndex() == topStoriesTab)
        m_caption->setText(tr("Unread, last 48 hours, by how many sources carry them"));
    else
        m_caption->setText(m_windowDays == 1
                               ? tr("Most read in the last 24 hours")
                               : tr("Most read in the last %n days", nullptr, m_windowDays));
}
