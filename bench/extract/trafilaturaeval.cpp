// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafilaturaeval.h"

#include "extract/articleextractor.h"
#include "importing/pagereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Page {
    QString name;
    QString path; // where the page would be as a plain file (its file: URL is the base)
    QByteArray bytes;
    QStringList with, without;
    QString title, date;
    QStringList authors; // one string, or several names that must all be present
    bool authorList = false;
};

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
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

// Python's str.isspace(), which str.split() splits on.
bool pythonSpace(char16_t u)
{
    return (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x20) || u == 0x85 || u == 0xa0
        || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) || u == 0x2028 || u == 0x2029
        || u == 0x202f || u == 0x205f || u == 0x3000;
}

// score.py's squash(): " ".join(text.split()).
QString squash(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pending = false;
    for (QChar c : text) {
        if (pythonSpace(c.unicode())) {
            pending = !out.isEmpty();
            continue;
        }
        if (pending)
            out += u' ';
        pending = false;
        out += c;
    }
    return out;
}

// Python's str.casefold(), close enough: simple folding plus the sharp s.
QString casefold(const QString &text)
{
    return text.toCaseFolded().replace(u"ß"_s, u"ss"_s).replace(u"ẞ"_s, u"ss"_s);
}

QByteArray gunzip(const QString &path)
{
    QProcess gzip;
    gzip.start(u"gzip"_s, { u"-dc"_s, u"--"_s, path });
    if (!gzip.waitForFinished(60000) || gzip.exitCode() != 0)
        return {};
    return gzip.readAllStandardOutput();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

struct Answer {
    QString body, title, author, published;
};

// What one line of `byline extract --json` would carry for this page.
Answer answer(const Page &page)
{
    const Result<ExtractedArticle> r = PageReader::readBytes(
        page.bytes, {}, true, QUrl::fromLocalFile(page.path), PageReader::Options());
    if (!r || !r->looksLikeArticle)
        return {};
    Answer a;
    a.body = r->plainText;
    a.title = r->title;
    a.author = r->author;
    if (r->published.isValid())
        a.published = r->published.toString(Qt::ISODateWithMs); // as the CLI prints it
    return a;
}

QString shortened(const QString &snippet)
{
    const QString s = squash(snippet);
    return s.size() <= 80 ? s : s.left(77) + u"..."_s;
}

} // namespace

