// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile pages through the whole import pipeline (PageReader::readBytes: sniffing, decoding,
// prefilter, gumbo, extraction, sanitising): each shape is generated at each size up to the
// 50 MB cap and run in a child process (this program again, with --run), median of 3 runs.
// Prints seconds, peak memory (the child's getrusage ru_maxrss) and the outcome of each case,
// then the slowest case and the one with the highest peak.
// Options: --sizes 1,10,49 (MiB), --runs N, --only NAME[,NAME], --timeout S, --memory-limit MB,
// --list.
#include "importing/pagereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Unit = std::function<QByteArray(qsizetype k)>; // the k-th repeated piece

struct Shape {
    const char *name;
    QByteArray prefix;
    Unit unit;
    QByteArray suffix;
};

const QByteArray pageStart = "<!DOCTYPE html><html><head><meta charset=utf-8>"
                             "<title>A hostile page</title></head><body>";
const QByteArray pageEnd = "</body></html>";

Unit same(const QByteArray &piece)
{
    return [piece](qsizetype) { return piece; };
}

Unit cycle(const QList<QByteArray> &pieces)
{
    return [pieces](qsizetype k) { return pieces.at(k % pieces.size()); };
}

Unit numbered(const QByteArray &before, const QByteArray &after)
{
    return [before, after](qsizetype k) -> QByteArray {
        return before + QByteArray::number(k) + after;
    };
}

const std::vector<Shape> &shapes()
{
    static const std::vector<Shape> list {
        { "div-unmatched-i", pageStart, same("<div></i>"), pageEnd },
        { "unmatched-end-tags", pageStart,
          cycle({ "</a>",    "</b>",        "</i>",  "</p>",        "</div>",
                  "</span>", "</table>",    "</td>", "</li>",       "</font>",
                  "</em>",   "</form>",     "</h1>", "</select>",   "</body>",
                  "</html>", "</x-custom>", "</br>", "</template>", "</caption>" }),
          pageEnd },
        { "div-unmatched-mix", pageStart, cycle({ "<div></a></table>", "<span></td></b>" }),
          pageEnd },
        { "attributes-unique", pageStart + "<div ", numbered("a", "=1 "), ">x</div>" + pageEnd },
        { "attributes-duplicate", pageStart + "<div ", same("a=1 "), ">x</div>" + pageEnd },
        { "attributes-many-tags", pageStart, numbered("<p a=1 b=2 c=3 d=4 e=5 f=", ">x</p>"),
          pageEnd },
        { "attribute-value-huge", pageStart + "<p>Text.<img alt=\"", same("xxxxxxxx"),
          "\"></p>" + pageEnd },
        { "href-huge", pageStart + "<p><a href=\"https://example.com/", same("aaaaaaaa"),
          "\">link</a></p>" + pageEnd },
        { "class-huge", pageStart + "<div class=\"", numbered("c", " "),
          "\"><p>x</p></div>" + pageEnd },
        { "srcset-huge", pageStart + "<p>Text<img src=a.jpg srcset=\"", numbered("i", ".jpg 1w, "),
          "\"></p>" + pageEnd },
        { "tiny-elements", pageStart, same("<b>x</b>"), pageEnd },
        { "tiny-divs", pageStart, same("<div>x</div>"), pageEnd },
        { "links", pageStart + "<p>", numbered("<a href=\"/p", "\">x</a> "), "</p>" + pageEnd },
        { "images", pageStart + "<p>", numbered("<img src=\"/i", ".jpg\">"), "</p>" + pageEnd },
        { "paragraphs", pageStart + "<article>",
          same("<p>A sentence of the article, with commas, long enough to count as text.</p>"),
          "</article>" + pageEnd },
        { "text-node-huge", pageStart + "<p>", same("aaaaaaaa"), "</p>" + pageEnd },
        { "long-line-words", pageStart + "<p>", same("word "), "</p>" + pageEnd },
        { "whitespace", pageStart + "<p>x", same("        "), "</p>" + pageEnd },
        { "deep-divs", pageStart, same("<div>"), pageEnd },
        { "deep-spans", pageStart, same("<span>"), pageEnd },
        { "deep-formatting", pageStart, numbered("<b id=", ">"), pageEnd },
        { "formatting-reconstruct",
          pageStart + "<div>" +
              [] {
                  QByteArray open;
                  for (int k = 0; k < 990; ++k)
                      open += "<b id=" + QByteArray::number(k) + '>';
                  return open;
              }()
              + "</div>",
          same("<p>x</p>"), pageEnd },
        { "anchor-soup", pageStart, numbered("<a href=", ">x"), pageEnd },
        { "p-soup", pageStart, same("<p>x"), pageEnd },
        { "li-soup", pageStart, same("<li>x"), pageEnd },
        { "table-cells", pageStart + "<table>", same("<tr><td>x</td></tr>"), "</table>" + pageEnd },
        { "tables-nested-open", pageStart, same("<table><tr><td>x"), pageEnd },
        { "tables-flat", pageStart, same("<table><tr><td>x</td></tr></table>"), pageEnd },
        { "td-outside-table", pageStart, same("<td>x</td>"), pageEnd },
        { "br-flood", pageStart + "<div>", same("x<br><br>"), "</div>" + pageEnd },
        { "lists-nested-open", pageStart, same("<ul><li>x"), pageEnd },
        { "headings", pageStart, same("<h2>A hostile page</h2>"), pageEnd },
        { "body-attributes", pageStart, numbered("<body a", "=1>"), pageEnd },
        { "comment-huge", pageStart + "<p>Text</p><!--", same("comment "), "-->" + pageEnd },
        { "comment-unclosed", pageStart + "<p>Text</p><!--", same("comment "), QByteArray() },
        { "comments-many", pageStart + "<p>", same("x<!---->"), "</p>" + pageEnd },
        { "bogus-comments", pageStart + "<p>", same("x<?pi?><!x>"), "</p>" + pageEnd },
        { "script-unclosed", pageStart + "<p>Text</p><script>", same("var x=1;"), QByteArray() },
        { "textarea-unclosed", pageStart + "<p>Text</p><textarea>", same("text<b>"), QByteArray() },
        { "json-ld-many", pageStart,
          same("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
               "\"headline\":\"Hostile\",\"author\":{\"name\":\"X\"}}</script>"),
          "<p>Text</p>" + pageEnd },
        { "json-ld-huge", pageStart + "<script type=\"application/ld+json\">[",
          same("{\"@type\":\"Thing\"},"), "{}]</script><p>Text</p>" + pageEnd },
        { "meta-many", "<!DOCTYPE html><html><head><title>T</title>",
          numbered("<meta property=\"og:title\" content=\"", "\">"),
          "</head><body><p>Text</p>" + pageEnd },
        { "entities-named", pageStart + "<p>", same("&amp;&notin;&nbsp;"), "</p>" + pageEnd },
        { "entities-numeric", pageStart + "<p>", same("&#x1F600;&#0;"), "</p>" + pageEnd },
        { "nul-bytes", pageStart + "<p>" + QByteArray(70000, 'x'), same(QByteArray("a\0b", 3)),
          "</p>" + pageEnd },
        { "less-than-flood", pageStart + "<p>", same("<</<!</ "), "</p>" + pageEnd },
        { "svg-nested-open", pageStart + "<p>Text</p>", same("<svg><g>"), pageEnd },
        { "noscript-images", pageStart, numbered("<noscript><img src=\"/n", ".jpg\"></noscript>"),
          pageEnd },
        { "templates-nested", pageStart, same("<template><div>"), pageEnd },
        { "select-soup", pageStart + "<select>", same("<option>x<optgroup>"), pageEnd },
    };
    return list;
}

