// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsquery.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// The token characters of SQLite's unicode61 tokenizer: letters, numbers, private use.
bool isTokenChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
}

bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3130 && c <= 0x318F);
}

struct Phrase {
    QStringList words;
    bool hangul = false;
};

} // namespace

FtsQuery::Parsed FtsQuery::parse(const QString &userText)
{
    Parsed parsed;
    QList<Phrase> phrases;
    Phrase phrase;
    QString word;
    auto endWord = [&] {
        if (!word.isEmpty()) {
            if (parsed.terms < maximumTerms) {
                phrase.words.append(word);
                ++parsed.terms;
            } else {
                parsed.truncated = true;
            }
        }
        word.clear();
    };
    auto endPhrase = [&] {
        endWord();
        if (!phrase.words.isEmpty())
            phrases.append(phrase);
        phrase = Phrase();
    };
    bool quoted = false;
    const QList<uint> codePoints = userText.toUcs4();
    for (const uint c : codePoints) {
        if (parsed.truncated)
            break;
        if (c == u'"') {
            endPhrase();
            quoted = !quoted;
        } else if (QChar::isSpace(c)) {
            if (quoted)
                endWord();
            else
                endPhrase();
        } else if (isTokenChar(c)) {
            word.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
            phrase.hangul = phrase.hangul || isHangul(c);
        } else {
            endWord();
        }
    }
    endPhrase();

    QStringList parts;
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        const Phrase &phrase = phrases.at(i);
        const bool prefix = phrase.hangul
            || (i == phrases.size() - 1 && phrase.words.constLast().size() >= minimumPrefix);
        parts.append(u'"' + phrase.words.join(u' ') + u'"' + (prefix ? u"*"_s : QString()));
    }
    parsed.match = parts.join(u' ');
    return parsed;
}

QString FtsQuery::truncatedNote()
{
    return QCoreApplication::translate("FtsQuery", "Only the first %n words were searched for.",
                                       nullptr, maximumTerms);
}
