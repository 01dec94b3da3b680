// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

QString unescaped(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&#x27;"_s, u"'"_s);
    text.replace(u"&nbsp;"_s, u" "_s);
    text.replace(u"&amp;"_s, u"&"_s); // last: "&amp;lt;" is the text "&lt;"
    return text;
}

// Runs of whitespace as one space, keeping one at either end.
QString collapsed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!space)
                out += u' ';
            space = true;
        } else {
            out += c;
            space = false;
        }
    }
    return out;
}

} // namespace

int TerminalText::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format || c < 0x20)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TerminalText::padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), u' ');
}

QString TerminalText::rightAligned(const QString &text, int width)
{
    return QString(qMax(0, width - displayWidth(text)), u' ') + text;
}

QString TerminalText::fromMarkedHtml(const QString &html, bool terminal, int maxWidth)
{
    // Split on the markers first, so an escaped "&lt;mark&gt;" in the text stays text.
    struct Piece {
        QString text;
        bool marked;
    };
    QList<Piece> pieces;
    const QStringList opened = html.split(u"<mark>"_s);
    for (qsizetype i = 0; i < opened.size(); ++i) {
        const QStringList closed = opened.at(i).split(u"</mark>"_s);
        for (qsizetype j = 0; j < closed.size(); ++j)
            pieces.append({ collapsed(unescaped(closed.at(j))), i > 0 && j == 0 });
    }
    QString result;
    int width = 0;
    bool cut = false;
    for (const Piece &piece : std::as_const(pieces)) {
        QString text = piece.text;
        if (width == 0 && text.startsWith(u' '))
            text.remove(0, 1); // collapsed: at most one
        if (maxWidth > 0 && width + displayWidth(text) > maxWidth) {
            QString kept;
            for (const char32_t c : text.toUcs4()) {
                const QString next = QString::fromUcs4(&c, 1);
                if (width + displayWidth(kept + next) > maxWidth)
                    break;
                kept += next;
            }
            text = kept;
            cut = true;
        }
        width += displayWidth(text);
        if (piece.marked && !text.isEmpty())
            result
                += (terminal ? u"\x1b[1m"_s : u"["_s) + text + (terminal ? u"\x1b[0m"_s : u"]"_s);
        else
            result += text;
        if (cut)
            break;
    }
    while (result.endsWith(u' '))
        result.chop(1);
    if (cut)
        result += u"\u2026"_s;
    return result;
}

QString TerminalText::oneLine(const QString &text)
{
    return text.simplified();
}
