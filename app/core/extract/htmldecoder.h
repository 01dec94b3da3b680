// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Bytes of a web page -> text. The encoding comes from, in order: a byte order mark, the charset
// of the HTTP Content-Type header, a <meta charset> or <meta http-equiv="content-type"> in the
// first bytes (the HTML spec's prescan), an XML declaration; else UTF-8. Labels are mapped as the
// WHATWG Encoding Standard says (latin1 -> windows-1252, euc-kr -> windows-949 ...). One rule
// browsers don't have: a <meta> charset loses to bytes that are all valid non-ASCII UTF-8 (pages
// re-saved as UTF-8 keep their old <meta>). Invalid bytes become U+FFFD; decoding never fails.
class HtmlDecoder {
public:
    static constexpr int prescanBytes = 4096;

    static QString decode(const QByteArray &bytes, const QByteArray &contentTypeHeader = {});
    // The encoding decode() would use, as a name QStringDecoder understands.
    static QByteArray detectEncoding(const QByteArray &bytes,
                                     const QByteArray &contentTypeHeader = {});
    // A WHATWG label ("latin1", " Shift_JIS ") -> a decoder name; empty when unknown.
    static QByteArray encodingForLabel(const QByteArray &label);
    // "text/html; charset=EUC-KR" -> "EUC-KR"; empty when there is none.
    static QByteArray charsetFromContentType(const QByteArray &contentType);
    // The encoding declared by a <meta> in the first prescanBytes, as a decoder name, or empty.
    static QByteArray prescan(const QByteArray &bytes);
};
