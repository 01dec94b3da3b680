// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// The thin line under the reader's toolbar that shows how far into the article the reader is:
// empty at the top, full at the end, blank while the article fits on one screen.
class ReadingProgress : public QWidget {
    Q_OBJECT
public:
    explicit ReadingProgress(QWidget *parent = nullptr);

    qreal fraction() const { return m_fraction; } // 0..1; negative: nothing to show
    void setFraction(qreal fraction);
    // From the page's scroll position, its content height and the viewport height.
    void setPosition(qreal scrollY, qreal contentHeight, qreal viewportHeight);

    QSize sizeHint() const override;

signals:
    void fractionChanged(qreal fraction);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal m_fraction = -1;
};
