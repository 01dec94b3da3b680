// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefinder.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QHash<QString, int> &months()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> h;
        const char *const lists[][12] = {
            { "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december" },
            { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" },
            { "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
              "oktober", "november", "dezember" },
            { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre" },
            { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre" },
        };
        for (const auto &list : lists) {
            for (int m = 0; m < 12; ++m)
                h.insert(QString::fromUtf8(list[m]), m + 1);
        }
        h.insert(u"jänner"_s, 1);
        h.insert(u"sept"_s, 9);
        h.insert(u"mrz"_s, 3);
        return h;
    }();
    return names;
}

QDate plausible(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1990 || year > QDate::currentDate().year() + 1)
        return {};
    return date;
}

} // namespace

QDate DateFinder::find(const QString &text)
{
    static const QString month = u"([A-Za-zÄÖÜäöüÀ-ÿ]{3,10})\\.?"_s;
    static const QRegularExpression patterns[] = {
        // 0: 2019-10-16, 2019/10/16
        QRegularExpression(u"\\b((?:19|20)\\d\\d)[-/](\\d\\d)[-/](\\d\\d)\\b"_s),
        // 1: 16.10.2019
        QRegularExpression(u"\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)\\b"_s),
        // 2: 16. Oktober 2019, 16 October 2019, 4 de mayo de 2022
        QRegularExpression(u"\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?"_s + month
                           + u"\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b"_s),
        // 3: October 16, 2019
        QRegularExpression(month + u"\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b"_s),
    };
    QDate best;
    qsizetype bestAt = -1;
    for (int kind = 0; kind < 4; ++kind) {
        QRegularExpressionMatchIterator it = patterns[kind].globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (bestAt >= 0 && m.capturedStart() >= bestAt)
                break;
            QDate date;
            if (kind == 0) {
                date = plausible(m.captured(1).toInt(), m.captured(2).toInt(),
                                 m.captured(3).toInt());
            } else if (kind == 1) {
                date = plausible(m.captured(3).toInt(), m.captured(2).toInt(),
                                 m.captured(1).toInt());
            } else {
                const int monthIndex = kind == 2 ? 2 : 1;
                const int dayIndex = kind == 2 ? 1 : 2;
                const int mo = months().value(m.captured(monthIndex).toLower(), 0);
                if (mo > 0)
                    date = plausible(m.captured(3).toInt(), mo, m.captured(dayIndex).toInt());
            }
            if (date.isValid()) {
                best = date;
                bestAt = m.capturedStart();
                break;
            }
        }
    }
    return best;
}
