// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlegenerator.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const char *const headWords
    = "the of and to a in that is was he for it with as his on be at by i this had not are "
      "but from or have an they which one you were her all she there would their we him been "
      "has when who will more no if out so said what up its about into than them can only "
      "other new some could time these two may then do first any my now such like our over "
      "man me even most made after also did many before must through back years where much "
      "your way well down should because each just those people how too little state good "
      "very make world still own see men work long get here between both life being under "
      "never day same another know while last might us great old year off come since against "
      "go came right used take three city council harbour bridge minister election market "
      "budget school hospital police court report government company price energy climate "
      "water housing transport railway airport festival museum library season team match "
      "player coach league film music book author theatre science research study health "
      "doctor patient vaccine virus economy bank interest inflation tax wage worker union "
      "strike protest parliament party leader vote campaign policy law judge trial crime "
      "village island river coast mountain forest farm harvest storm flood drought winter "
      "summer spring autumn morning evening weekend week month century history war peace "
      "treaty border refugee migrant embassy summit talks deal trade export import factory "
      "steel coal oil gas solar wind battery car road traffic accident fire rescue";

const char *const syllables[]
    = { "ba",  "ca",  "da",  "fe",  "ge", "hi", "jo", "ka", "lu", "ma",  "ne",  "no",  "pa",
        "qui", "ra",  "se",  "ta",  "ve", "wo", "xi", "ya", "ze", "bri", "cro", "dra", "fli",
        "gro", "pla", "str", "tho", "an", "el", "in", "or", "um", "ter", "son", "mel" };

const char *const firstNames[]
    = { "Ada",  "Ben",  "Chloe",   "David", "Eun-ji", "Farah", "George", "Hana", "Ivan", "Jae",
        "Kate", "Liam", "Min-seo", "Noor",  "Omar",   "Priya", "Quinn",  "Rosa", "Sung", "Tom" };
const char *const lastNames[]
    = { "Kim",    "Smith",  "Park",   "Jones",  "Lee",    "Brown",  "Choi",  "Garcia", "Jung",
        "Martin", "Kang",   "Wilson", "Cho",    "Taylor", "Yoon",   "Evans", "Lim",    "Walker",
        "Han",    "Wright", "Shin",   "Hughes", "Oh",     "Clarke", "Seo" };

} // namespace

ArticleGenerator::ArticleGenerator(quint64 seed) : m_rng(seed)
{
    m_words = QString::fromLatin1(headWords).split(u' ', Qt::SkipEmptyParts);
    m_words.removeDuplicates();
    QSet<QString> seen(m_words.cbegin(), m_words.cend());
    const int syllableCount = int(std::size(syllables));
    std::uniform_int_distribution<int> pick(0, syllableCount - 1);
    std::uniform_int_distribution<int> length(2, 4);
    while (m_words.size() < 30000) {
        QString made;
        for (int i = length(m_rng); i > 0; --i)
            made += QString::fromLatin1(syllables[pick(m_rng)]);
        if (!seen.contains(made)) {
            seen.insert(made);
            m_words.append(made);
        }
    }
    double total = 0;
    m_cumulative.reserve(m_words.size());
    for (qsizetype rank = 0; rank < m_words.size(); ++rank) {
        total += 1.0 / std::pow(double(rank + 1), 1.05);
        m_cumulative.push_back(total);
    }
    for (const char *first : firstNames) {
        for (const char *last : lastNames)
            m_authors.append(QString::fromLatin1(first) + u' ' + QString::fromLatin1(last));
    }
    m_sections = { u"News"_s,     u"Editorial"_s, u"Opinion"_s,    u"World"_s,
                   u"Business"_s, u"Science"_s,   u"Culture"_s,    u"Sport"_s,
                   u"Travel"_s,   u"Features"_s,  u"Technology"_s, u"Books"_s };
}

QDateTime ArticleGenerator::end()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

QString ArticleGenerator::randomWord()
{
    std::uniform_real_distribution<double> u(0, m_cumulative.back());
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u(m_rng));
    return m_words.at(std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1));
}

QString ArticleGenerator::sentence(int words)
{
    QString text;
    for (int i = 0; i < words; ++i) {
        QString w = randomWord();
        if (i == 0)
            w[0] = w[0].toUpper();
        if (i > 0)
            text += (i % 9 == 0 && i + 1 < words) ? u", "_s : u" "_s;
        text += w;
    }
    return text + u'.';
}

QString ArticleGenerator::titleCase(int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i) {
        QString w = randomWord();
        w[0] = w[0].toUpper();
        parts.append(w);
    }
    return parts.join(u' ');
}

Article ArticleGenerator::next(int index, const QList<qint64> &sourceIds)
{
    std::uniform_int_distribution<int> wordCount(500, 3000);
    std::uniform_int_distribution<int> sentenceLength(8, 28);
    std::uniform_int_distribution<int> paragraphLength(2, 6);
    std::uniform_int_distribution<qint64> age(0, qint64(730) * 24 * 3600);
    std::uniform_int_distribution<int> percent(0, 99);

    Article a;
    a.sourceId = sourceIds.isEmpty() ? 0 : sourceIds.at(int(m_rng() % sourceIds.size()));
    a.section = m_sections.at(int(m_rng() % m_sections.size()));
    a.url = u"https://source%1.example/%2/%3/article-%4"_s.arg(a.sourceId)
                .arg(a.section.toLower())
                .arg(2024 + index % 2)
                .arg(index);
    if (percent(m_rng) < 30)
        a.url += u"?utm_source=feed&utm_medium=rss"_s;
    a.canonicalUrl = percent(m_rng) < 60 ? a.url.section(u'?', 0, 0) : QString();
    a.title = titleCase(5 + int(m_rng() % 8));
    a.deck = sentence(12 + int(m_rng() % 10));
    a.author = author(int(m_rng() % m_authors.size()));
    const QDateTime when = end().addSecs(-age(m_rng));
    a.published = percent(m_rng) < 5 ? QDateTime() : when;
    a.fetched = when.addSecs(600);
    a.created = when.addSecs(600); // as if imported over two years
    a.language = u"en"_s;

    const int target = wordCount(m_rng);
    QString text;
    QString html;
    int words = 0;
    while (words < target) {
        QString paragraph;
        for (int s = paragraphLength(m_rng); s > 0 && words < target; --s) {
            const int n = std::min(sentenceLength(m_rng), target - words);
            if (!paragraph.isEmpty())
                paragraph += u' ';
            paragraph += sentence(n);
            words += n;
        }
        if (!text.isEmpty())
            text += u"\n\n"_s;
        text += paragraph;
        html += u"<p>"_s + paragraph + u"</p>\n"_s;
    }
    a.plainText = text;
    a.contentHtml = html;
    a.summary = text.left(200);
    a.wordCount = words;
    if (percent(m_rng) < 40)
        a.leadImageUrl = u"https://img.source%1.example/%2.jpg"_s.arg(a.sourceId).arg(index);
    return a;
}
