// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs ArticleExtractor over the two development corpora in ../shared/corpus and prints, for
// each, its figures and speed on one thread; a corpus that is absent is skipped.
// Readability test pages: title exact-match rate, body precision/recall/F1 (word 4-gram
// shingles against expected.html) and the worst pages. trafilatura-eval: snippet F1, title,
// author and date exact, as its score.py computes them (see TrafilaturaEval).
// Options: --only readability|trafilatura, --corpus DIR (Readability pages), --trafilatura DIR,
// --passes N, --worst N, --jsonl FILE (trafilatura-eval lines for score.py), --dump NAME
// (a page's texts; "authors" for author differences; "titles", "authors", "dates" for the
// trafilatura-eval misses).
#include "trafilaturaeval.h"

#include "extract/articleextractor.h"
#include "extract/htmldecoder.h"
#include "extract/htmldocument.h"
#include "extract/plaintext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Page {
    QString name;
    QByteArray bytes;
    QString html;
    QString expectedTitle;
    QString expectedText;
    bool readerable = true;
    QString expectedByline;
};

struct Score {
    QString name;
    double precision = 0, recall = 0, f1 = 0;
    QString expectedTitle, gotTitle;
    bool titleOk = false;
};

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QStringList tokens(const QString &text)
{
    QStringList out;
    QString word;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool ideographic = (u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff);
        if (ideographic) {
            if (!word.isEmpty())
                out.append(word);
            word.clear();
            out.append(QString(c));
        } else if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

QSet<QString> shingles(const QString &text)
{
    const QStringList t = tokens(text);
    QSet<QString> set;
    if (t.size() < 4) {
        if (!t.isEmpty())
            set.insert(t.join(u' '));
        return set;
    }
    for (qsizetype i = 0; i + 4 <= t.size(); ++i)
        set.insert(t.mid(i, 4).join(u' '));
    return set;
}

QString textOfHtml(const QString &html)
{
    const HtmlDocument document(html);
    return document.body() ? PlainText::fromHtml(document.body()) : QString();
}

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// "Title | Site" against our "Title": the expected title is ours with a segment more, after
// (or before) a separator.
bool keepsTail(const QString &expected, const QString &got)
{
    if (got.isEmpty() || expected.size() <= got.size())
        return false;
    auto separatorsOnly = [](QStringView s) {
        const QStringView t = s.trimmed();
        if (t.isEmpty() || (!s.startsWith(u' ') && !s.startsWith(u'_') && !s.startsWith(u':')))
            return false;
        const QChar c = t.front();
        return c == u'|' || c == u'-' || c == u'_' || c == u':' || c == u'·' || c == u'–'
            || c == u'—' || c == u'@' || c == u'[' || c == u'(' || c == u'»';
    };
    if (expected.startsWith(got))
        return separatorsOnly(QStringView(expected).mid(got.size()));
    return false;
}

const QUrl pageUrl(QStringLiteral("http://fakehost/test/page.html"));

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString corpus = QStringLiteral(BYLINE_SOURCE_DIR "/../shared/corpus/readability-test-pages");
    int passes = 5;
    QString dump;
    QString only;
    TrafilaturaEval::Options trafilatura;
    trafilatura.corpus = QStringLiteral(BYLINE_SOURCE_DIR "/../shared/corpus/trafilatura-eval");
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == "--corpus"_L1)
            corpus = args.at(i + 1);
        else if (args.at(i) == "--trafilatura"_L1)
            trafilatura.corpus = args.at(i + 1);
        else if (args.at(i) == "--passes"_L1)
            passes = qMax(1, args.at(i + 1).toInt());
        else if (args.at(i) == "--worst"_L1)
            trafilatura.worst = qMax(0, args.at(i + 1).toInt());
        else if (args.at(i) == "--jsonl"_L1)
            trafilatura.jsonl = args.at(i + 1);
        else if (args.at(i) == "--dump"_L1)
            dump = args.at(i + 1);
        else if (args.at(i) == "--only"_L1)
            only = args.at(i + 1);
    }
    trafilatura.passes = passes;
    trafilatura.dump = dump;
    if (only != "readability"_L1)
        TrafilaturaEval::run(trafilatura);
    if (only == "trafilatura"_L1)
        return 0;
    print(u"readability-test-pages:"_s);
    const QDir dir(corpus);
    if (!dir.exists()) {
        print(u"corpus not found, skipping ("_s + corpus + u')');
        return 0;
    }
    std::vector<Page> pages;
    qint64 totalBytes = 0;
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        QFile source(dir.filePath(name + u"/source.html"_s));
        QFile expected(dir.filePath(name + u"/expected.html"_s));
        QFile meta(dir.filePath(name + u"/expected-metadata.json"_s));
        if (!source.open(QIODevice::ReadOnly) || !expected.open(QIODevice::ReadOnly))
            continue;
        Page page;
        page.name = name;
        page.bytes = source.readAll();
        // The corpus files are stored as UTF-8 whatever their <meta charset> says.
        page.html = HtmlDecoder::decode(page.bytes, "text/html; charset=utf-8");
        page.expectedText = textOfHtml(QString::fromUtf8(expected.readAll()));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject m = QJsonDocument::fromJson(meta.readAll()).object();
            page.expectedTitle = m.value("title"_L1).toString().simplified();
            page.readerable = m.value("readerable"_L1).toBool(true);
            page.expectedByline = m.value("byline"_L1).toString().simplified();
        }
        totalBytes += page.bytes.size();
        pages.push_back(std::move(page));
    }
    if (pages.empty()) {
        print(u"corpus not found, skipping (no pages in "_s + corpus + u')');
        return 0;
    }

    std::vector<Score> scores;
    int titlesOk = 0;
    int tails = 0; // Readability's title is ours plus a site or section tail (or head)
    QStringList verdictDiffers; // looksLikeArticle vs Readability's "readerable"
    QStringList authorDiffers; // author vs Readability's byline (where it has one)
    int bylines = 0;
    double sumP = 0, sumR = 0, sumF = 0;
    for (const Page &page : pages) {
        const Result<ExtractedArticle> r = ArticleExtractor::extract(page.html, pageUrl);
        Score s;
        s.name = page.name;
        s.expectedTitle = page.expectedTitle;
        const QString got = r.ok() ? r->plainText : QString();
        s.gotTitle = r.ok() ? r->title.simplified() : u"(error: "_s + r.error() + u')';
        s.titleOk = s.gotTitle == s.expectedTitle;
        titlesOk += s.titleOk ? 1 : 0;
        tails += !s.titleOk && keepsTail(s.expectedTitle, s.gotTitle) ? 1 : 0;
        if (r.ok() && !page.expectedByline.isEmpty()) {
            ++bylines;
            const QString got = r->author.toLower();
            const QString want = page.expectedByline.toLower();
            if (got.isEmpty() || !(want.contains(got) || got.contains(want)))
                authorDiffers.append(page.name + u": "_s + page.expectedByline + u" | "_s
                                     + r->author);
        }
        if (r.ok() && r->looksLikeArticle != page.readerable)
            verdictDiffers.append(page.name + (page.readerable ? u" (we: no)"_s : u" (we: yes)"_s));
        const QSet<QString> a = shingles(got);
        const QSet<QString> e = shingles(page.expectedText);
        if (a.isEmpty() && e.isEmpty()) {
            s.precision = s.recall = s.f1 = 1;
        } else {
            const double common = double(QSet<QString>(a).intersect(e).size());
            s.precision = a.isEmpty() ? 0 : common / a.size();
            s.recall = e.isEmpty() ? 0 : common / e.size();
            s.f1 = s.precision + s.recall > 0
                ? 2 * s.precision * s.recall / (s.precision + s.recall)
                : 0;
        }
        sumP += s.precision;
        sumR += s.recall;
        sumF += s.f1;
        scores.push_back(s);
        if (page.name == dump) {
            print(u"=== got (title: "_s + s.gotTitle + u")\n"_s + got);
            print(u"=== expected (title: "_s + s.expectedTitle + u")\n"_s + page.expectedText);
            if (r.ok())
                print(u"=== html\n"_s + r->contentHtml);
        }
    }

    // Wall time suffers when other processes share the machine; the thread's CPU time less so.
    std::vector<double> times, cpuTimes, parseTimes;
    for (int pass = 0; pass < passes; ++pass) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        for (const Page &page : pages) {
            const Result<ExtractedArticle> r = ArticleExtractor::extract(page.html, pageUrl);
            Q_UNUSED(r)
        }
        cpuTimes.push_back(threadCpuSeconds() - cpuStart);
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
        // The floor: parsing alone (prefilter + gumbo + our tree), in the same conditions.
        const double parseStart = threadCpuSeconds();
        for (const Page &page : pages) {
            const HtmlDocument document(page.html);
            Q_UNUSED(document)
        }
        parseTimes.push_back(threadCpuSeconds() - parseStart);
    }
    const double parseSeconds = median(parseTimes);
    const double seconds = median(times);
    const double cpuSeconds = median(cpuTimes);
    const double n = double(pages.size());
    print(u"pages: %1 (%2 MB)"_s.arg(pages.size()).arg(double(totalBytes) / 1e6, 0, 'f', 1));
    print(u"title exact match: %1% (%2/%3); with the %4 where Readability keeps a site or "
          "section tail that we drop: %5%"_s.arg(100.0 * titlesOk / n, 0, 'f', 1)
              .arg(titlesOk)
              .arg(pages.size())
              .arg(tails)
              .arg(100.0 * (titlesOk + tails) / n, 0, 'f', 1));
    print(u"body precision %1  recall %2  F1 %3"_s.arg(sumP / n, 0, 'f', 3)
              .arg(sumR / n, 0, 'f', 3)
              .arg(sumF / n, 0, 'f', 3));
    print(u"speed (one thread, median of %1 passes): %2 pages/s, %3 MB/s wall clock; "
          "%4 pages/s, %5 MB/s thread CPU time"_s.arg(passes)
              .arg(n / seconds, 0, 'f', 0)
              .arg(double(totalBytes) / 1e6 / seconds, 0, 'f', 1)
              .arg(n / cpuSeconds, 0, 'f', 0)
              .arg(double(totalBytes) / 1e6 / cpuSeconds, 0, 'f', 1));
    print(u"parsing alone (HtmlDocument, thread CPU time): %1 pages/s, %2 MB/s; extraction "
          "takes %3x the parse"_s.arg(n / parseSeconds, 0, 'f', 0)
              .arg(double(totalBytes) / 1e6 / parseSeconds, 0, 'f', 1)
              .arg(cpuSeconds / parseSeconds, 0, 'f', 2));
    print(u"looksLikeArticle differs from Readability's readerable on %1 pages: %2"_s
              .arg(verdictDiffers.size())
              .arg(verdictDiffers.join(u", "_s)));
    print(u"author agrees with Readability's byline (either contains the other): %1/%2"_s
              .arg(bylines - authorDiffers.size())
              .arg(bylines));
    if (dump == "authors"_L1) {
        for (const QString &d : std::as_const(authorDiffers))
            print(u"  "_s + d);
    }
    std::vector<Score> byF1 = scores;
    std::sort(byF1.begin(), byF1.end(), [](const Score &a, const Score &b) { return a.f1 < b.f1; });
    print(u"worst pages by F1:"_s);
    for (size_t i = 0; i < std::min<size_t>(10, byF1.size()); ++i)
        print(u"  %1  F1 %2  P %3  R %4"_s.arg(byF1[i].name, -36)
                  .arg(byF1[i].f1, 0, 'f', 3)
                  .arg(byF1[i].precision, 0, 'f', 3)
                  .arg(byF1[i].recall, 0, 'f', 3));
    print(u"worst titles (expected | got):"_s);
    int shown = 0;
    for (const Score &s : scores) {
        if (s.titleOk || shown >= 40)
            continue;
        ++shown;
        print(u"  %1: %2 | %3"_s.arg(s.name, s.expectedTitle, s.gotTitle));
    }
    return 0;
}
