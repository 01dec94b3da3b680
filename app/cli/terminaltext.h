// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text for a terminal: column widths that count East Asian wide characters as two, and the
// store's marked HTML (<mark>) as plain text.
class TerminalText {
public:
    static int displayWidth(const QString &text);
    // text followed by spaces up to `width` columns.
    static QString padded(const QString &text, int width);
    // Right-aligned in `width` columns.
    static QString rightAligned(const QString &text, int width);
    // HTML-escaped text with <mark> markers as one line: bold (ANSI) on a terminal, else
    // [brackets]; cut with an ellipsis after maxWidth columns (0: no limit).
    static QString fromMarkedHtml(const QString &html, bool terminal, int maxWidth = 0);
    // One line: runs of whitespace as one space.
    static QString oneLine(const QString &text);
};
