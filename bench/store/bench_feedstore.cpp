// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_feedstore: FeedStore figures on a synthetic library of feeds; never fails on time.
//   bench_feedstore [--feeds N] [--items M] [--runs R]
// Subscribes N feeds (500) in 25 folders and stores M items (200) in each with storeItems, one
// transaction per feed as a refresh does; the same rows go into a second library with plain
// sqlite3 inserts, feed by feed, alternating, for the ratio. Then prints the rate of a second
// refresh that changes nothing, and the median of R runs of list() (every feed with its unread
// and total counts), of the folder filter (count and the first page) and of folders().
// Items are feed-sized: the generator's articles cut to about 2,000 characters of text.
#include "articlegenerator.h"
#include "sqlitebaseline.h"

#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double timeMs(const std::function<void()> &call)
{
    QElapsedTimer timer;
    timer.start();
    call();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMs(int runs, const std::function<void()> &call)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(timeMs(call));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

FeedEntry feedEntry(Article article, int index)
{
    article.plainText.truncate(2000);
    article.contentHtml = u"<p>"_s + article.plainText.toHtmlEscaped() + u"</p>"_s;
    article.wordCount = int(article.plainText.count(u' ')) + 1;
    FeedEntry entry;
    entry.key = u"item-%1"_s.arg(index);
    entry.article = article;
    return entry;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption feedsOption(u"feeds"_s, QString(), u"N"_s, u"500"_s);
    const QCommandLineOption itemsOption(u"items"_s, QString(), u"M"_s, u"200"_s);
    const QCommandLineOption runsOption(u"runs"_s, QString(), u"R"_s, u"5"_s);
    parser.addOptions({ feedsOption, itemsOption, runsOption });
    parser.process(app);
    const int feedCount = std::max(1, parser.value(feedsOption).toInt());
    const int itemCount = std::max(1, parser.value(itemsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"library.sqlite"_s));
    const QString basePath = dir.filePath(u"baseline.sqlite"_s);
    if (!opened || !Database::open(basePath)) {
        err << "cannot create the libraries" << Qt::endl;
        return 1;
    }
    Database &db = **opened;
    SqliteBaseline baseline;
    if (!baseline.open(basePath) || !baseline.insertSources(feedCount)) {
        err << "baseline: " << baseline.lastError() << Qt::endl;
        return 1;
    }
    FeedStore feeds(db);
    QList<qint64> feedIds;
    QList<qint64> folderIds;
    for (int i = 0; i < 25; ++i)
        folderIds.append(*feeds.ensureFolder(u"Folder %1"_s.arg(i)));
    for (int i = 1; i <= feedCount; ++i)
        feedIds.append(*feeds.subscribe(u"https://source%1.example/feed.xml"_s.arg(i),
                                        u"Feed %1"_s.arg(i), folderIds.at(i % folderIds.size())));
    out << "bench_feedstore: " << feedCount << " feeds x " << itemCount << " items, " << runs
        << " runs" << Qt::endl;

    ArticleGenerator generator;
    std::vector<QList<FeedEntry>> entries(static_cast<size_t>(feedCount));
    double storeMs = 0;
    double baseMs = 0;
    int index = 0;
    for (int f = 0; f < feedCount; ++f) {
        QList<FeedEntry> &batch = entries[size_t(f)];
        std::vector<SqliteBaseline::Row> rows;
        for (int i = 0; i < itemCount; ++i) {
            batch.append(feedEntry(generator.next(index, { feedIds.at(f) }), index));
            ++index;
            Article forBaseline = batch.constLast().article;
            forBaseline.sourceId = f + 1;
            rows.push_back(SqliteBaseline::rowFrom(forBaseline));
        }
        FeedRefreshState state;
        state.at = QDateTime::currentDateTimeUtc();
        bool ok = true;
        storeMs += timeMs([&] { ok = feeds.storeItems(feedIds.at(f), batch, state).ok(); });
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        baseMs += timeMs([&] { ok = baseline.insertArticles(rows, now) && ok; });
        if (!ok) {
            err << "store failed at feed " << f << ": " << baseline.lastError() << Qt::endl;
            return 1;
        }
        if ((f + 1) % 100 == 0)
            err << "  stored " << f + 1 << " / " << feedCount << " feeds" << Qt::endl;
    }
    const double items = double(feedCount) * itemCount;
    const double storeRate = items / (storeMs / 1000);
    const double baseRate = items / (baseMs / 1000);
    out << "first refresh: FeedStore::storeItems " << qRound(storeRate) << " items/s; plain "
        << "sqlite3 inserts " << qRound(baseRate) << " items/s; ratio "
        << fixed(storeRate / baseRate, 2) << " (goal >= 0.8)" << Qt::endl;

    double againMs = 0;
    for (int f = 0; f < feedCount; ++f)
        againMs += timeMs([&] { (void)feeds.storeItems(feedIds.at(f), entries[size_t(f)], {}); });
    out << "second refresh, nothing changed: " << qRound(items / (againMs / 1000)) << " items/s ("
        << fixed(againMs / feedCount, 2) << " ms per feed)" << Qt::endl;

    ArticleStore articles(db);
    ArticleFilter unread;
    unread.unreadOnly = true;
    for (int i = 0; i < 30000; i += 3) // a third of the first 30,000 read
        (void)articles.setRead(i + 1, true);
    int listed = 0;
    const double listMs = medianMs(runs, [&] { listed = int(feeds.list()->size()); });
    out << "list(): " << fixed(listMs) << " ms for " << listed << " feeds with counts" << Qt::endl;
    ArticleFilter folder;
    folder.folderId = folderIds.first();
    int inFolder = 0;
    const double countMs = medianMs(runs, [&] { inFolder = *articles.count(folder); });
    const double pageMs = medianMs(
        runs, [&] { (void)articles.listPage(folder, ArticleOrder::Published, {}, 100); });
    const double idsMs
        = medianMs(runs, [&] { (void)articles.listIds(folder, ArticleOrder::Published); });
    out << "folder filter: count " << fixed(countMs) << " ms (" << inFolder
        << " articles), first page " << fixed(pageMs) << " ms, listIds " << fixed(idsMs) << " ms"
        << Qt::endl;
    const double foldersMs = medianMs(runs, [&] { (void)feeds.folders(); });
    out << "folders(): " << fixed(foldersMs, 2) << " ms" << Qt::endl;
    return 0;
}
