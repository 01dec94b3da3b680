// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylinecleaner.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

// Where a date starts in a byline ("Jo Smith May 20, 2019"), or -1: a month name or a
// weekday followed, somewhere after it, by a digit.
qsizetype BylineCleaner::dateStart(const QString &text)
{
    static const char *const words[]
        = { "january", "february",  "march",   "april",    "may",      "june",      "july",
            "august",  "september", "october", "november", "december", "jan",       "feb",
            "mar",     "apr",       "jun",     "jul",      "aug",      "sep",       "sept",
            "oct",     "nov",       "dec",     "monday",   "tuesday",  "wednesday", "thursday",
            "friday",  "saturday",  "sunday",  "updated" };
    const QStringList tokens = text.toLower().split(u' ');
    qsizetype position = 0;
    for (const QString &token : tokens) {
        QString word = token;
        while (!word.isEmpty() && !word.back().isLetter())
            word.chop(1);
        for (const char *w : words) {
            if (word == QLatin1String(w)) {
                for (qsizetype k = position; k < text.size(); ++k) {
                    if (text.at(k).isDigit())
                        return position;
                }
            }
        }
        if (!token.isEmpty() && token.front().isDigit())
            return position;
        position += token.size() + 1;
    }
    return -1;
}

QString BylineCleaner::clean(QString byline)
{
    // "By", "Von", "Par", "Author:", "Text und Interview:" ... (several may follow each other).
    static const QRegularExpression prefix(
        u"^(?:[\\s:,|·•\\-–—]+|(?:posted|written|published|geschrieben|verfasst|erstellt|"
        "veröffentlicht|publiziert|artikel|ein beitrag|eingestellt|beitrag|post "
        "author)\\s*(?:by|von|"
        "par)\\b|post "
        "author\\b|(?:by|von|vom|par|por|door)\\b:?|(?:author|autor|autorin|auteur|autore|text|"
        "texte|interview|"
        "text und interview|text und fotos|text & fotos|redaktion und text)\\s*:)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Labels left without a name, and what trails a name ("am 5. Mai", "·", "»").
    static const QRegularExpression labelOnly(
        u"^(?:posted|published|veröffentlicht|publiziert|erstellt|geschrieben)(?:\\s+(?:on|am|by|"
        "von))?$|^(?:no author|datum|date|follow|folgen|by|von|par)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailer(
        u"(?:\\s+(?:am|on|vor|at|stand)\\b.*|\\s+(?:alle artikel|all posts|mehr von|more by)\\b.*|"
        "\\s+[—–|/]\\s.*|\\s+@\\w+$|[\\s,|·•»:\\-–—]+)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    byline = byline.simplified();
    // A picture credit is not the author.
    static const QRegularExpression credit(u"^(?:foto|fotos|bild|photo|image|quelle)\\s*:"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (credit.match(byline).hasMatch())
        return {};
    for (int i = 0; i < 4; ++i) {
        const QRegularExpressionMatch m = prefix.match(byline);
        if (!m.hasMatch() || m.capturedLength() == 0)
            break;
        byline = byline.mid(m.capturedLength());
    }
    const qsizetype date = dateStart(byline);
    if (date >= 0)
        byline = byline.left(date).trimmed();
    byline.remove(trailer);
    byline = byline.trimmed();
    if (labelOnly.match(byline).hasMatch())
        return {};
    return byline;
}
