// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the window's article list behaves on a big library: the id list load that blocks the UI
// thread, a page fetch, a QListView scrolled end to end (time, pages, largest cache) and a
// search on the worker. Prints medians; never passes or fails.
//   bench_articlelist [--articles N] [--library PATH]   (default 100000 in a temporary file)

#include "articlelistdelegate.h"
#include "articlelistmodel.h"
#include "articlesearch.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(values.size() / 2);
}

template<typename F> double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<Article> generate(int count)
{
    static const QStringList sections
        = { u"News"_s, u"Opinion"_s, u"Business"_s, u"Science"_s, u"Culture"_s, u"Sports"_s };
    static const QStringList words
        = { u"harbour"_s, u"council"_s,  u"river"_s,  u"budget"_s, u"library"_s, u"orchestra"_s,
            u"bakery"_s,  u"election"_s, u"bridge"_s, u"school"_s, u"market"_s,  u"festival"_s };
    const QDateTime base = QDateTime::currentDateTimeUtc();
    QList<Article> articles;
    articles.reserve(count);
    for (int i = 0; i < count; ++i) {
        Article a;
        a.url = u"https://bench.example/%1"_s.arg(i);
        a.title = u"The %1 and the %2, part %3"_s
                      .arg(words.at(i % words.size()), words.at((i / 7) % words.size()))
                      .arg(i);
        a.section = sections.at(i % sections.size());
        a.published = base.addSecs(-120LL * i);
        a.plainText = a.title + u". A story about the "_s + words.at((i / 3) % words.size())
            + u" told in several paragraphs."_s;
        a.contentHtml = u"<p>"_s + a.plainText + u"</p>"_s;
        a.wordCount = 12;
        a.read = i % 4 == 0;
        articles.append(a);
    }
    return articles;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(u"articles"_s, u"Articles to generate."_s, u"N"_s,
                                         u"100000"_s);
    const QCommandLineOption libraryOption(u"library"_s, u"Use this library."_s, u"PATH"_s);
    parser.addOptions({ countOption, libraryOption });
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption)
                                                     : dir.filePath(u"bench.sqlite"_s);
    const bool fresh = !QFileInfo::exists(path);
    auto db = Database::open(path);
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    ArticleStore store(**db);
    if (fresh) {
        const int count = parser.value(countOption).toInt();
        const double ms = timeMs([&] { (void)store.insertBulk(generate(count)); });
        out << "generated " << count << " articles in " << qRound(ms) << " ms" << Qt::endl;
    }
    const int rows = *store.count({});

    std::vector<double> ids, unread, refresh;
    for (int i = 0; i < 9; ++i) {
        ids.push_back(timeMs([&] { (void)store.listIds({}, ArticleOrder::Published); }));
        unread.push_back(timeMs([&] {
            (void)store.listIds({ 0, {}, true, false }, ArticleOrder::Published);
        }));
    }
    out << "listIds (" << rows << " rows): median " << median(ids) << " ms; unread only "
        << median(unread) << " ms" << Qt::endl;

    ArticleListModel model(**db);
    QListView view;
    view.setUniformItemSizes(true);
    view.setItemDelegate(new ArticleListDelegate(&view));
    view.setModel(&model);
    view.resize(380, 800);
    view.show();
    for (int i = 0; i < 9; ++i)
        refresh.push_back(timeMs([&] { (void)model.refresh(); }));
    out << "model refresh with a view (UI thread): median " << median(refresh) << " ms" << Qt::endl;

    std::vector<double> page;
    for (int i = 0; i < 9; ++i) {
        ArticleListModel fresh(**db);
        (void)fresh.refresh();
        fresh.index(rows / 2).data();
        page.push_back(timeMs([&] { fresh.fetchPending(); }));
    }
    out << "one page of 100 summaries: median " << median(page) << " ms" << Qt::endl;

    view.doItemsLayout(); // what the event loop would do before the first paint
    QScrollBar *bar = view.verticalScrollBar();
    int steps = 0;
    int largest = 0;
    std::vector<double> frames;
    const double total = timeMs([&] {
        for (int value = 0;; value = std::min(value + bar->pageStep(), bar->maximum())) {
            frames.push_back(timeMs([&] {
                bar->setValue(value);
                view.viewport()->grab();
                model.fetchPending();
                view.viewport()->grab();
            }));
            largest = std::max(largest, model.cachedRowCount());
            ++steps;
            if (value == bar->maximum())
                break;
        }
    });
    out << "scrolled end to end in " << steps << " page steps: " << qRound(total) << " ms, median "
        << median(frames) << " ms a step (fetch + 2 paints), worst "
        << *std::max_element(frames.begin(), frames.end()) << " ms; " << model.pagesFetched()
        << " pages fetched; largest cache " << largest << " rows (bound "
        << ArticleListModel::maxCachedRows << ")" << Qt::endl;

    ArticleSearch search(path);
    std::vector<double> searches;
    for (const QString &text : { u"harbour"_s, u"orchestra bridge"_s, u"part 4242"_s }) {
        QEventLoop loop;
        int hits = 0;
        const auto connection = QObject::connect(&search, &ArticleSearch::resultsReady, &loop,
                                                 [&](const QString &, const QList<SearchHit> &h) {
                                                     hits = int(h.size());
                                                     loop.quit();
                                                 });
        QElapsedTimer timer;
        timer.start();
        search.setText(text);
        loop.exec();
        QObject::disconnect(connection);
        const double ms = double(timer.nsecsElapsed()) / 1e6 - ArticleSearch::debounceMs;
        searches.push_back(ms);
        out << "search \"" << text << "\": " << hits << " hits, " << ms
            << " ms after the debounce (worker thread)" << Qt::endl;
    }
    return 0;
}
