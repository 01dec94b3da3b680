// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"
#include "topstoriesmodel.h"

#include <QDockWidget>

class QLabel;
class QListView;
class QTabBar;

// "Top 10 Stories" on the right: numbered 1 to 10 with title, section and, for Top stories,
// how many sources carry each; a click opens the article. A tab bar in its header switches
// between "Top stories" and "Most read" (Tab reaches it, the arrow keys switch). Its close
// button hides it; toggleViewAction() (View > Top 10 Stories) brings it back.
class TopStoriesDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TopStoriesDock(TopStoriesModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QTabBar *rankingBar() const { return m_ranking; }
    void setWindowDays(int days); // the caption under the tabs, for Most read

signals:
    void articleActivated(qint64 id);
    void rankingChosen(TopRanking ranking); // by the user, in the header

private:
    void showMode(TopStoriesModel::Mode mode);
    void updateCaption();

    QListView *m_view;
    QTabBar *m_ranking;
    QLabel *m_caption;
    TopStoriesModel *m_model;
    int m_windowDays = 7;
};
