// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_feeds: a refresh end to end, served on 127.0.0.1; prints figures, never fails on time.
//   bench_feeds [--runs R]
// Each run (R = 3; medians printed) uses a new library and, on a server thread of its own:
// 1. one feed of 10,000 items, 2. 200 feeds of 50 items each, refreshed by FeedRefresher as the
// window does it (network on the main thread, parse + build + store on its worker). Items/s
// from refresh() to finished(). In the same run the same rows (parsed and built beforehand,
// untimed) go into a second library with bare sqlite3 INSERTs into articles, one transaction
// per feed: the ratio of the two rates (goal >= 0.8); and, for the breakdown, into a third with
// FeedStore::storeItems alone. Meanwhile a 5 ms QTimer on the main
// thread records the longest gap between its ticks (goal < 50 ms). Peak RSS from getrusage.
#include "../store/sqlitebaseline.h"
#include "testhttpserver.h"

#include "feeds/feedarticlebuilder.h"
#include "feeds/feeditemkey.h"
#include "feeds/feedparser.h"
#include "feeds/feedrefresher.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const char *const words[]
    = { "harbour",  "council",  "engineers", "plans",  "sea",     "wall",     "fishing",
        "families", "listened", "closely",   "detail", "closure", "northern", "quay",
        "budget",   "minister", "announced", "report", "weather", "river",    "bridge",
        "school",   "market",   "prices",    "rose",   "fell",    "evening",  "morning" };

QByteArray paragraph(quint32 &seed, int wordsCount)
{
    QByteArray text;
    for (int i = 0; i < wordsCount; ++i) {
        seed = seed * 1103515245u + 12345u;
        text += words[(seed >> 16) % (sizeof(words) / sizeof(words[0]))];
        text += i + 1 < wordsCount ? " " : ".";
    }
    return text;
}

// An RSS 2.0 feed of `items` items with about 900 characters of HTML each.
QByteArray feedXml(int feedIndex, int items)
{
    quint32 seed = quint32(feedIndex * 7919 + 1);
    const QByteArray site = "https://site" + QByteArray::number(feedIndex) + ".example/";
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                     "<title>Feed "
        + QByteArray::number(feedIndex) + "</title><link>" + site + "</link>";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>" + paragraph(seed, 8) + " " + n + "</title><link>" + site + "news/"
            + n + "</link><guid>" + site + "news/" + n
            + "</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate><author>Mina Park</author>"
              "<category>Local</category><description><![CDATA[<p>"
            + paragraph(seed, 60) + "</p><p>" + paragraph(seed, 60)
            + "</p>]]></description></item>";
    }
    return xml + "</channel></rss>";
}

// CPU time of the calling thread: a gap between ticks that the thread spent working, as opposed
// to waiting for a core (this machine may be busy with other work).
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QByteArray answer(const QByteArray &body)
{
    return TestHttpServer::response("200 OK", "Content-Type: application/rss+xml\r\n", body);
}

// The server, on its own thread, so that serving costs the main thread nothing.
struct ServerThread {
    QThread thread;
    QObject *context = nullptr;
    TestHttpServer *server = nullptr;

