// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddecoder.h"

#include "extract/htmldecoder.h"

#include <QStringDecoder>

namespace {

bool isUtf8(const QByteArray &name)
{
    return name.compare("UTF-8", Qt::CaseInsensitive) == 0;
}

bool isUtf16(const QByteArray &name)
{
    return name.toUpper().startsWith("UTF-16");
}

bool hasNonAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return true;
    }
    return false;
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Whether `bytes` start like "<?" in UTF-16 without a BOM.
QByteArray utf16Sniff(const QByteArray &bytes)
{
    if (bytes.size() >= 4 && bytes.at(0) == '<' && bytes.at(1) == 0 && bytes.at(3) == 0)
        return "UTF-16LE";
    if (bytes.size() >= 4 && bytes.at(0) == 0 && bytes.at(1) == '<' && bytes.at(2) == 0)
        return "UTF-16BE";
    return {};
}

} // namespace

QByteArray FeedDecoder::xmlDeclaredEncoding(const QByteArray &bytes)
{
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < bytes.size() && start < 64 && QChar::isSpace(uchar(bytes.at(start))))
        ++start;
    if (bytes.mid(start, 5) != "<?xml")
        return {};
    const qsizetype end = bytes.indexOf("?>", start);
    if (end < 0 || end - start > 512)
        return {};
    const QByteArray declaration = bytes.mid(start, end - start);
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < declaration.size() && (declaration.at(i) == ' ' || declaration.at(i) == '='))
        ++i;
    if (i >= declaration.size() || (declaration.at(i) != '"' && declaration.at(i) != '\''))
        return {};
    const qsizetype close = declaration.indexOf(declaration.at(i), i + 1);
    return close < 0 ? QByteArray() : declaration.mid(i + 1, close - i - 1).trimmed();
}

QByteArray FeedDecoder::detectEncoding(const QByteArray &bytes, const QByteArray &contentType)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (bytes.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    if (const QByteArray sniffed = utf16Sniff(bytes); !sniffed.isEmpty())
        return sniffed;

    QByteArray header
        = HtmlDecoder::encodingForLabel(HtmlDecoder::charsetFromContentType(contentType));
    QByteArray declared = HtmlDecoder::encodingForLabel(xmlDeclaredEncoding(bytes));
    // The bytes are ASCII-compatible here: a UTF-16 label is a lie.
    if (isUtf16(header))
        header.clear();
    if (isUtf16(declared))
        declared.clear();
    const QByteArray chosen = !header.isEmpty() ? header : declared;
    const QByteArray other = !header.isEmpty() ? declared : QByteArray();

    if (chosen.isEmpty() || isUtf8(chosen)) {
        if (!hasNonAscii(bytes) || validUtf8(bytes))
            return "UTF-8";
        return (!other.isEmpty() && !isUtf8(other)) ? other : QByteArray("windows-1252");
    }
    if (hasNonAscii(bytes) && validUtf8(bytes))
        return "UTF-8";
    return chosen;
}

QString FeedDecoder::decode(const QByteArray &bytes, const QByteArray &contentType)
{
    const QByteArray encoding = detectEncoding(bytes, contentType);
    QStringDecoder decoder(encoding.constData());
    QString text = decoder.isValid() ? decoder.decode(bytes) : QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}
