// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <functional>

namespace {
constexpr int side = 32; // drawn at 2x, shown at 16

QIcon draw(const std::function<void(QPainter &)> &paint)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    painter.end();
    pixmap.setDevicePixelRatio(2);
    return QIcon(pixmap);
}

QPainterPath star(QPointF centre, double outer, double inner)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double r = i % 2 ? inner : outer;
        const QPointF point(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}
} // namespace

namespace FeedIcons {
QIcon feed()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe8, 0x7a, 0x1e));
        p.drawRoundedRect(QRectF(2, 2, 28, 28), 6, 6);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(9.5, 22.5), 3, 3);
        QPen pen(Qt::white, 3.6, Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(-3.5, 10, 25, 25), 0, 90 * 16);
        p.drawArc(QRectF(-10.5, 3, 39, 39), 0, 90 * 16);
    });
    return icon;
}

QIcon folder()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(QPen(QColor(0x9a, 0x7b, 0x3f), 1.5));
        p.setBrush(QColor(0xe9, 0xc4, 0x6a));
        QPainterPath path;
        path.moveTo(3, 8);
        path.lineTo(12, 8);
        path.lineTo(15, 11);
        path.lineTo(29, 11);
        path.lineTo(29, 26);
        path.lineTo(3, 26);
        path.closeSubpath();
        p.drawPath(path);
    });
    return icon;
}

QIcon error()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd0, 0x3b, 0x2f));
        QPainterPath triangle;
        triangle.moveTo(16, 3);
        triangle.lineTo(30, 28);
        triangle.lineTo(2, 28);
        triangle.closeSubpath();
        p.drawPath(triangle);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(14.5, 11, 3, 10), 1.5, 1.5);
        p.drawEllipse(QPointF(16, 24.5), 1.8, 1.8);
    });
    return icon;
}

QIcon gone()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(16, 16), 11, 11);
        p.drawLine(QPointF(8.5, 23.5), QPointF(23.5, 8.5));
    });
    return icon;
}

QIcon all()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x5b, 0x7f, 0xa8));
        for (int i = 0; i < 3; ++i)
            p.drawRoundedRect(QRectF(4, 6 + i * 8, 24, 5), 2, 2);
    });
    return icon;
}

QIcon unread()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2f, 0x7d, 0xd8));
        p.drawEllipse(QPointF(16, 16), 8, 8);
    });
    return icon;
}

QIcon starred()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe8, 0xb0, 0x1e));
        p.drawPath(star(QPointF(16, 17), 13, 5.5));
    });
    return icon;
}

QIcon fromFavicon(const QByteArray &bytes)
{
    QPixmap pixmap;
    if (bytes.isEmpty() || !pixmap.loadFromData(bytes))
        return {};
    return QIcon(pixmap);
}
} // namespace FeedIcons
