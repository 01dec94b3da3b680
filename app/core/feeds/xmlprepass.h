// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Makes a feed's decoded text safe and (more often) well-formed for QXmlStreamReader, in one
// linear pass, before any parsing:
// - A DOCTYPE whose internal subset declares entities (<!ENTITY ...>: "billion laughs", external
//   entities) refuses the document (DeclaresEntities). Any other DOCTYPE, and the XML
//   declaration (the text is decoded already), are blanked out: the reader never sees a DTD, so
//   nothing it names is fetched or read and no entity is expanded.
// - Text before the document (a server script's warning) is blanked when the feed starts in
//   the first 4 KB.
// - A root element named html (or head, body), or <!DOCTYPE html>, is a web page (WebPage).
// - Outside CDATA sections and comments: HTML named entities (&nbsp; &rsquo;) become numeric
//   character references, numeric ones XML forbids are repaired, and a '&' that starts no
//   reference becomes "&amp;", a '<' that cannot start markup ("a < b") becomes "&lt;".
//   Everywhere: characters XML forbids become U+FFFD.
// Line breaks are kept where they were, so the reader's line numbers are the document's.
class XmlPrepass {
public:
    enum class Outcome { Ok, WebPage, DeclaresEntities };

    static Outcome prepare(const QString &text, QString &out);
};