QByteArray generate(const Shape &shape, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + 64);
    out += shape.prefix;
    const qsizetype room = bytes - shape.suffix.size();
    for (qsizetype k = 0; out.size() < room; ++k) {
        const QByteArray piece = shape.unit(k);
        if (out.size() + piece.size() > room && k > 0)
            break;
        out += piece;
    }
    out += shape.suffix;
    return out;
}

const Shape *findShape(const QString &name)
{
    for (const Shape &shape : shapes()) {
        if (name == QLatin1String(shape.name))
            return &shape;
    }
    return nullptr;
}

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The child: one case, one line "seconds cpuSeconds peakKB outcome".
int runCase(const QString &name, qsizetype bytes, long memoryLimitMb)
{
    if (memoryLimitMb > 0) {
        const rlim_t limit = rlim_t(memoryLimitMb) * 1024 * 1024;
        const rlimit value { limit, limit };
        setrlimit(RLIMIT_AS, &value);
    }
    const Shape *shape = findShape(name);
    if (!shape)
        return 2;
    const QByteArray page = generate(*shape, bytes);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const Result<ExtractedArticle> article = PageReader::readBytes(
        page, "text/html; charset=utf-8", true, QUrl(u"https://example.com/news/page.html"_s),
        PageReader::Options());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    QString outcome;
    if (article) {
        outcome = u"extracted: %1 words, %2 KB of HTML, title \"%3\""_s.arg(article->wordCount)
                      .arg(article->contentHtml.size() / 1024)
                      .arg(article->title.left(40));
        if (!article->notice.isEmpty())
            outcome += u"; "_s + article->notice;
    } else {
        outcome = u"refused: "_s + article.error();
    }
    std::printf("%.3f %.3f %ld %s\n", seconds, cpu, peakKilobytes(),
                qPrintable(outcome.simplified()));
    return 0;
}

