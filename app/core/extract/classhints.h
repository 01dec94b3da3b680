// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct HtmlNode;

// What an element's class and id say about it: content, clutter or something in between.
class ClassHints {
public:
    static QString hintsOf(const HtmlNode *element); // "class id", lowercase
    static int weight(const HtmlNode *element); // +25 content-like, -25 clutter-like, per attribute
    static bool isUnlikely(const QString &hints); // navigation, comments, footers, ads ...
    static bool
    isClutter(const QString &hints); // boxes removed from the article whatever they hold
    static bool isShare(const QString &hints);
    static bool isByline(const HtmlNode *element, const QString &hints);
    static bool isUnlikelyRole(const HtmlNode *element);
    static bool isHidden(const HtmlNode *element);
};
