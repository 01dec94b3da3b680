// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct HtmlNode;

// Removes the furniture that stays inside an article once it is found, by its structure and
// its wording rather than by site: short call-to-action blocks ("Subscribe to …", "Follow us",
// "Lesen Sie auch:", "Lea también: …" with its link), picture credits ("Image copyright …",
// "(Foto: …)", credit/copyright classes), short blocks that are nothing but a link, and the
// short, link-heavy blocks and headings that trail the last paragraph (related stories,
// author promos). Captions stay with their images; data tables and code are left alone.
class BoilerplateRemover {
public:
    static void clean(HtmlNode *article);
    // Whether a short line reads as a call to action or a credit, or, when it is linked (a
    // good part of it is links), a "read also" / "follow" pointer.
    static bool isFurnitureLine(const QString &text, bool linked);
};
