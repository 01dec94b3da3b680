// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A feed's bytes -> text (UTF-16), before any XML parsing. The encoding comes from a byte order
// mark, else the charset of the HTTP Content-Type, else the XML declaration, else UTF-8; labels
// are mapped as HtmlDecoder maps them (WHATWG). Declarations that lie are caught: bytes that are
// not valid UTF-8 under a UTF-8 (or no) declaration read as the other declaration when there is
// one, else windows-1252; non-ASCII bytes that are valid UTF-8 under a legacy declaration read as
// UTF-8. A leading U+FEFF is dropped.
class FeedDecoder {
public:
    static QString decode(const QByteArray &bytes, const QByteArray &contentType = {});
    // The encoding decode() uses, as a QStringDecoder name.
    static QByteArray detectEncoding(const QByteArray &bytes, const QByteArray &contentType = {});
    // The encoding="..." of an XML declaration at the start of `bytes`; empty when none.
    static QByteArray xmlDeclaredEncoding(const QByteArray &bytes);
};
