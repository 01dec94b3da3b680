// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_check: how long the damage checks take on a library of synthetic articles; never fails
// on time.
//   bench_check [--articles N] [--runs R] [--library PATH]
// Fills PATH with N articles (a temporary file unless given; an existing library at PATH is
// reused as it is), then prints the median of R runs, each on a fresh connection as the
// window's worker does, of PRAGMA quick_check (what runs after every start) and integrity_check
// (byline check --full), and the time of one export (every article read by id, as for a
// damaged library).
#include "articlegenerator.h"

#include "library/libraryexporter.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/sourcestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double cpuNowMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

bool fill(const QString &path, int articles)
{
    auto db = Database::open(path);
    if (!db) {
        err << (db.error()) << Qt::endl;
        return false;
    }
    SourceStore sources(**db);
    QList<qint64> sourceIds;
    for (int i = 1; i <= 300; ++i)
        sourceIds.append(
            *sources.ensure({ 0, u"Source %1"_s.arg(i),
                              u"https://source%1.example/feed.xml"_s.arg(i), Source::Kind::Feed }));
    ArticleGenerator generator;
    ArticleStore store(**db);
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < articles; start += 1000) {
        QList<Article> batch;
        for (int i = start; i < std::min(articles, start + 1000); ++i)
            batch.append(generator.next(i, sourceIds));
        if (const Result<int> stored = store.insertBulk(batch); !stored) {
            err << stored.error() << Qt::endl;
            return false;
        }
    }
    out << "filled " << articles << " articles in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

// Wall and CPU milliseconds of one check on a fresh connection; -1 when it failed.
std::pair<double, double> timeCheck(const QString &path, bool full)
{
    const double cpuStart = cpuNowMs();
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db)
        return { -1, -1 };
    const Result<QStringList> problems = (*db)->check(full);
    if (!problems || !problems->isEmpty())
        return { -1, -1 };
    return { double(timer.nsecsElapsed()) / 1e6, cpuNowMs() - cpuStart };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Byline damage-check benchmark"_s);
    parser.addHelpOption();
    parser.addOption({ u"articles"_s, u"Synthetic articles (100000)."_s, u"N"_s });
    parser.addOption({ u"runs"_s, u"Runs of each check (5)."_s, u"R"_s });
    parser.addOption({ u"library"_s, u"Library to fill or reuse (a temporary one)."_s, u"PATH"_s });
    parser.process(app);
    const int articles
        = parser.isSet(u"articles"_s) ? std::max(1, parser.value(u"articles"_s).toInt()) : 100000;
    const int runs = parser.isSet(u"runs"_s) ? std::max(1, parser.value(u"runs"_s).toInt()) : 5;
    QTemporaryDir temporary;
    QString path = parser.value(u"library"_s);
    if (path.isEmpty())
        path = temporary.filePath(u"library.sqlite"_s);
    if (!QFileInfo::exists(path) && !fill(path, articles))
        return 1;
    {
        auto db = Database::open(path);
        if (!db) {
            err << db.error() << Qt::endl;
            return 1;
        }
        out << "library: " << path << ", " << *ArticleStore(**db).count({}) << " articles, "
            << QString::number(double(QFileInfo(path).size()) / (1 << 20), 'f', 0) << " MiB"
            << Qt::endl;
    }

    for (const bool full : { false, true }) {
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int run = 0; run < runs; ++run) {
            const auto [ms, cpuMs] = timeCheck(path, full);
            if (ms < 0) {
                err << "the check failed or found problems" << Qt::endl;
                return 1;
            }
            wall.push_back(ms);
            cpu.push_back(cpuMs);
        }
        out << (full ? "integrity_check" : "quick_check") << ": median " << median(wall)
            << " ms (CPU " << median(cpu) << " ms), first run " << wall.front() << " ms, " << runs
            << " runs" << Qt::endl;
    }

    auto db = Database::open(path);
    QFile sink(u"/dev/null"_s);
    sink.open(QIODevice::WriteOnly);
    QElapsedTimer timer;
    timer.start();
    const Result<ReadableArticles::Report> exported = LibraryExporter(**db).write(sink);
    if (!exported) {
        err << exported.error() << Qt::endl;
        return 1;
    }
    out << "export (by id): " << exported->read << " articles in " << timer.elapsed() << " ms"
        << Qt::endl;
    return 0;
}
