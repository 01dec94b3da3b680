// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingprogress.h"

#include <QPainter>

ReadingProgress::ReadingProgress(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("readingProgress"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(2);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void ReadingProgress::setFraction(qreal fraction)
{
    fraction = fraction < 0 ? -1 : qMin<qreal>(fraction, 1);
    if (qFuzzyCompare(fraction + 2, m_fraction + 2))
        return;
    m_fraction = fraction;
    update();
    emit fractionChanged(fraction);
}

void ReadingProgress::setPosition(qreal scrollY, qreal contentHeight, qreal viewportHeight)
{
    const qreal room = contentHeight - viewportHeight;
    setFraction(room < 1 ? -1 : qBound<qreal>(0, scrollY / room, 1));
}

QSize ReadingProgress::sizeHint() const
{
    return { 100, 2 };
}

void ReadingProgress::paintEvent(QPaintEvent *)
{
    if (m_fraction <= 0)
        return;
    QPainter painter(this);
    painter.fillRect(QRectF(0, 0, width() * m_fraction, height()),
                     palette().color(QPalette::Highlight));
}
