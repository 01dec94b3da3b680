// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedfetcher.h"
#include "testhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                       "<item><title>One</title><link>http://example.org/1</link></item>"
                       "</channel></rss>";

QByteArray ok(const QByteArray &headers = {}, const QByteArray &body = rss)
{
    return TestHttpServer::response("200 OK", "Content-Type: application/rss+xml\r\n" + headers,
                                    body);
}

} // namespace

class TestFeedFetcher : public QObject {
    Q_OBJECT

private:
    TestHttpServer m_server;

    // Fetches one request and waits for its result.
    FeedFetchResult fetchOne(FeedFetcher::Request request, FeedFetcher *fetcher = nullptr)
    {
        FeedFetcher own;
        if (!fetcher)
            fetcher = &own;
        QSignalSpy spy(fetcher, &FeedFetcher::fetched);
        request.tag = 7;
        fetcher->fetch(request);
        if (!spy.wait(10000)) {
            FeedFetchResult none;
            none.error = u"no answer"_s;
            return none;
        }
        return spy.at(0).at(1).value<FeedFetchResult>();
    }
    FeedFetchResult fetchOne(const QByteArray &path)
    {
        FeedFetcher::Request request;
        request.url = m_server.url(QString::fromLatin1(path));
        return fetchOne(request);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.isListening());
        m_server.answer("/ok",
                        ok("ETag: \"v1\"\r\nLast-Modified: Wed, 21 Oct 2015 07:28:00 GMT\r\n"));
        m_server.route("/etag", [](QTcpSocket *socket, const QByteArray &request) {
            socket->write(request.contains("If-None-Match: \"v1\"")
                              ? TestHttpServer::response("304 Not Modified", "ETag: \"v1\"\r\n", {})
                              : ok("ETag: \"v1\"\r\n"));
            socket->disconnectFromHost();
        });
        m_server.route("/modified", [](QTcpSocket *socket, const QByteArray &request) {
            socket->write(request.contains("If-Modified-Since: Wed, 21 Oct 2015 07:28:00 GMT")
                              ? TestHttpServer::response("304 Not Modified", {}, {})
                              : ok("Last-Modified: Wed, 21 Oct 2015 07:28:00 GMT\r\n"));
            socket->disconnectFromHost();
        });
        m_server.answer(
            "/moved",
            TestHttpServer::response("301 Moved Permanently", "Location: /moved2\r\n", {}));
        m_server.answer(
            "/moved2", TestHttpServer::response("308 Permanent Redirect", "Location: /ok\r\n", {}));
        m_server.answer("/found",
                        TestHttpServer::response("302 Found", "Location: /moved\r\n", {}));
        m_server.answer(
            "/loop", TestHttpServer::response("301 Moved Permanently", "Location: /loop\r\n", {}));
        m_server.answer("/missing", TestHttpServer::response("404 Not Found", {}, "no"));
        m_server.answer("/gone", TestHttpServer::response("410 Gone", {}, {}));
        m_server.answer(
            "/busy", TestHttpServer::response("429 Too Many Requests", "Retry-After: 120\r\n", {}));
        m_server.answer("/down",
                        TestHttpServer::response("503 Service Unavailable",
                                                 "Retry-After: Fri, 01 Jan 2100 10:00:00 GMT\r\n",
                                                 {}));
        m_server.route("/gzip", [](QTcpSocket *socket, const QByteArray &request) {
            const QByteArray lowered = request.toLower();
            const qsizetype at = lowered.indexOf("\r\naccept-encoding:");
            const bool accepts
                = at >= 0 && lowered.mid(at, lowered.indexOf("\r\n", at + 2) - at).contains("gzip");
            socket->write(accepts ? TestHttpServer::response("200 OK", "Content-Encoding: gzip\r\n",
                                                             TestHttpServer::gzip(rss))
                                  : TestHttpServer::response("406 Not Acceptable", {}, {}));
            socket->disconnectFromHost();
        });
        m_server.route("/slow", [](QTcpSocket *, const QByteArray &) {});
        m_server.route("/big", [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"); // no length
            socket->write(QByteArray(64 * 1024, 'x'));
            socket->disconnectFromHost();
        });
        m_server.answer("/declared-big", ok({}, QByteArray(64 * 1024, 'x')));
    }

    void ok200()
    {
        const FeedFetchResult result = fetchOne("/ok");
        QCOMPARE(result.error, QString());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, rss);
        QCOMPARE(result.contentType, QByteArray("application/rss+xml"));
        QCOMPARE(result.etag, u"\"v1\""_s);
        QCOMPARE(result.lastModified, u"Wed, 21 Oct 2015 07:28:00 GMT"_s);
        QVERIFY(!result.notModified);
        QVERIFY(result.newUrl.isEmpty());
        const TestHttpServer::Request &request = m_server.requests().constLast();
        QVERIFY(request.header("User-Agent").contains("Byline/"));
        QVERIFY(request.header("Accept").contains("application/rss+xml"));
        QVERIFY(request.header("If-None-Match").isEmpty());
    }

    void conditionalEtag()
    {
        FeedFetcher::Request request;
        request.url = m_server.url(u"/etag"_s);
        QCOMPARE(fetchOne(request).body, rss); // first time: no condition, a body
        request.etag = u"\"v1\""_s;
        const FeedFetchResult result = fetchOne(request);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.status, 304);
        QVERIFY(result.notModified);
        QVERIFY(result.body.isEmpty());
        QCOMPARE(result.etag, u"\"v1\""_s);
        QCOMPARE(m_server.requests().constLast().header("If-None-Match"), QByteArray("\"v1\""));
    }

    void conditionalLastModified()
    {
        FeedFetcher::Request request;
        request.url = m_server.url(u"/modified"_s);
        request.lastModified = u"Wed, 21 Oct 2015 07:28:00 GMT"_s;
        const FeedFetchResult result = fetchOne(request);
        QCOMPARE(result.error, QString());
        QVERIFY(result.notModified);
        // Kept from the request when the 304 does not repeat it.
        QCOMPARE(result.lastModified, request.lastModified);
    }

    void statuses_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("newPath");
        QTest::addColumn<bool>("gone");
        QTest::newRow("301-then-308") << QByteArray("/moved") << QString() << u"/ok"_s << false;
        QTest::newRow("302-then-permanent")
            << QByteArray("/found") << QString() << QString() << false;
        QTest::newRow("loop") << QByteArray("/loop") << u"The address redirects in a loop"_s
                              << QString() << false;
        QTest::newRow("404") << QByteArray("/missing") << u"The server answered 404 Not Found"_s
                             << QString() << false;
        QTest::newRow("410") << QByteArray("/gone") << u"The server answered 410 Gone"_s
                             << QString() << true;
        QTest::newRow("gzip") << QByteArray("/gzip") << QString() << QString() << false;
        QTest::newRow("oversized-streamed")
            << QByteArray("/big") << u"The feed is larger than 16 KB"_s << QString() << false;
        QTest::newRow("oversized-declared")
            << QByteArray("/declared-big") << u"The feed is larger than 16 KB"_s << QString()
            << false;
        QTest::newRow("timeout") << QByteArray("/slow") << u"Timed out after 0.3 seconds"_s
                                 << QString() << false;
    }

    void statuses()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, error);
        QFETCH(QString, newPath);
        QFETCH(bool, gone);
        FeedFetcher fetcher;
        fetcher.setTimeout(300);
        fetcher.setMaximumBytes(16 * 1024);
        FeedFetcher::Request request;
        request.url = m_server.url(QString::fromLatin1(path));
        const FeedFetchResult result = fetchOne(request, &fetcher);
        QCOMPARE(result.error, error);
        QCOMPARE(result.newUrl, newPath.isEmpty() ? QString() : m_server.url(newPath).toString());
        QCOMPARE(result.gone, gone);
        if (error.isEmpty())
            QCOMPARE(result.body, rss); // gzip: decompressed
    }

    void retryAfter()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        FeedFetchResult result = fetchOne("/busy");
        QCOMPARE(result.error, u"The server answered 429 Too Many Requests"_s);
        QVERIFY(result.retryAfter >= before.addSecs(119));
        QVERIFY(result.retryAfter <= QDateTime::currentDateTimeUtc().addSecs(121));
        result = fetchOne("/down");
        QCOMPARE(result.error, u"The server answered 503 Service Unavailable"_s);
        QCOMPARE(result.retryAfter, QDateTime(QDate(2100, 1, 1), QTime(10, 0), Qt::UTC));
    }

    void retryAfterTime_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        QTest::newRow("seconds") << QByteArray("90") << now.addSecs(90);
        QTest::newRow("seconds-spaces") << QByteArray(" 5 ") << now.addSecs(5);
        QTest::newRow("http-date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
                                   << QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
        QTest::newRow("rfc2822-offset") << QByteArray("Wed, 21 Oct 2015 09:28:00 +0200")
                                        << QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
        QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
        QTest::newRow("negative") << QByteArray("-5") << QDateTime();
    }

    void retryAfterTime()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(FeedFetcher::retryAfterTime(value, now), expected);
    }

    void localFiles()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"feed.xml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rss);
        file.close();
        FeedFetcher::Request request;
        request.url = QUrl::fromLocalFile(file.fileName());
        FeedFetchResult result = fetchOne(request);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.body, rss);
        request.url = QUrl(u"qrc:/no/such/feed.xml"_s);
        result = fetchOne(request);
        QVERIFY(result.error.startsWith(u"Could not read :/no/such/feed.xml"_s));
        request.url = QUrl(u"ftp://127.0.0.1/feed.xml"_s);
        QCOMPARE(fetchOne(request).error,
                 u"Only http, https, file and qrc addresses can be fetched"_s);
    }

    // Requests held by the servers until released: the fetcher never has more than 2 at one
    // host or 8 in all on the way.
    void hostLimits()
    {
        std::vector<std::unique_ptr<TestHttpServer>> servers;
        QList<QPointer<QTcpSocket>> held;
        for (int i = 1; i <= 5; ++i) {
            auto server = std::make_unique<TestHttpServer>(QHostAddress(u"127.0.0.%1"_s.arg(i)));
            QVERIFY(server->isListening());
            server->route("/feed",
                          [&held](QTcpSocket *socket, const QByteArray &) { held.append(socket); });
            servers.push_back(std::move(server));
        }
        FeedFetcher fetcher;
        QSignalSpy spy(&fetcher, &FeedFetcher::fetched);
        QSignalSpy idle(&fetcher, &FeedFetcher::idle);
        for (int i = 0; i < 15; ++i) // 3 per host
            fetcher.fetch({ i, servers[i % 5]->url(u"/feed"_s), {}, {}, 0 });
        QTRY_COMPARE(held.size(), 8);
        QTest::qWait(300); // time for a request past the limit to arrive, if one were sent
        QCOMPARE(held.size(), 8);
        for (const auto &server : servers)
            QVERIFY(server->maximumConcurrent() <= 2);
        QCOMPARE(fetcher.pendingCount(), 15);
        while (spy.size() < 15) {
            const QList<QPointer<QTcpSocket>> batch = std::exchange(held, {});
            for (const QPointer<QTcpSocket> &socket : batch) {
                if (socket) {
                    socket->write(ok());
                    socket->disconnectFromHost();
                }
            }
            QVERIFY(spy.wait(5000));
            QTest::qWait(50);
        }
        for (const auto &server : servers) {
            QCOMPARE(server->requestCount("/feed"), 3);
            QCOMPARE(server->maximumConcurrent(), 2);
        }
        QCOMPARE(idle.size(), 1);
        QVERIFY(fetcher.isIdle());
    }

    void cancel()
    {
        m_server.clearLog();
        FeedFetcher fetcher;
        QSignalSpy spy(&fetcher, &FeedFetcher::fetched);
        for (int i = 0; i < 6; ++i)
            fetcher.fetch({ i, m_server.url(u"/slow"_s), {}, {}, 0 });
        QTRY_COMPARE(m_server.requestCount("/slow"), 2); // the host's two
        fetcher.cancel();
        QVERIFY(fetcher.isIdle());
        QTest::qWait(200);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(m_server.requestCount("/slow"), 2);
    }
};

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
