// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themestyle.h"

#include "theme.h"

#include <QPainter>
#include <QStyleOption>

ThemeStyle::ThemeStyle(const QString &baseKey) : QProxyStyle(baseKey) { }

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    if (!Theme::isDark(option->palette)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_PanelButtonTool && (option->state & State_On)) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(option->palette.color(QPalette::Highlight).lighter(140));
        painter->setBrush(option->palette.color(QPalette::Highlight));
        painter->drawRoundedRect(box, 3, 3);
        painter->restore();
        return;
    }
    if (element == PE_FrameLineEdit) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool focus = option->state & State_HasFocus;
        painter->setPen(QPen(option->palette.color(focus ? QPalette::Highlight : QPalette::Mid),
                             focus ? 1.5 : 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, 3, 3);
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void ThemeStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    if (element == CE_ToolButtonLabel && (option->state & State_On)
        && Theme::isDark(option->palette)) {
        if (const auto *button = qstyleoption_cast<const QStyleOptionToolButton *>(option)) {
            QStyleOptionToolButton copy = *button;
            copy.palette.setColor(QPalette::ButtonText,
                                  copy.palette.color(QPalette::HighlightedText));
            QProxyStyle::drawControl(element, &copy, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}
