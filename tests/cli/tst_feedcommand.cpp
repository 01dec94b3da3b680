// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylinerun.h"
#include "testhttpserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `byline feed [--json] FILE|URL|-`: prints one parsed feed, stores nothing.
class TestFeedCommand : public QObject {
    Q_OBJECT

private slots:
    void init();
    void json();
    void listing();
    void webPageIsOneLineError();
    void missingFile();
    void needsOneInput();
    void url();

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(BYLINE_SOURCE_DIR "/tests/core/feeds/data/") + QLatin1String(name);
    }
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestFeedCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestFeedCommand::json()
{
    const BylineRun run
        = runByline(m_home->path(), { u"feed"_s, u"--json"_s, fixture("atom.xml") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.out.count('\n'), 1); // one object on one line
    QJsonParseError error;
    const QJsonObject feed = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(feed.value("title"_L1).toString(), u"Field Notes"_s);
    QCOMPARE(feed.value("link"_L1).toString(), u"https://blog.example/"_s);
    const QJsonArray items = feed.value("items"_L1).toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(first.value("id"_L1).toString(), u"tag:blog.example,2025:1"_s);
    QCOMPARE(first.value("link"_L1).toString(), u"https://blog.example/posts/2025/hills.html"_s);
    QCOMPARE(first.value("author"_L1).toString(), u"Ben Ode, Cy Tran"_s);
    QCOMPARE(first.value("published"_L1).toString(), u"2025-06-01T07:30:00Z"_s);
    QCOMPARE(first.value("updated"_L1).toString(), u"2025-06-02T12:00:00Z"_s);
    QCOMPARE(first.value("categories"_L1).toArray(), QJsonArray({ u"Walks"_s, u"hills"_s }));
    const QJsonObject enclosure = first.value("enclosures"_L1).toArray().at(0).toObject();
    QCOMPARE(enclosure.value("url"_L1).toString(), u"https://blog.example/posts/2025/hills.ogg"_s);
    QCOMPARE(enclosure.value("type"_L1).toString(), u"audio/ogg"_s);
    QCOMPARE(enclosure.value("length"_L1).toInt(), 999);
    QCOMPARE(items.at(1).toObject().value("published"_L1).toString(), QString()); // absent
    // Nothing stored: no library was created.
    QVERIFY(!QFile::exists(m_home->path() + u"/data/byline"_s));
}

void TestFeedCommand::listing()
{
    const BylineRun run = runByline(m_home->path(), { u"feed"_s, fixture("rss2.xml") });
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"Harbour Town & Gazette\n"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Ferry timetable changes"_s), qPrintable(out));
    QVERIFY2(out.contains(u"https://gazette.example/news/market"_s), qPrintable(out));
}

void TestFeedCommand::webPageIsOneLineError()
{
    const QString page = m_home->filePath(u"page.html"_s);
    QFile file(page);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<!DOCTYPE html><html><body><p>Hello</p></body></html>");
    file.close();
    const BylineRun run = runByline(m_home->path(), { u"feed"_s, u"--json"_s, page });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QString::fromUtf8(run.err),
             u"byline: %1: This is a web page, not a feed\n"_s.arg(page));
}

void TestFeedCommand::missingFile()
{
    const BylineRun run = runByline(m_home->path(), { u"feed"_s, u"/nonexistent/feed.xml"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.startsWith("byline: /nonexistent/feed.xml: "), run.err.constData());
}

void TestFeedCommand::needsOneInput()
{
    const BylineRun run = runByline(m_home->path(), { u"feed"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
}

// A URL is fetched (PageFetcher): the charset of the Content-Type header decodes it and relative
// links resolve against where it was served. The server answers while byline runs, so the
// process runs without blocking the event loop.
void TestFeedCommand::url()
{
    TestHttpServer server;
    QVERIFY(server.isListening());
    const QByteArray body = "<rss><channel><title>Caf\xE9 news</title><item><title>Cr\xE8me</title>"
                            "<link>/items/1</link></item></channel></rss>";
    server.answer("/feed",
                  "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; "
                  "charset=ISO-8859-1\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    server.answer("/missing",
                  "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                  "Connection: close\r\n\r\n");

    const auto run = [this](const QUrl &url) {
        QProcess process;
        process.setProcessEnvironment(bylineEnvironment(m_home->path()));
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(BYLINE_BINARY), { u"feed"_s, u"--json"_s, url.toString() });
        BylineRun result;
        if (!process.waitForStarted())
            return result;
        QDeadlineTimer deadline(60000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20); // the server answers from this event loop
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    };

    const BylineRun ok = run(server.url(u"/feed"_s));
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject feed = QJsonDocument::fromJson(ok.out).object();
    QCOMPARE(feed.value("title"_L1).toString(), u"Café news"_s);
    const QJsonObject item = feed.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(item.value("title"_L1).toString(), u"Crème"_s);
    QCOMPARE(item.value("link"_L1).toString(), server.url(u"/items/1"_s).toString());

    const BylineRun missing = run(server.url(u"/missing"_s));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
    QCOMPARE(missing.err.count('\n'), 1);
    QVERIFY2(missing.err.startsWith(
                 QByteArray("byline: " + server.url(u"/missing"_s).toEncoded() + ": ")),
             missing.err.constData());
}

QTEST_GUILESS_MAIN(TestFeedCommand)
#include "tst_feedcommand.moc"
