// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "themestyle.h"

#include <QApplication>
#include <QStyle>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const ThemeColors light
    = { QColor(0xfd, 0xfc, 0xf9), QColor(0x1e, 0x1e, 0x1c), QColor(0x5e, 0x5d, 0x58),
        QColor(0xe2, 0xdf, 0xd6), QColor(0x1a, 0x4d, 0x8f), QColor(0xa3, 0x26, 0x1d),
        QColor(0xfd, 0xe6, 0x8a), QColor(0x1e, 0x1e, 0x1c), QColor(0xf1, 0xef, 0xe9) };
const ThemeColors sepia
    = { QColor(0xf5, 0xed, 0xdc), QColor(0x3b, 0x2e, 0x22), QColor(0x6d, 0x5a, 0x45),
        QColor(0xdf, 0xd0, 0xb2), QColor(0x7b, 0x3f, 0x12), QColor(0x8e, 0x35, 0x16),
        QColor(0xf0, 0xd9, 0x8a), QColor(0x3b, 0x2e, 0x22), QColor(0xec, 0xe1, 0xc8) };
const ThemeColors dark
    = { QColor(0x1c, 0x1c, 0x1e), QColor(0xd9, 0xd7, 0xd2), QColor(0x9d, 0x9a, 0x93),
        QColor(0x38, 0x37, 0x3a), QColor(0x8a, 0xb4, 0xf8), QColor(0xf2, 0x8b, 0x82),
        QColor(0x5c, 0x4b, 0x12), QColor(0xf3, 0xef, 0xe4), QColor(0x2a, 0x2a, 0x2d) };

QString properties(const ThemeColors &c, bool isDark)
{
    const auto hex = [](const QColor &color) { return color.name(QColor::HexRgb); };
    return u"--bg: %1; --fg: %2; --muted: %3; --rule: %4; --link: %5; --accent: %6; "
           "--mark: %7; --mark-text: %8; --code-bg: %9; color-scheme: "_s.arg(
               hex(c.background), hex(c.text), hex(c.muted), hex(c.rule), hex(c.link),
               hex(c.accent), hex(c.mark), hex(c.markText), hex(c.raised))
        + (isDark ? u"dark;"_s : u"light;"_s);
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

ThemeColors Theme::colors(const QString &name)
{
    if (name == "dark"_L1)
        return dark;
    if (name == "sepia"_L1)
        return sepia;
    return light;
}

QString Theme::readerCss()
{
    return u":root, html[data-theme=\"light\"] { "_s + properties(light, false)
        + u" }\nhtml[data-theme=\"sepia\"] { "_s + properties(sepia, false)
        + u" }\nhtml[data-theme=\"dark\"] { "_s + properties(dark, true)
        + u" }\n@media (prefers-color-scheme: dark) {\n    html[data-theme=\"system\"] { "_s
        + properties(dark, true) + u" }\n}\n"_s;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor text(0xe4, 0xe4, 0xe2);
    p.setColor(QPalette::Window, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x32, 0x32, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x6c, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8a));
    p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x32, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, dark.link);
    p.setColor(QPalette::Light, QColor(0x44, 0x44, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x6b, 0x6b, 0x70)); // frames: 3:1 on the base colour
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x6e, 0x6e));
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::highlightBackground(const QPalette &palette)
{
    return (isDark(palette) ? dark : light).mark;
}

QColor Theme::highlightText(const QPalette &palette)
{
    return (isDark(palette) ? dark : light).markText;
}

void Theme::applyToApplication(ReaderTheme theme)
{
    static const QPalette original = QApplication::palette(); // as the style gave it
    if (!qobject_cast<ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(new ThemeStyle(QApplication::style()->name()));
    const bool useDark = theme == ReaderTheme::Dark;
    if (useDark || QApplication::palette() != original)
        QApplication::setPalette(useDark ? darkPalette() : original);
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
