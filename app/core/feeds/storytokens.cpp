// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storytokens.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> &englishStopWords()
{
    static const QSet<QString> words = [] {
        const QString list = u"a about above after again against all also am an and any are "
                             "as at be because been before being below between both but by can "
                             "could did do does doing down during each few for from further had "
                             "has have having he her here hers him his how if in into is it its "
                             "just me more most my no nor not now of off on once only or other "
                             "our ours out over own same she should so some such than that the "
                             "their them then there these they this those through to too under "
                             "until up upon very was we were what when where which while who "
                             "whom why will with would you your amid says said say new news "
                             "report reports reported today yesterday via vs per us still"_s;
        const QStringList split = list.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

// Bigrams that say nothing about the story: endings of verbs, "reporter", "today", "related".
const QSet<QString> &koreanStopBigrams()
{
    static const QSet<QString> words = [] {
        const QString list = u"있다 했다 한다 된다 밝혔 혔다 전했 했습 습니 니다 기자 오늘 지난 "
                             "이번 위해 대한 관련 통해 따라 것으 으로 에서 하는 있는 했던 하고 "
                             "속보 단독 종합"_s;
        const QStringList split = list.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3130 && c <= 0x318F);
}

bool isOtherCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF);
}

// Particles Korean writes onto the end of a word; cut once from runs of three or more.
QString withoutParticle(const QString &run)
{
    static const QStringList two = { u"에서"_s, u"으로"_s, u"에게"_s, u"까지"_s,
                                     u"부터"_s, u"보다"_s, u"처럼"_s, u"마저"_s };
    static const QString one = u"은는이가을를의에도와과로만"_s;
    if (run.size() >= 4) {
        for (const QString &particle : two) {
            if (run.endsWith(particle))
                return run.left(run.size() - 2);
        }
    }
    if (run.size() >= 3 && one.contains(run.back()))
        return run.left(run.size() - 1);
    return run;
}

void addBigrams(const QString &run, bool hangul, QStringList &tokens)
{
    const QString cut = hangul ? withoutParticle(run) : run;
    if (cut.size() < 2)
        return; // a lone syllable: mostly a particle or a counter
    for (qsizetype i = 0; i + 1 < cut.size(); ++i) {
        const QString bigram = cut.mid(i, 2);
        if (!hangul || !koreanStopBigrams().contains(bigram))
            tokens.append(bigram);
    }
}

void addWord(const QString &word, QStringList &tokens)
{
    if (word.size() < 2 || englishStopWords().contains(word))
        return;
    tokens.append(StoryTokens::stem(word));
}

} // namespace

QString StoryTokens::stem(const QString &word)
{
    QString stem = inflectionless(word);
    if (stem.size() > 6 && stem.endsWith(u"ion"))
        stem.chop(3); // "evacuation" and "evacuated" -> "evacuat"
    if (stem.size() > 4 && stem.endsWith(u'e'))
        stem.chop(1); // "force", "forced", "forcing" -> "forc"
    return stem;
}

QString StoryTokens::inflectionless(const QString &word)
{
    const auto n = word.size();
    const auto ends = [&word](QStringView suffix) { return word.endsWith(suffix); };
    if (n > 4 && ends(u"ies"))
        return word.left(n - 3) + u'y';
    if (n > 5 && ends(u"ing"))
        return word.left(n - 3);
    if (n > 4 && ends(u"ed"))
        return word.left(n - 2);
    if (n > 4 && (ends(u"ses") || ends(u"xes") || ends(u"ches") || ends(u"shes")))
        return word.left(n - 2);
    if (n > 3 && ends(u"s") && !ends(u"ss") && !ends(u"us") && !ends(u"is"))
        return word.left(n - 1);
    return word;
}

QStringList StoryTokens::of(const QString &text)
{
    QStringList tokens;
    const QString folded = text.toCaseFolded();
    QString word;
    QString run;
    bool runHangul = false;
    const auto flush = [&] {
        if (!word.isEmpty())
            addWord(word, tokens);
        if (!run.isEmpty())
            addBigrams(run, runHangul, tokens);
        word.clear();
        run.clear();
    };
    for (auto it = folded.cbegin(); it != folded.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != folded.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        const bool hangul = isHangul(c);
        if (hangul || isOtherCjk(c)) {
            if (!word.isEmpty() || (!run.isEmpty() && runHangul != hangul))
                flush();
            runHangul = hangul;
            run.append(QChar(char16_t(c)));
        } else if (QChar::isLetterOrNumber(c) && c < 0x10000) {
            if (!run.isEmpty())
                flush();
            word.append(QChar(char16_t(c)));
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}
