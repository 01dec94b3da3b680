// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QColor>
#include <QPalette>
#include <QString>

// One theme's colours, as the reader shows them.
struct ThemeColors {
    QColor background;
    QColor text;
    QColor muted;
    QColor rule;
    QColor link;
    QColor accent;
    QColor mark; // search hits and selections
    QColor markText;
    QColor raised; // code blocks, the floating Go to Top button
};

// The one place that defines Byline's theme colours: the reader's CSS custom properties, the
// window palette around a dark reader, the list's search highlight and the Go to Top button.
class Theme {
public:
    // "light", "sepia" or "dark" (anything else: light).
    static ThemeColors colors(const QString &name);
    // CSS custom properties for every html[data-theme=...] of the reader, put before reader.css.
    static QString readerCss();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
    // Search hits in the list, readable on the palette's base colour.
    static QColor highlightBackground(const QPalette &palette);
    static QColor highlightText(const QPalette &palette);
    // The application palette (dark around a dark reader) and the style that keeps checked
    // buttons and text field frames visible on it.
    static void applyToApplication(ReaderTheme theme);
    // WCAG 2 contrast ratio, 1..21.
    static double contrast(const QColor &a, const QColor &b);
};