bool TrafilaturaEval::run(const Options &options)
{
    QFile truthFile(options.corpus + u"/truth.json"_s);
    if (!truthFile.open(QIODevice::ReadOnly)) {
        print(u"trafilatura-eval: corpus not found, skipping ("_s + options.corpus + u')');
        return false;
    }
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    std::vector<Page> pages;
    qint64 totalBytes = 0;
    for (auto it = truth.begin(); it != truth.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        Page page;
        page.name = it.key();
        page.path = QDir::tempPath() + u"/trafilatura-eval/"_s + page.name;
        const QString gz = options.corpus + u"/html/"_s + page.name + u".gz"_s;
        if (QFileInfo::exists(gz))
            page.bytes = gunzip(gz);
        page.with = strings(item.value("with"_L1));
        page.without = strings(item.value("without"_L1));
        page.title = item.value("title"_L1).toString();
        page.date = item.value("date"_L1).toString();
        const QJsonValue author = item.value("author"_L1);
        page.authorList = author.isArray();
        page.authors = author.isArray() ? strings(author) : QStringList { author.toString() };
        page.authors.removeAll(QString());
        totalBytes += page.bytes.size();
        pages.push_back(std::move(page));
    }
    const auto missing = std::count_if(pages.begin(), pages.end(),
                                       [](const Page &p) { return p.bytes.isEmpty(); });
    if (pages.empty() || missing == qsizetype(pages.size())) {
        print(u"trafilatura-eval: no pages in "_s + options.corpus + u", skipping"_s);
        return false;
    }

    QFile jsonl(options.jsonl);
    if (!options.jsonl.isEmpty() && !jsonl.open(QIODevice::WriteOnly | QIODevice::Truncate))
        print(u"cannot write "_s + options.jsonl);
    int tp = 0, fn = 0, tn = 0, fp = 0, answered = 0;
    int titles = 0, titlesOk = 0, authors = 0, authorsOk = 0, dates = 0, datesOk = 0;
    struct Errors {
        int count;
        QString name;
        QStringList missed, present;
        bool empty;
        QString title, wantTitle;
    };
    std::vector<Errors> perPage;
    QStringList wrongTitles, wrongAuthors, wrongDates;
    for (const Page &page : pages) {
        const Answer a = page.bytes.isEmpty() ? Answer() : answer(page);
        if (jsonl.isOpen()) {
            const QJsonObject line { { u"input"_s, page.name },
                                     { u"title"_s, a.title },
                                     { u"byline"_s, a.author },
                                     { u"published"_s, a.published },
                                     { u"articleBody"_s, a.body } };
            jsonl.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
        const QString got = squash(a.body);
        if (!a.body.trimmed().isEmpty())
            ++answered;
        Errors e { 0, page.name, {}, {}, got.isEmpty(), a.title, page.title };
        for (const QString &w : page.with) {
            if (!got.isEmpty() && got.contains(squash(w)))
                ++tp;
            else
                ++fn, e.missed.append(w);
        }
        for (const QString &w : page.without) {
            if (!got.isEmpty() && got.contains(squash(w)))
                ++fp, e.present.append(w);
            else
                ++tn;
        }
        e.count = int(e.missed.size() + e.present.size());
        perPage.push_back(e);
        if (!page.title.isEmpty()) {
            ++titles;
            if (casefold(squash(a.title)) == casefold(squash(page.title)))
                ++titlesOk;
            else
                wrongTitles.append(page.name + u": "_s + page.title + u" | "_s + a.title);
        }
        if (!page.authors.isEmpty()) {
            ++authors;
            const QString gotAuthor = casefold(squash(a.author));
            bool ok = true;
            if (page.authorList) {
                for (const QString &name : page.authors)
                    ok = ok && gotAuthor.contains(casefold(squash(name)));
            } else {
                ok = gotAuthor == casefold(squash(page.authors.first()));
            }
            authorsOk += ok ? 1 : 0;
            if (!ok)
                wrongAuthors.append(page.name + u": "_s + page.authors.join(u"; "_s) + u" | "_s
                                    + a.author);
        }
        if (!page.date.isEmpty()) {
            ++dates;
            if (casefold(squash(a.published.left(10))) == casefold(squash(page.date)))
                ++datesOk;
            else
                wrongDates.append(page.name + u": "_s + page.date + u" | "_s + a.published);
        }
        if (page.name == options.dump)
            print(u"=== "_s + page.name + u" (title: "_s + a.title + u")\n"_s + a.body);
    }
    auto ratio = [](double num, double den) { return den > 0 ? num / den : 0.0; };

    std::vector<double> times, cpuTimes;
    for (int pass = 0; pass < options.passes; ++pass) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        for (const Page &page : pages) {
            const Result<ExtractedArticle> r = PageReader::readBytes(
                page.bytes, {}, true, QUrl::fromLocalFile(page.path), PageReader::Options());
            Q_UNUSED(r)
        }
        cpuTimes.push_back(threadCpuSeconds() - cpuStart);
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    const double n = double(pages.size());
    print(u"trafilatura-eval: %1 pages (%2 MB), %3 missing; answered (non-empty) %4"_s
              .arg(pages.size())
              .arg(double(totalBytes) / 1e6, 0, 'f', 1)
              .arg(missing)
              .arg(answered));
    print(u"  tp %1  fn %2  tn %3  fp %4"_s.arg(tp).arg(fn).arg(tn).arg(fp));
    print(u"  precision %1  recall %2  accuracy %3  F1 %4"_s
              .arg(ratio(tp, tp + fp), 0, 'f', 3)
              .arg(ratio(tp, tp + fn), 0, 'f', 3)
              .arg(ratio(tp + tn, tp + fn + tn + fp), 0, 'f', 3)
              .arg(ratio(2 * tp, 2 * tp + fp + fn), 0, 'f', 3));
    print(u"  metadata exact (whitespace and case folded): title %1 of %2  author %3 of %4  "
          "date %5 of %6"_s.arg(ratio(titlesOk, titles), 0, 'f', 3)
              .arg(titles)
              .arg(ratio(authorsOk, authors), 0, 'f', 3)
              .arg(authors)
              .arg(ratio(datesOk, dates), 0, 'f', 3)
              .arg(dates));
    if (options.passes > 0)
        print(u"  speed (one thread, decoding + extraction, median of %1 passes): %2 pages/s "
              "wall clock, %3 pages/s thread CPU time"_s.arg(options.passes)
                  .arg(n / median(times), 0, 'f', 0)
                  .arg(n / median(cpuTimes), 0, 'f', 0));
    std::sort(perPage.begin(), perPage.end(), [](const Errors &a, const Errors &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    if (options.worst > 0)
        print(u"  %1 pages with the most errors:"_s.arg(options.worst));
    for (int i = 0; i < options.worst && i < int(perPage.size()) && perPage[i].count > 0; ++i) {
        const Errors &e = perPage[i];
        print(u"  - %1: %2 errors%3"_s.arg(e.name)
                  .arg(e.count)
                  .arg(e.empty ? u"  (empty answer)"_s : QString()));
        for (const QString &s : e.missed)
            print(u"      missed with:     "_s + shortened(s));
        for (const QString &s : e.present)
            print(u"      present without: "_s + shortened(s));
    }
    const auto list = [&](const QString &what, const QStringList &lines) {
        if (options.dump != what)
            return;
        print(u"  wrong %1 (expected | got):"_s.arg(what));
        for (const QString &line : lines)
            print(u"    "_s + line);
    };
    list(u"titles"_s, wrongTitles);
    list(u"authors"_s, wrongAuthors);
    list(u"dates"_s, wrongDates);
    return true;
}