    ServerThread(const QList<std::pair<QByteArray, QByteArray>> &routes)
    {
        thread.start();
        context = new QObject;
        context->moveToThread(&thread);
        QMetaObject::invokeMethod(
            context,
            [this, routes] {
                server = new TestHttpServer;
                for (const auto &[path, raw] : routes)
                    server->answer(path, raw);
            },
            Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            context,
            [this] {
                delete server;
                delete context;
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

struct Figures {
    double itemsPerSecond = 0;
    double baselinePerSecond = 0;
    double longestStallMs = 0;
    double longestBusyMs = 0; // main-thread CPU time within the longest-busy tick gap
    double storePerSecond = 0; // FeedStore::storeItems alone, the same entries, same thread
    double parsePerSecond = 0; // FeedParser alone, on the main thread (untimed part of baseline)
    double buildPerSecond = 0; // FeedArticleBuilder alone
};

// Refreshes `ids` and returns items/s and the longest gap of a 5 ms timer meanwhile.
Figures refresh(const QString &library, const QList<qint64> &ids, int items)
{
    FeedRefresher refresher(library);
    QEventLoop loop;
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QElapsedTimer sinceTick;
    double longest = 0;
    double busiest = 0;
    double cpuAtTick = threadCpuMs();
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
        const double cpu = threadCpuMs();
        busiest = std::max(busiest, cpu - cpuAtTick);
        cpuAtTick = cpu;
    });
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    ticker.start(5);
    refresher.refresh(ids);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    ticker.stop();
    longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
    const FeedRefresher::Summary &summary = refresher.summary();
    if (summary.failed > 0 || summary.added != items)
        out << "  warning: " << summary.added << " of " << items << " items stored, "
            << summary.failed << " feeds failed: " << summary.failures.join(u"; "_s) << '\n';
    return { items / seconds, 0, longest, busiest };
}

// The same rows with bare INSERTs, one transaction per feed: items/s (and parse and build
// rates alone, measured while preparing the rows).
void baseline(const QString &library, const QString &storeLibrary, const QList<QByteArray> &feeds,
              const QList<qint64> &feedIds, Figures &figures)
{
    std::vector<std::vector<SqliteBaseline::Row>> batches;
    QList<QList<FeedEntry>> entries;
    int items = 0;
    qint64 parseNs = 0;
    qint64 buildNs = 0;
    QElapsedTimer step;
    for (qsizetype f = 0; f < feeds.size(); ++f) {
        step.start();
        const Result<ParsedFeed> parsed
            = FeedParser::parse(feeds.at(f), QUrl(u"http://127.0.0.1/feed.xml"_s));
        parseNs += step.nsecsElapsed();
        std::vector<SqliteBaseline::Row> rows;
        QList<FeedEntry> feedEntries;
        for (const FeedItem &item : parsed->items) {
            step.start();
            Article article = FeedArticleBuilder::build(item, *parsed, feedIds.at(f), QDateTime());
            buildNs += step.nsecsElapsed();
            rows.push_back(SqliteBaseline::rowFrom(article));
            feedEntries.append({ FeedItemKey::of(item), std::move(article) });
        }
        entries.append(std::move(feedEntries));
        items += int(rows.size());
        batches.push_back(std::move(rows));
    }
    figures.parsePerSecond = items / (double(parseNs) / 1e9);
    figures.buildPerSecond = items / (double(buildNs) / 1e9);
    SqliteBaseline sqlite;
    if (!sqlite.open(library)) {
        out << "  baseline: " << sqlite.lastError() << '\n';
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    for (const auto &rows : batches) {
        if (!sqlite.insertArticles(rows, now))
            out << "  baseline: " << sqlite.lastError() << '\n';
    }
    figures.baselinePerSecond = items / (double(timer.nsecsElapsed()) / 1e9);

    auto db = Database::open(storeLibrary);
    FeedStore store(**db);
    FeedRefreshState state;
    state.at = QDateTime::currentDateTimeUtc();
    timer.restart();
    for (qsizetype f = 0; f < entries.size(); ++f) {
        if (const auto stored = store.storeItems(feedIds.at(f), entries.at(f), state); !stored)
            out << "  storeItems: " << stored.error() << '\n';
    }
    figures.storePerSecond = items / (double(timer.nsecsElapsed()) / 1e9);
}

QList<qint64> subscribe(Database &db, const QList<QUrl> &urls)
{
    QList<qint64> ids;
    for (const QUrl &url : urls)
        ids.append(FeedStore(db).subscribe(url.toString()).value());
    return ids;
}

// One run: a library for the refresher, one for the baseline.
std::pair<Figures, Figures> runOnce(const QList<QByteArray> &big, const QList<QByteArray> &many)
{
    QList<std::pair<QByteArray, QByteArray>> routes { { "/big.xml", answer(big.first()) } };
    for (qsizetype i = 0; i < many.size(); ++i)
        routes.append({ "/feed" + QByteArray::number(i) + ".xml", answer(many.at(i)) });
    ServerThread server(routes);
    QList<QUrl> manyUrls;
    for (qsizetype i = 0; i < many.size(); ++i)
        manyUrls.append(server.server->url(u"/feed%1.xml"_s.arg(i)));

    QTemporaryDir dir;
    const QString library = dir.filePath(u"library.sqlite"_s);
    const QString plain = dir.filePath(u"plain.sqlite"_s);
    const QString stored = dir.filePath(u"stored.sqlite"_s);
    QList<qint64> bigIds, manyIds, plainBigIds, plainManyIds;
    {
        auto db = Database::open(library);
        bigIds = subscribe(**db, { server.server->url(u"/big.xml"_s) });
        manyIds = subscribe(**db, manyUrls);
        auto plainDb = Database::open(plain);
        plainBigIds = subscribe(**plainDb, { server.server->url(u"/big.xml"_s) });
        plainManyIds = subscribe(**plainDb, manyUrls);
        auto storedDb = Database::open(stored); // the same ids as plainDb's
        subscribe(**storedDb, { server.server->url(u"/big.xml"_s) });
        subscribe(**storedDb, manyUrls);
    }
    Figures one = refresh(library, bigIds, 10000);
    baseline(plain, stored, big, plainBigIds, one);
    Figures two = refresh(library, manyIds, int(many.size()) * 50);
    baseline(plain, stored, many, plainManyIds, two);
    return { one, two };
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void print(const char *name, const std::vector<Figures> &runs)
{
    std::vector<double> rate, base, ratio, stall, parse, build, busy, store;
    for (const Figures &f : runs) {
        store.push_back(f.storePerSecond);
        busy.push_back(f.longestBusyMs);
        parse.push_back(f.parsePerSecond);
        build.push_back(f.buildPerSecond);
        rate.push_back(f.itemsPerSecond);
        base.push_back(f.baselinePerSecond);
        ratio.push_back(f.baselinePerSecond > 0 ? f.itemsPerSecond / f.baselinePerSecond : 0);
        stall.push_back(f.longestStallMs);
    }
    out << name << '\n'
        << "  fetch+parse+build+store: " << QString::number(median(rate), 'f', 0) << " items/s\n"
        << "  bare sqlite3 INSERT:     " << QString::number(median(base), 'f', 0) << " items/s\n"
        << "  ratio:                   " << QString::number(median(ratio), 'f', 2)
        << " (goal >= 0.8)\n"
        << "  longest main-thread gap: " << QString::number(median(stall), 'f', 1)
        << " ms (5 ms timer; goal < 50)\n"
        << "    of which the main thread's own CPU time, at most: "
        << QString::number(median(busy), 'f', 1) << " ms\n"
        << "  alone: parse " << QString::number(median(parse), 'f', 0) << " items/s, build "
        << QString::number(median(build), 'f', 0) << " items/s (one thread), storeItems "
        << QString::number(median(store), 'f', 0) << " items/s\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(u"runs"_s, u"Runs (median printed)"_s, u"R"_s, u"3"_s);
    parser.addOption(runsOption);
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QList<QByteArray> big { feedXml(0, 10000) };
    QList<QByteArray> many;
    for (int i = 1; i <= 200; ++i)
        many.append(feedXml(i, 50));
    out << "bench_feeds: 1 feed of 10,000 items (" << big.first().size() / (1024 * 1024)
        << " MB), 200 feeds of 50 items; median of " << runs << " runs\n";
    out.flush();

    // The noise floor: the same timer for 2 s with nothing else running in this process.
    {
        QEventLoop loop;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        QElapsedTimer sinceTick;
        double longest = 0;
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        sinceTick.start();
        ticker.start(5);
        loop.exec();
        out << "longest gap of an idle main thread (noise floor): "
            << QString::number(longest, 'f', 1) << " ms\n";
    }

    std::vector<Figures> bigRuns, manyRuns;
    for (int run = 0; run < runs; ++run) {
        const auto [one, two] = runOnce(big, many);
        bigRuns.push_back(one);
        manyRuns.push_back(two);
        out << "  run " << run + 1 << ": " << QString::number(one.itemsPerSecond, 'f', 0) << " / "
            << QString::number(two.itemsPerSecond, 'f', 0) << " items/s\n";
        out.flush();
    }
    print("10,000-item feed", bigRuns);
    print("200 feeds x 50 items", manyRuns);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak RSS: " << usage.ru_maxrss / 1024 << " MB\n";
    return 0;
}
