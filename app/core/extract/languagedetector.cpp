// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagedetector.h"

#include <QSet>

using namespace Qt::StringLiterals;

QString LanguageDetector::detect(QStringView text)
{
    const QStringView sample = text.left(20000);
    int letters = 0, hangul = 0, kana = 0, han = 0, latin = 0;
    for (QChar c : sample) {
        const char16_t u = c.unicode();
        if ((u >= 0xac00 && u <= 0xd7af) || (u >= 0x1100 && u <= 0x11ff)
            || (u >= 0x3130 && u <= 0x318f)) {
            ++hangul;
            ++letters;
        } else if (u >= 0x3040 && u <= 0x30ff) {
            ++kana;
            ++letters;
        } else if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf)) {
            ++han;
            ++letters;
        } else if (c.isLetter()) {
            ++letters;
            if (u < 0x250)
                ++latin;
        }
    }
    if (letters == 0)
        return {};
    if (hangul * 10 >= letters * 3)
        return u"ko"_s;
    if (kana * 10 >= letters && kana + han >= letters / 2)
        return u"ja"_s;
    if (han * 10 >= letters * 3)
        return u"zh"_s;
    if (latin * 10 < letters * 7)
        return {};
    static const QSet<QString> common
        = { u"the"_s, u"and"_s,  u"of"_s,  u"to"_s, u"in"_s, u"is"_s,  u"that"_s,
            u"for"_s, u"with"_s, u"was"_s, u"it"_s, u"on"_s, u"are"_s, u"this"_s };
    int words = 0;
    int hits = 0;
    for (QStringView word : sample.split(u' ', Qt::SkipEmptyParts)) {
        ++words;
        if (common.contains(word.toString().toLower()))
            ++hits;
    }
    return words > 0 && hits * 100 >= words * 8 ? u"en"_s : QString();
}
