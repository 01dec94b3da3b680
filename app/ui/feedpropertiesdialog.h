// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/feed.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

// A feed's own settings: how often it refreshes (or the global interval), how much it keeps
// (days, articles; starred ones always stay) and whether new items fetch their full article.
class FeedPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    FeedPropertiesDialog(const Feed &feed, int globalRefreshMinutes, QWidget *parent = nullptr);

    int refreshMinutes() const; // 0: the global interval
    int keepDays() const; // 0: no limit
    int keepCount() const; // 0: no limit
    bool fetchFullArticles() const;

    QSpinBox *refreshBox() const { return m_refresh; }
    QSpinBox *keepDaysBox() const { return m_keepDays; }
    QSpinBox *keepCountBox() const { return m_keepCount; }
    QCheckBox *fullArticlesBox() const { return m_fullArticles; }

private:
    QSpinBox *m_refresh;
    QSpinBox *m_keepDays;
    QSpinBox *m_keepCount;
    QCheckBox *m_fullArticles;
};
