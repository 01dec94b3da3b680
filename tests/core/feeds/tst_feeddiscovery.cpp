// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feeddiscovery.h"
#include "feeds/feedpagelinks.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray rss(const QByteArray &title)
{
    return TestHttpServer::response(
        "200 OK", "Content-Type: application/rss+xml\r\n",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title
            + "</title><item><title>One</title><link>http://example.org/1</link></item>"
              "</channel></rss>");
}

QByteArray html(const QByteArray &head)
{
    return TestHttpServer::response("200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                                    "<!doctype html><html><head><title>Site</title>" + head
                                        + "</head><body><p>Hello</p></body></html>");
}

} // namespace

class TestFeedDiscovery : public QObject {
    Q_OBJECT

private:
    TestHttpServer m_links; // a page naming its feeds
    TestHttpServer m_usual { QHostAddress(u"127.0.0.2"_s) }; // feeds at the usual paths
    TestHttpServer m_none { QHostAddress(u"127.0.0.3"_s) }; // no feed anywhere

    static Result<QList<FeedCandidate>> discover(const QUrl &url)
    {
        FeedDiscovery discovery;
        QSignalSpy spy(&discovery, &FeedDiscovery::finished);
        discovery.discover(url);
        if (!spy.wait(10000))
            return Error { u"no answer"_s };
        return discovery.result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_links.isListening());
        QVERIFY(m_usual.isListening());
        QVERIFY(m_none.isListening());
        m_links.answer("/feed.xml", rss("The Feed"));
        m_links.answer(
            "/blog/",
            html("<link rel=\"stylesheet\" href=\"/style.css\">"
                 "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" "
                 "href=\"posts.xml\">"
                 "<link rel=\"alternate\" type=\"application/atom+xml\" title=\" Comments \" "
                 "href=\"/comments.atom\">"
                 "<link rel=\"alternate\" type=\"application/feed+json\" href=\"feed.json\">"
                 "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"posts.xml\">"
                 "<link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/\">"
                 "<link rel=\"shortcut icon\" href=\"/img/icon.png\">"));
        m_links.answer("/based",
                       html("<base href=\"http://example.org/news/\">"
                            "<link rel=\"alternate\" type=\"application/rss+xml\" "
                            "href=\"rss\">"));
        m_links.answer("/broken.xml",
                       TestHttpServer::response("200 OK", "Content-Type: application/rss+xml\r\n",
                                                "<rss><channel><item><title>x</ti"));
        m_usual.answer("/", html({}));
        m_usual.answer("/feed", html({})); // a page, not a feed
        m_usual.answer("/rss.xml", rss("Usual RSS"));
        m_usual.answer(
            "/feed.json",
            TestHttpServer::response("200 OK", "Content-Type: application/feed+json\r\n",
                                     "{\"version\": \"https://jsonfeed.org/version/1.1\", "
                                     "\"title\": \"Usual JSON\", \"items\": []}"));
        m_none.answer("/", html({}));
    }

    void feedItself()
    {
        const auto result = discover(m_links.url(u"/feed.xml"_s));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->size(), 1);
        QCOMPARE(result->at(0).url, m_links.url(u"/feed.xml"_s).toString());
        QCOMPARE(result->at(0).title, u"The Feed"_s);
        QCOMPARE(result->at(0).format, ParsedFeed::Format::Rss);
    }

    void linksInPage()
    {
        const auto result = discover(m_links.url(u"/blog/"_s));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->size(), 3); // the duplicate and the non-feed alternate left out
        QCOMPARE(result->at(0).url, m_links.url(u"/blog/posts.xml"_s).toString());
        QCOMPARE(result->at(0).title, u"Posts"_s);
        QCOMPARE(result->at(0).format, ParsedFeed::Format::Rss);
        QCOMPARE(result->at(1).url, m_links.url(u"/comments.atom"_s).toString());
        QCOMPARE(result->at(1).title, u"Comments"_s);
        QCOMPARE(result->at(1).format, ParsedFeed::Format::Atom);
        QCOMPARE(result->at(2).url, m_links.url(u"/blog/feed.json"_s).toString());
        QCOMPARE(result->at(2).format, ParsedFeed::Format::JsonFeed);
        QCOMPARE(m_usual.requestCount("/rss.xml"), 0);
    }

    void baseHref()
    {
        const auto result = discover(m_links.url(u"/based"_s));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->size(), 1);
        QCOMPARE(result->at(0).url, u"http://example.org/news/rss"_s);
    }

    void usualPaths()
    {
        const auto result = discover(m_usual.url(u"/"_s));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->size(), 2);
        QCOMPARE(result->at(0).url, m_usual.url(u"/rss.xml"_s).toString());
        QCOMPARE(result->at(0).title, u"Usual RSS"_s);
        QCOMPARE(result->at(1).url, m_usual.url(u"/feed.json"_s).toString());
        QCOMPARE(result->at(1).title, u"Usual JSON"_s);
        QCOMPARE(result->at(1).format, ParsedFeed::Format::JsonFeed);
        for (const QString &path : FeedDiscovery::usualPaths())
            QCOMPARE(m_usual.requestCount(path.toLatin1()), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("error");
        QTest::newRow("no-feed") << m_none.url(u"/"_s)
                                 << u"No feed found at %1"_s.arg(m_none.url(u"/"_s).toString());
        QTest::newRow("404") << m_none.url(u"/missing"_s) << u"The server answered 404 Not Found"_s;
        QTest::newRow("broken-feed") << m_links.url(u"/broken.xml"_s) << u"Not a valid feed"_s;
    }

    void errors()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, error);
        const auto result = discover(url);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().startsWith(error), qPrintable(result.error()));
    }

    void pageIcon()
    {
        const FeedPageLinks links("<html><head><link rel=\"apple-touch-icon\" href=\"/t.png\">"
                                  "<link rel=\"ICON\" href=\"i.ico\"></head></html>",
                                  "text/html", QUrl(u"https://example.org/a/b"_s));
        QCOMPARE(links.icon(), QUrl(u"https://example.org/a/i.ico"_s));
        QVERIFY(links.feeds().isEmpty());
    }

    void urlFromUserInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("bare-host") << u" example.org "_s << QUrl(u"https://example.org"_s);
        QTest::newRow("http") << u"http://example.org/feed"_s << QUrl(u"http://example.org/feed"_s);
        QTest::newRow("qrc") << u"qrc:/sample/feeds/a.xml"_s << QUrl(u"qrc:/sample/feeds/a.xml"_s);
        QTest::newRow("ftp") << u"ftp://example.org/x"_s << QUrl();
        QTest::newRow("empty") << u"  "_s << QUrl();
    }

    void urlFromUserInput()
    {
        QFETCH(QString, text);
        QFETCH(QUrl, expected);
        QCOMPARE(FeedDiscovery::urlFromUserInput(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
