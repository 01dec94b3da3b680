// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmldecoder.h"
#include "fetch/pagefetcher.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// RFC 1952 gzip member around qCompress's deflate stream.
QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data).mid(4); // drop Qt's length prefix
    const QByteArray deflate = zlib.mid(2, zlib.size() - 6); // drop zlib header and adler32
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    const quint32 crc = crc32(data);
    const quint32 size = quint32(data.size());
    for (int i = 0; i < 4; ++i)
        out += char((crc >> (8 * i)) & 0xFF);
    for (int i = 0; i < 4; ++i)
        out += char((size >> (8 * i)) & 0xFF);
    return out;
}

} // namespace

class TestPageFetcher : public QObject {
    Q_OBJECT

private:
    TestHttpServer *m_server = nullptr;

    void answer(const QByteArray &path, const QByteArray &raw)
    {
        m_server->route(path, [raw](QTcpSocket *socket, const QByteArray &) {
            socket->write(raw);
            socket->disconnectFromHost();
        });
    }

private slots:
    void initTestCase()
    {
        m_server = new TestHttpServer;
        const QByteArray page = "<html><body><p>Hello</p></body></html>";
        answer("/ok", TestHttpServer::response("200 OK", "Content-Type: text/html\r\n", page));
        for (int i = 1; i <= 3; ++i)
            answer("/chain" + QByteArray::number(i),
                   TestHttpServer::response("301 Moved Permanently",
                                            "Location: /chain" + QByteArray::number(i + 1) + "\r\n",
                                            {}));
        answer("/chain4", TestHttpServer::response("200 OK", "Content-Type: text/html\r\n", page));
        answer("/loop-a", TestHttpServer::response("302 Found", "Location: /loop-b\r\n", {}));
        answer("/loop-b", TestHttpServer::response("302 Found", "Location: /loop-a\r\n", {}));
        for (int i = 0; i < 12; ++i)
            answer("/many" + QByteArray::number(i),
                   TestHttpServer::response(
                       "302 Found", "Location: /many" + QByteArray::number(i + 1) + "\r\n", {}));
        answer("/missing", TestHttpServer::response("404 Not Found", {}, "gone"));
        answer("/noreason", "HTTP/1.1 500 \r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        answer("/ftp",
               TestHttpServer::response("302 Found", "Location: ftp://127.0.0.1/x\r\n", {}));
        m_server->route("/slow", [](QTcpSocket *, const QByteArray &) {});
        m_server->route("/stall", [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc");
        });
        m_server->route("/declared-big", [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                          "52428800\r\n\r\n<html>");
        });
        m_server->route("/streamed-big", [](QTcpSocket *socket, const QByteArray &) {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
            socket->write(QByteArray(1536 * 1024, 'x'));
            socket->disconnectFromHost();
        });
        const QByteArray gzipped = gzip("<html><body><p>" + QByteArray(5000, 'z') + "</p>");
        m_server->route("/gzip", [gzipped](QTcpSocket *socket, const QByteArray &request) {
            const QByteArray lowered = request.toLower();
            const qsizetype header = lowered.indexOf("\r\naccept-encoding:");
            const bool accepts = header >= 0
                && lowered.mid(header + 2, lowered.indexOf("\r\n", header + 2) - header - 2)
                       .contains("gzip");
            socket->write(
                accepts ? TestHttpServer::response(
                    "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzipped)
                        : TestHttpServer::response("406 Not Acceptable", {}, {}));
            socket->disconnectFromHost();
        });
        QByteArray korean = "<html><body><p>\xC7\xD1\xB1\xB9\xBE\xEE \xB1\xE2\xBB\xE7</p>";
        answer("/euc-kr",
               TestHttpServer::response("200 OK", "Content-Type: text/html; charset=EUC-KR\r\n",
                                        korean));
    }

    void cleanupTestCase() { delete m_server; }

