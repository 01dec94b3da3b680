// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

// The platform style, with what a dark palette hides made visible again: the checked state of
// tool buttons (All / Unread / Starred, the reading panel) and the frame of text fields. On a
// light palette it draws exactly as the platform style does.
class ThemeStyle : public QProxyStyle {
    Q_OBJECT
public:
    explicit ThemeStyle(const QString &baseKey);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};
