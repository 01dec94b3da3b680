// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_topstories: prints how long Top stories takes on a synthetic library of feeds, and how
// well it finds the stories planted in it; never fails on time.
//   bench_topstories [--articles N] [--window W] [--stories S] [--runs R]
// N articles from 300 feeds over two years, W of them unread in the last 48 hours, of which S
// stories are each carried by 2 to 8 feeds under reworded headlines.
#include "feeds/storyclusterer.h"
#include "feeds/storyranking.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"
#include "store/storycandidatestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

double cpuNowMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Made-up words with a Zipf-like pick: a few very common, most rare, as in headlines.
class Words {
public:
    explicit Words(std::mt19937_64 &rng) : m_rng(rng)
    {
        const QString syllables = u"ka lo mi ne ru ta so vi de pa ga lu ri zo be fo"_s;
        const QStringList parts = syllables.split(u' ');
        for (int i = 0; i < 20000; ++i) {
            QString word;
            for (int k = 0, n = 2 + i % 3; k < n; ++k)
                word += parts.at((i / (k + 1) + k * 7 + i * 13) % parts.size());
            m_words.append(word + QString::number(i % 97));
        }
    }
    QString pick()
    {
        std::uniform_real_distribution<double> u(0, 1);
        const double x = std::pow(u(m_rng), 3.0); // skewed toward the head
        return m_words.at(int(x * double(m_words.size() - 1)));
    }
    QString sentence(int n)
    {
        QStringList words;
        for (int i = 0; i < n; ++i)
            words.append(pick());
        return words.join(u' ');
    }

private:
    std::mt19937_64 &m_rng;
    QStringList m_words;
};