    void fetch_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("finalPath");
        QTest::newRow("200") << u"/ok"_s << 5000 << QString() << u"/ok"_s;
        QTest::newRow("301-chain") << u"/chain1"_s << 5000 << QString() << u"/chain4"_s;
        QTest::newRow("redirect-loop")
            << u"/loop-a"_s << 5000 << u"The address redirects in a loop"_s << QString();
        QTest::newRow("too-many-redirects")
            << u"/many0"_s << 5000 << u"Too many redirects"_s << QString();
        QTest::newRow("404") << u"/missing"_s << 5000 << u"The server answered 404 Not Found"_s
                             << QString();
        QTest::newRow("500-without-reason")
            << u"/noreason"_s << 5000 << u"The server answered 500 Internal Server Error"_s
            << QString();
        QTest::newRow("redirect-to-ftp")
            << u"/ftp"_s << 5000 << u"The address redirects to something that is not a web page"_s
            << QString();
        QTest::newRow("slow-timeout")
            << u"/slow"_s << 300 << u"Timed out after 0.3 seconds"_s << QString();
        QTest::newRow("stalled-body-timeout")
            << u"/stall"_s << 300 << u"Timed out after 0.3 seconds"_s << QString();
        QTest::newRow("declared-oversized")
            << u"/declared-big"_s << 5000 << u"The page is larger than 20 MB"_s << QString();
    }

    void fetch()
    {
        QFETCH(QString, path);
        QFETCH(int, timeoutMs);
        QFETCH(QString, error);
        QFETCH(QString, finalPath);
        PageFetcher fetcher;
        fetcher.setTimeout(timeoutMs);
        QSignalSpy finished(&fetcher, &PageFetcher::finished);
        fetcher.fetch(m_server->url(path));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        const Result<FetchedPage> &result = fetcher.result();
        if (error.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error()));
            QCOMPARE(result->finalUrl, m_server->url(finalPath));
            QCOMPARE(result->httpStatus, 200);
            QCOMPARE(result->contentType, QByteArray("text/html"));
            QVERIFY(result->body.contains("<p>Hello</p>"));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error(), error);
        }
    }

    void streamed_body_over_the_cap_is_refused()
    {
        PageFetcher fetcher;
        fetcher.setMaximumBytes(1024 * 1024);
        QSignalSpy finished(&fetcher, &PageFetcher::finished);
        fetcher.fetch(m_server->url(u"/streamed-big"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY(!fetcher.result().ok());
        QCOMPARE(fetcher.result().error(), u"The page is larger than 1 MB"_s);
    }

    void gzip_body_is_decompressed()
    {
        const Result<FetchedPage> result = PageFetcher::fetchBlocking(m_server->url(u"/gzip"_s));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(result->body.startsWith("<html><body><p>zzz"));
        QCOMPARE(result->body.size(), qsizetype(15 + 5000 + 4));
        QVERIFY(m_server->lastRequest().contains("Byline/" BYLINE_VERSION));
    }

    void euc_kr_charset_in_header()
    {
        const Result<FetchedPage> result = PageFetcher::fetchBlocking(m_server->url(u"/euc-kr"_s));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->contentType, QByteArray("text/html; charset=EUC-KR"));
        QVERIFY(HtmlDecoder::decode(result->body, result->contentType).contains(u"한국어 기사"_s));
    }

    void refuses_other_schemes_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s);
        QTest::newRow("ftp") << QUrl(u"ftp://example.org/"_s);
        QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s);
        QTest::newRow("empty") << QUrl();
    }

    void refuses_other_schemes()
    {
        QFETCH(QUrl, url);
        const Result<FetchedPage> result = PageFetcher::fetchBlocking(url);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), u"Only http and https addresses can be opened"_s);
    }

    void connection_refused_names_the_host()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Result<FetchedPage> result
            = PageFetcher::fetchBlocking(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), u"Could not connect to 127.0.0.1"_s);
    }

    void abort_reports_cancelled()
    {
        PageFetcher fetcher;
        QSignalSpy finished(&fetcher, &PageFetcher::finished);
        fetcher.fetch(m_server->url(u"/slow"_s));
        QVERIFY(fetcher.isRunning());
        fetcher.abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(fetcher.result().error(), u"Cancelled"_s);
        QVERIFY(!fetcher.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
