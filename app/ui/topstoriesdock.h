// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QListView;
class TopStoriesModel;

// "Top 10 Stories" on the right: numbered 1 to 10 with title and section; a click opens the
// article. Its close button hides it; toggleViewAction() (View > Top 10 Stories) brings it back.
class TopStoriesDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TopStoriesDock(TopStoriesModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    void setWindowDays(int days); // the caption under the title

signals:
    void articleActivated(qint64 id);

private:
    QListView *m_view;
    QLabel *m_caption;
};