struct Run {
    double seconds = -1; // -1: no answer (timed out or crashed)
    double cpu = 0;
    long peakKb = 0;
    QString outcome;
};

Run runChild(const QString &program, const QString &shape, qsizetype bytes, int timeoutS,
             long memoryLimitMb)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program,
                { u"--run"_s, shape, QString::number(bytes), QString::number(memoryLimitMb) });
    Run run;
    if (!child.waitForFinished(timeoutS * 1000)) {
        child.kill();
        child.waitForFinished();
        run.outcome = u"TIMED OUT after %1 s"_s.arg(timeoutS);
        return run;
    }
    const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || line.isEmpty()) {
        run.outcome = child.exitStatus() == QProcess::CrashExit
            ? u"CRASHED"_s
            : u"FAILED (exit %1)"_s.arg(child.exitCode());
        return run;
    }
    const QStringList parts = line.split(u' ');
    run.seconds = parts.value(0).toDouble();
    run.cpu = parts.value(1).toDouble();
    run.peakKb = parts.value(2).toLong();
    run.outcome = parts.mid(3).join(u' ');
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == "--run"_L1)
        return runCase(args.value(2), args.value(3).toLongLong(), args.value(4).toLong());

    QList<double> sizesMb { 1, 10, 49 };
    int runs = 3;
    int timeoutS = 120;
    long memoryLimitMb = 6144;
    QStringList only;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString next = args.value(i + 1);
        if (args.at(i) == "--sizes"_L1) {
            sizesMb.clear();
            for (const QString &s : next.split(u','))
                sizesMb.append(s.toDouble());
            ++i;
        } else if (args.at(i) == "--runs"_L1) {
            runs = std::max(1, next.toInt());
            ++i;
        } else if (args.at(i) == "--only"_L1) {
            only = next.split(u',');
            ++i;
        } else if (args.at(i) == "--timeout"_L1) {
            timeoutS = next.toInt();
            ++i;
        } else if (args.at(i) == "--memory-limit"_L1) {
            memoryLimitMb = next.toLong();
            ++i;
        } else if (args.at(i) == "--list"_L1) {
            for (const Shape &shape : shapes())
                std::printf("%s\n", shape.name);
            return 0;
        }
    }

    std::printf("%-24s %5s %8s %8s %8s  %s\n", "shape", "MiB", "seconds", "cpu s", "peak MB",
                "outcome");
    QString slowest, hungriest;
    double slowestSeconds = -1;
    long highestKb = -1;
    for (const Shape &shape : shapes()) {
        if (!only.isEmpty() && !only.contains(QLatin1String(shape.name)))
            continue;
        for (const double mb : sizesMb) {
            const qsizetype bytes = qsizetype(mb * 1024 * 1024);
            std::vector<Run> results;
            for (int r = 0; r < runs; ++r) {
                results.push_back(runChild(app.applicationFilePath(), QLatin1String(shape.name),
                                           bytes, timeoutS, memoryLimitMb));
                if (results.back().seconds < 0)
                    break; // a timeout or crash: once is enough
            }
            std::sort(results.begin(), results.end(),
                      [](const Run &a, const Run &b) { return a.seconds < b.seconds; });
            const Run &median = results.at(results.size() / 2);
            long peak = 0;
            for (const Run &r : results)
                peak = std::max(peak, r.peakKb);
            const bool failed = results.front().seconds < 0;
            const Run &shown = failed ? results.front() : median;
            std::printf("%-24s %5.0f %8s %8s %8.0f  %s\n", shape.name, mb,
                        failed ? "-" : qPrintable(QString::number(shown.seconds, 'f', 3)),
                        failed ? "-" : qPrintable(QString::number(shown.cpu, 'f', 3)),
                        double(peak) / 1024, qPrintable(shown.outcome.left(160)));
            std::fflush(stdout);
            const QString label = u"%1 at %2 MiB"_s.arg(QLatin1String(shape.name)).arg(mb);
            const double seconds = failed ? 1e9 : median.seconds;
            if (seconds > slowestSeconds) {
                slowestSeconds = seconds;
                slowest = label + (failed ? u" ("_s + shown.outcome + u')' : QString());
            }
            if (peak > highestKb) {
                highestKb = peak;
                hungriest = label;
            }
        }
    }
    std::printf("\nslowest: %s, %.3f s\n", qPrintable(slowest),
                slowestSeconds >= 1e9 ? -1.0 : slowestSeconds);
    std::printf("highest peak memory: %s, %.0f MB\n", qPrintable(hungriest),
                double(highestKb) / 1024);
    return 0;
}
