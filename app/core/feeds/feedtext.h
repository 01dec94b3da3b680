// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text conversions feed readers share: titles and names that come as HTML (or as HTML escaped
// twice) to plain text, and plain text to HTML.
class FeedText {
public:
    // HTML -> plain text: tags removed, entities decoded, and tags that decoding revealed (an
    // HTML title escaped twice: "&lt;b&gt;") removed too; white space collapsed.
    static QString plainFromHtml(QStringView html);
    // Tags and comments removed ("a < b" keeps its '<'); nothing decoded.
    static QString stripTags(QStringView html);
    // Plain text -> HTML: escaped, one <p> per paragraph (blank-line separated), <br> for the
    // other line breaks. Empty text gives an empty string.
    static QString htmlFromText(QStringView text);
};
