// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// HTML's named character references as feeds use them inside XML (&nbsp; &rsquo; &eacute;):
// the 252 of HTML 4 plus &apos;, which cover what real feeds send. A constant table, no state.
class HtmlEntities {
public:
    // The code point of `name` (without & and ;), or 0 when it is not one of them.
    static char32_t codePoint(QStringView name);
    // `text` with &name; &#N; &#xN; replaced by their characters (unknown ones kept as they are;
    // numeric references in 0x80-0x9F read as windows-1252, as browsers do; invalid ones U+FFFD).
    static QString decode(QStringView text);
    // A numeric reference's code point as decode() maps it; 0 when `digits` is no number.
    static char32_t numeric(QStringView digits, bool hex);
};