// A headline reworded: about a third of its words replaced or dropped, the rest shuffled.
QString reworded(const QString &title, Words &words, std::mt19937_64 &rng)
{
    QStringList parts = title.split(u' ');
    std::uniform_int_distribution<int> coin(0, 5);
    for (QString &part : parts) {
        if (coin(rng) == 0)
            part = words.pick();
    }
    if (parts.size() > 5 && coin(rng) < 2)
        parts.removeLast();
    std::shuffle(parts.begin(), parts.end(), rng);
    return parts.join(u' ');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { u"articles"_s, u"Articles in the library."_s, u"N"_s, u"100000"_s },
          { u"window"_s, u"Unread articles of the last 48 hours."_s, u"W"_s, u"3000"_s },
          { u"stories"_s, u"Stories carried by several feeds."_s, u"S"_s, u"300"_s },
          { u"runs"_s, u"Timed runs."_s, u"R"_s, u"5"_s } });
    parser.addHelpOption();
    parser.process(app);
    const int total = parser.value(u"articles"_s).toInt();
    const int window = std::min(parser.value(u"window"_s).toInt(), total);
    const int planted = parser.value(u"stories"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"library.sqlite"_s));
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    Database &db = **opened;
    std::mt19937_64 rng(20260301);
    Words words(rng);
    QList<qint64> feeds;
    for (int i = 0; i < 300; ++i) {
        Source source { 0, u"Feed %1"_s.arg(i), u"https://feed%1.example/rss"_s.arg(i),
                        Source::Kind::Feed };
        feeds.append(*SourceStore(db).ensure(source));
    }
    const QStringList sections = { u"World"_s,   u"Politics"_s, u"Business"_s, u"Sport"_s,
                                   u"Culture"_s, u"Science"_s,  u""_s };
    std::uniform_int_distribution<int> feedPick(0, int(feeds.size()) - 1);
    std::uniform_int_distribution<int> wordsPick(150, 2500);
    const auto article = [&](const QString &title, qint64 msAgo, bool read) {
        Article a;
        a.sourceId = feeds.at(feedPick(rng));
        a.url = u"https://example.org/%1"_s.arg(rng());
        a.title = title;
        a.deck = words.sentence(18);
        a.summary = words.sentence(40);
        a.section = sections.at(int(rng() % sections.size()));
        a.wordCount = wordsPick(rng);
        a.published = now.addMSecs(-msAgo);
        a.read = read;
        return a;
    };

    QElapsedTimer clock;
    clock.start();
    QList<Article> batch;
    const qint64 hourMs = 3600 * 1000;
    const qint64 twoYearsMs = 730 * 24 * hourMs;
    std::uniform_int_distribution<qint64> oldAge(48 * hourMs + 1, twoYearsMs);
    std::uniform_int_distribution<qint64> recentAge(0, 47 * hourMs);
    const auto flush = [&] {
        if (const auto stored = ArticleStore(db).insertBulk(batch); !stored)
            out << stored.error() << Qt::endl;
        batch.clear();
    };
    // The planted stories: 2 to 8 feeds each, reworded; their copies are in the window.
    std::uniform_int_distribution<int> copies(2, 8);
    int inWindow = 0;
    QList<QList<QString>> plantedTitles;
    for (int s = 0; s < planted && inWindow < window; ++s) {
        const QString title = words.sentence(7);
        const qint64 age = recentAge(rng);
        const QString deck = words.sentence(18);
        QList<QString> titles;
        for (int c = 0, n = copies(rng); c < n && inWindow < window; ++c, ++inWindow) {
            Article a = article(c == 0 ? title : reworded(title, words, rng),
                                age + qint64(c) * 600000, false);
            a.deck = c == 0 ? deck : reworded(deck, words, rng);
            titles.append(a.title);
            batch.append(a);
        }
        plantedTitles.append(titles);
    }
    for (; inWindow < window; ++inWindow)
        batch.append(article(words.sentence(7), recentAge(rng), false));
    flush();
    for (int i = window; i < total; ++i) {
        // Older articles, half of them read; a few read in the window too (they stay out).
        batch.append(
            article(words.sentence(7), i % 50 == 0 ? recentAge(rng) : oldAge(rng), i % 2 == 0));
        if (batch.size() == 5000)
            flush();
    }
    flush();
    // Reads of the last 30 days feed the interest.
    ReadStore reads(db);
    for (int i = 0; i < 2000; ++i)
        (void)reads.recordRead(qint64(window + 1 + (i * 37) % (total - window)), 60,
                               now.addSecs(-qint64(i) * 1200));
    out << "library: " << total << " articles, " << feeds.size() << " feeds, built in "
        << clock.elapsed() / 1000.0 << " s" << Qt::endl;

    std::vector<double> queryMs, clusterMs, totalMs, cpuMs;
    QList<StoryCluster> ranked;
    QList<StoryCandidate> candidates;
    for (int run = 0; run < runs; ++run) {
        clock.restart();
        candidates = *StoryCandidateStore(db).candidates(now);
        const ReadInterest interest = *ReadStore(db).interest(30, now);
        queryMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        ranked = StoryClusterer().rank(candidates, interest, 0);
        clusterMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        const double cpu = cpuNowMs();
        (void)StoryRanking::compute(db, 10, now);
        totalMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        cpuMs.push_back(cpuNowMs() - cpu);
    }
    // Quality: a planted story is found when all its copies are in one cluster and nothing else.
    QHash<QString, int> clusterOfTitle;
    QList<int> clusterSize;
    for (int c = 0; c < ranked.size(); ++c) {
        clusterSize.append(1 + int(ranked.at(c).otherIds.size()));
        clusterOfTitle.insert(ranked.at(c).best.title, c);
    }
    QHash<qint64, int> clusterOfId;
    for (int c = 0; c < ranked.size(); ++c) {
        clusterOfId.insert(ranked.at(c).best.id, c);
        for (qint64 id : ranked.at(c).otherIds)
            clusterOfId.insert(id, c);
    }
    QHash<QString, int> clusterByTitle;
    for (const StoryCandidate &c : std::as_const(candidates))
        clusterByTitle.insert(c.title, clusterOfId.value(c.id, -1));
    int whole = 0, exact = 0;
    for (const QList<QString> &titles : std::as_const(plantedTitles)) {
        const int first = clusterByTitle.value(titles.first(), -1);
        const bool together = std::all_of(titles.cbegin(), titles.cend(), [&](const QString &t) {
            return clusterByTitle.value(t, -2) == first;
        });
        whole += together;
        exact += together && first >= 0 && clusterSize.at(first) == titles.size();
    }
    const auto multi = std::count_if(ranked.cbegin(), ranked.cend(),
                                     [](const StoryCluster &c) { return c.sourceCount > 1; });
    out << "window: " << candidates.size() << " unread articles of the last 48 hours -> "
        << ranked.size() << " stories, " << multi << " carried by several feeds" << Qt::endl;
    out << "planted stories: " << plantedTitles.size() << ", found whole " << whole
        << ", exactly (nothing else joined) " << exact << Qt::endl;
    out << "median of " << runs << " runs: query " << median(queryMs) << " ms, clustering "
        << median(clusterMs) << " ms, StoryRanking::compute " << median(totalMs) << " ms ("
        << median(cpuMs) << " ms of CPU)" << Qt::endl;
    return 0;
}
