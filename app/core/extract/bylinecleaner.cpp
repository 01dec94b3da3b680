// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylinecleaner.h"

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
    byline = byline.simplified();
    for (const QLatin1String prefix : { "by "_L1, "By "_L1, "BY "_L1 }) {
        if (byline.startsWith(prefix))
            byline = byline.mid(prefix.size()).trimmed();
    }
    const qsizetype date = dateStart(byline);
    if (date >= 0)
        byline = byline.left(date).trimmed();
    while (byline.endsWith(u',') || byline.endsWith(u'|') || byline.endsWith(u'-'))
        byline = byline.chopped(1).trimmed();
    return byline;
}
