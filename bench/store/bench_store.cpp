// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store: prints store figures for a synthetic library; never fails on time.
//   bench_store [--articles N] [--runs R] [--batch B] [--reads M] [--dir PATH] [--keep]
//   bench_store --reuse FOLDER [--runs R]   (queries only, on a folder kept with --keep)
#include "articlegenerator.h"
#include "sqlitebaseline.h"

#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t index = std::min(v.size() - 1, size_t(std::ceil(p * double(v.size())) - 1));
    return v[index];
}

double cpuNowMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Milliseconds one call takes on the clock (and, when asked, of this process's CPU time: the
// machine may be shared, and CPU time shows the cost without the waiting).
double timeMs(const std::function<void()> &call, double *cpuMs = nullptr)
{
    const double cpuStart = cpuNowMs();
    QElapsedTimer timer;
    timer.start();
    call();
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    if (cpuMs)
        *cpuMs = cpuNowMs() - cpuStart;
    return wall;
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

QStringList searchQueries(ArticleGenerator &generator)
{
    QStringList queries;
    // Single words across the vocabulary, from common (rank 10) to rare (rank 20,000).
    for (int i = 0; i < 30; ++i)
        queries.append(generator.word(int(10 * std::pow(2000.0, i / 29.0))));
    std::uniform_int_distribution<int> mid(50, 5000);
    for (int i = 0; i < 25; ++i)
        queries.append(generator.word(mid(generator.rng())) + u' '
                       + generator.word(mid(generator.rng())));
    for (int i = 0; i < 15; ++i)
        queries.append(generator.word(mid(generator.rng())) + u' '
                       + generator.word(mid(generator.rng())) + u' '
                       + generator.word(mid(generator.rng())));
    std::uniform_int_distribution<int> prefixRank(100, 10000);
    for (int i = 0; i < 10; ++i)
        queries.append(generator.word(prefixRank(generator.rng())).left(3 + i % 2));
    for (int i = 0; i < 5; ++i)
        queries.append(u'"' + generator.word(20 + i) + u' ' + generator.word(200 + i) + u'"');
    for (int i = 0; i < 5; ++i)
        queries.append(generator.author(i * 37));
    for (int i = 0; i < 5; ++i)
        queries.append(generator.word(300 + 97 * i) + u' ' + generator.word(40 + i).left(4));
    queries << u"\"foo"_s << u"NEAR("_s << u"서울 지하철"_s << u"zzqxv"_s << u"AND OR *"_s;
    return queries;
}

struct Options {
    int articles = 100000;
    int runs = 5;
    int batch = 1000;
    int reads = 1000000;
    QString dir;
    bool keep = false;
    QString reuse;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Byline store benchmark"_s);
    parser.addHelpOption();
    parser.addOption({ u"articles"_s, u"Synthetic articles (100000)."_s, u"N"_s });
    parser.addOption({ u"runs"_s, u"Runs of the cheap measurements (5)."_s, u"R"_s });
    parser.addOption({ u"batch"_s, u"Articles per insertBulk transaction (1000)."_s, u"B"_s });
    parser.addOption({ u"reads"_s, u"Synthetic reads (1000000)."_s, u"M"_s });
    parser.addOption({ u"dir"_s, u"Where the libraries go (a temporary folder)."_s, u"PATH"_s });
    parser.addOption({ u"keep"_s, u"Keep the libraries afterwards."_s });
    parser.addOption(
        { u"reuse"_s, u"Measure queries on a kept folder; no inserts."_s, u"FOLDER"_s });
    parser.process(app);
    Options options;
    if (parser.isSet(u"articles"_s))
        options.articles = std::max(1, parser.value(u"articles"_s).toInt());
    if (parser.isSet(u"runs"_s))
        options.runs = std::max(1, parser.value(u"runs"_s).toInt());
    if (parser.isSet(u"batch"_s))
        options.batch = std::max(1, parser.value(u"batch"_s).toInt());
    if (parser.isSet(u"reads"_s))
        options.reads = std::max(0, parser.value(u"reads"_s).toInt());
    options.dir = parser.value(u"dir"_s);
    options.keep = parser.isSet(u"keep"_s);
    options.reuse = parser.value(u"reuse"_s);
    return options;
}

// Writes the synthetic library twice (insertBulk and plain sqlite3) and prints insert figures,
// then adds the reads and prints the file size.
bool fill(Database &db, const QString &basePath, const Options &options,
          ArticleGenerator &generator)
{

    {
        auto schemaOnly = Database::open(basePath); // same schema, then closed
        if (!schemaOnly) {
            err << schemaOnly.error() << Qt::endl;
            return false;
        }
    }
    SqliteBaseline baseline;
    constexpr int sourceCount = 300;
    if (!baseline.open(basePath) || !baseline.insertSources(sourceCount)) {
        err << "baseline: " << baseline.lastError() << Qt::endl;
        return false;
    }
    SourceStore sources(db);
    QList<qint64> sourceIds;
    for (int i = 1; i <= sourceCount; ++i) {
        sourceIds.append(
            *sources.ensure({ 0, u"Source %1"_s.arg(i),
                              u"https://source%1.example/feed.xml"_s.arg(i), Source::Kind::Feed }));
    }

    out << "bench_store: " << options.articles << " articles, batches of " << options.batch << ", "
        << options.reads << " reads, " << options.runs << " runs" << Qt::endl;

    // Insert: the same generated rows through insertBulk and through plain sqlite3, batch by
    // batch, alternating so that both see the same machine load.
    ArticleStore store(db);
    double storeMs = 0;
    double baseMs = 0;
    double storeCpu = 0;
    double baseCpu = 0;
    qint64 words = 0;
    for (int start = 0; start < options.articles; start += options.batch) {
        QList<Article> batch;
        const int end = std::min(options.articles, start + options.batch);
        for (int i = start; i < end; ++i) {
            batch.append(generator.next(i, sourceIds));
            words += batch.constLast().wordCount;
        }
        std::vector<SqliteBaseline::Row> rows;
        rows.reserve(batch.size());
        for (const Article &a : batch)
            rows.push_back(SqliteBaseline::rowFrom(a));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        bool ok = true;
        double cpu = 0;
        storeMs += timeMs([&] { ok = store.insertBulk(batch).ok(); }, &cpu);
        storeCpu += cpu;
        baseMs += timeMs([&] { ok = baseline.insertArticles(rows, now) && ok; }, &cpu);
        baseCpu += cpu;
        if (!ok) {
            err << "insert failed: " << baseline.lastError() << Qt::endl;
            return false;
        }
        if ((end / options.batch) % 10 == 0)
            err << "  inserted " << end << " / " << options.articles << Qt::endl;
    }
    const double storeRate = options.articles / (storeMs / 1000);
    const double baseRate = options.articles / (baseMs / 1000);
    out << "insert: ArticleStore::insertBulk " << qRound(storeRate) << " articles/s ("
        << qRound(storeMs / 1000) << " s); plain sqlite3 " << qRound(baseRate) << " articles/s ("
        << qRound(baseMs / 1000) << " s); ratio " << QString::number(storeRate / baseRate, 'f', 2)
        << " (goal >= 0.8); CPU " << qRound(storeCpu / 1000) << " s vs " << qRound(baseCpu / 1000)
        << " s, ratio " << QString::number(baseCpu / storeCpu, 'f', 2) << "; "
        << words / options.articles << " words/article" << Qt::endl;

    // Reads: a million over the two years, written with plain sqlite3 (not measured).
    {
        SqliteBaseline reader;
        if (!reader.open(db.path())) {
            err << "reads: " << reader.lastError() << Qt::endl;
            return false;
        }
        std::vector<SqliteBaseline::Read> reads;
        reads.reserve(size_t(options.reads));
        std::uniform_int_distribution<qint64> article(1, options.articles);
        std::uniform_int_distribution<qint64> age(0, qint64(730) * 24 * 3600 * 1000);
        std::uniform_int_distribution<int> seconds(5, 900);
        const qint64 endMs = ArticleGenerator::end().toMSecsSinceEpoch();
        for (int i = 0; i < options.reads; ++i) {
            const qint64 a = std::min(article(generator.rng()), article(generator.rng()));
            reads.push_back({ a, endMs - age(generator.rng()), seconds(generator.rng()) });
        }
        if (!reader.insertReads(reads) || !reader.exec("PRAGMA wal_checkpoint(TRUNCATE)")) {
            err << "reads: " << reader.lastError() << Qt::endl;
            return false;
        }
    }
    baseline.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    out << "size: "
        << QString::number(double(fileSize(db.path())) / options.articles / 1024, 'f', 1)
        << " KiB/article with reads (" << fileSize(db.path()) / (1024 * 1024)
        << " MiB); baseline without reads "
        << QString::number(double(fileSize(basePath)) / options.articles / 1024, 'f', 1)
        << " KiB/article" << Qt::endl;

    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options = parse(app);
    std::optional<QTemporaryDir> temporary;
    if (options.reuse.isEmpty()) {
        temporary.emplace(options.dir.isEmpty() ? QDir::tempPath() + u"/bench_store-XXXXXX"_s
                                                : options.dir + u"/bench_store-XXXXXX"_s);
        temporary->setAutoRemove(!options.keep);
        if (options.keep)
            err << "keeping " << temporary->path() << Qt::endl;
    }
    const QString folder = temporary ? temporary->path() : options.reuse;
    const QString storePath = folder + u"/store.sqlite"_s;
    auto opened = Database::open(storePath);
    if (!opened) {
        err << opened.error() << Qt::endl;
        return 1;
    }
    Database &db = **opened;
    ArticleGenerator generator;
    ArticleStore store(db);
    if (options.reuse.isEmpty()) {
        if (!fill(db, folder + u"/baseline.sqlite"_s, options, generator))
            return 1;
    } else {
        options.articles = *store.count({});
        out << "bench_store: reusing " << storePath << " (" << options.articles << " articles)"
            << Qt::endl;
    }
    QList<qint64> sourceIds;
    const QList<Source> sources = SourceStore(db).list().value();
    for (const Source &source : sources)
        sourceIds.append(source.id);

    // Search: 100 varied queries, each timed; median and p95 per run, median over runs.
    const QStringList queries = searchQueries(generator);
    std::vector<double> medians, p95s, cpuMedians, cpuP95s;
    double slowest = 0;
    QString slowestQuery;
    qint64 hits = 0;
    for (const QString &q : queries)
        hits += store.search(q)->size(); // warm up
    for (int run = 0; run < options.runs; ++run) {
        std::vector<double> times, cpus;
        for (const QString &q : queries) {
            double cpu = 0;
            const double wall = timeMs([&] { (void)store.search(q); }, &cpu);
            times.push_back(wall);
            cpus.push_back(cpu);
            if (cpu > slowest) {
                slowest = cpu;
                slowestQuery = q;
            }
        }
        medians.push_back(median(times));
        p95s.push_back(percentile(times, 0.95));
        cpuMedians.push_back(median(cpus));
        cpuP95s.push_back(percentile(cpus, 0.95));
    }
    out << "search (" << queries.size() << " queries, limit 50, " << hits / queries.size()
        << " hits/query): median " << ms(median(medians)) << " ms, p95 " << ms(median(p95s))
        << " ms (goal <= 10); CPU median " << ms(median(cpuMedians)) << " ms, p95 "
        << ms(median(cpuP95s)) << " ms; slowest " << ms(slowest) << " ms CPU for \"" << slowestQuery
        << "\"" << Qt::endl;

    // Top stories at the end of the two years (the reads' window is full).
    ReadStore readStore(db);
    std::vector<double> topTimes, topCpu;
    int topCount = 0;
    for (int i = 0; i < 20 * options.runs; ++i) {
        double cpu = 0;
        topTimes.push_back(timeMs(
            [&] { topCount = int(readStore.topStories(10, 7, ArticleGenerator::end())->size()); },
            &cpu));
        topCpu.push_back(cpu);
    }
    out << "topStories: median " << ms(median(topTimes)) << " ms, CPU " << ms(median(topCpu))
        << " ms (" << topCount << " stories; goal <= 5)" << Qt::endl;

    // listPage at several depths, for both orders and a filter.
    struct Case {
        const char *name;
        ArticleFilter filter;
        ArticleOrder order;
    };
    const QList<Case> cases
        = { { "published", {}, ArticleOrder::Published },
            { "added", {}, ArticleOrder::Added },
            { "unread/published", { 0, QString(), true, false }, ArticleOrder::Published },
            { "source/added", { sourceIds.at(7), QString(), false, false }, ArticleOrder::Added },
            { "section/published", { 0, u"Science"_s, false, false }, ArticleOrder::Published } };
    for (const Case &c : cases) {
        const QList<qint64> ids = *store.listIds(c.filter, c.order);
        out << "listPage " << c.name << " (" << ids.size() << " rows, 100/page):";
        for (const double depth : { 0.0, 0.5, 0.99 }) {
            PageCursor cursor;
            const qsizetype at = qsizetype(depth * double(ids.size()));
            if (at > 0 && at < ids.size()) {
                const ArticleSummary s = store.summaries({ ids.at(at) })->first();
                const QDateTime key = c.order == ArticleOrder::Added || !s.published.isValid()
                    ? s.created
                    : s.published;
                cursor = PageCursor { key.toMSecsSinceEpoch(), s.id };
            }
            std::vector<double> times, cpus;
            for (int i = 0; i < 10 * options.runs; ++i) {
                double cpu = 0;
                times.push_back(
                    timeMs([&] { (void)store.listPage(c.filter, c.order, cursor); }, &cpu));
                cpus.push_back(cpu);
            }
            out << " " << qRound(depth * 100) << "%: " << ms(median(times)) << " ms (CPU "
                << ms(median(cpus)) << ")";
        }
        out << " (goal <= 5)" << Qt::endl;
    }
    return 0;
}
