// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct HtmlNode;

// The readable text of an HTML subtree: one line per paragraph, heading, list item, table row.
class PlainText {
public:
    static QString fromHtml(const HtmlNode *root);
    // White-space separated words; Han and kana characters count one word per two.
    static int countWords(QStringView text);
};
