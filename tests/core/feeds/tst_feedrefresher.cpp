// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedrefresher.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray item(int n, const QByteArray &text = "First version")
{
    const QByteArray number = QByteArray::number(n);
    return "<item><title>Item " + number + "</title><link>http://example.org/" + number
        + "</link><guid>item-" + number + "</guid><pubDate>Mon, 02 Mar 2026 10:0" + number
        + ":00 GMT</pubDate><description>" + text + " of item " + number + ".</description></item>";
}

QByteArray rss(const QByteArray &items)
{
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback News</title>"
           "<link>http://127.0.0.1/</link>"
        + items + "</channel></rss>";
}

QByteArray ok(const QByteArray &body, const QByteArray &headers = {})
{
    return TestHttpServer::response("200 OK", "Content-Type: application/rss+xml\r\n" + headers,
                                    body);
}

} // namespace

class TestFeedRefresher : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TestHttpServer> m_server;
    QByteArray m_changing; // what /changing serves

    qint64 subscribe(const QString &path)
    {
        const Result<qint64> id = FeedStore(*m_db).subscribe(m_server->url(path).toString());
        return id ? *id : 0;
    }
    Feed feed(qint64 id) { return FeedStore(*m_db).get(id).value(); }
    QList<Article> articles(qint64 feedId)
    {
        ArticleFilter filter;
        filter.sourceId = feedId;
        ArticleStore store(*m_db);
        QList<Article> found;
        const QList<qint64> ids = store.listIds(filter, ArticleOrder::Published).value();
        for (const qint64 id : ids)
            found.append(store.get(id).value());
        return found;
    }
    // Runs one refresh to its end; returns its summary.
    FeedRefresher::Summary run(FeedRefresher &refresher, const QList<qint64> &ids)
    {
        QSignalSpy finished(&refresher, &FeedRefresher::finished);
        if (!refresher.refresh(ids) || !finished.wait(15000))
            return {};
        return refresher.summary();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::move(Database::open(m_dir->filePath(u"library.sqlite"_s)).value());
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->isListening());
        m_server->answer("/news.xml", ok(rss(item(1) + item(2) + item(3))));
        m_changing = rss(item(1) + item(2));
        m_server->route("/changing", [this](QTcpSocket *socket, const QByteArray &request) {
            const QByteArray etag = '"' + QByteArray::number(qHash(m_changing)) + '"';
            const QByteArray condition = "If-None-Match: " + etag;
            socket->write(request.contains(condition)
                              ? TestHttpServer::response("304 Not Modified", {}, {})
                              : ok(m_changing, "ETag: " + etag + "\r\n"));
            socket->disconnectFromHost();
        });
    }
    void cleanup()
    {
        m_server.reset();
        m_db.reset();
        m_dir.reset();
    }

    void refreshTwiceAddsNothing()
    {
        const qint64 id = subscribe(u"/news.xml"_s);
        FeedRefresher refresher(m_db->path());
        QSignalSpy feedDone(&refresher, &FeedRefresher::feedFinished);
        QSignalSpy progress(&refresher, &FeedRefresher::progress);
        FeedRefresher::Summary summary = run(refresher, { id });
        QCOMPARE(summary.feeds, 1);
        QCOMPARE(summary.succeeded, 1);
        QCOMPARE(summary.added, 3);
        QCOMPARE(feedDone.size(), 1);
        QCOMPARE(feedDone.at(0).at(0).toLongLong(), id);
        QCOMPARE(feedDone.at(0).at(1).value<FeedStoreOutcome>().added, 3);
        QCOMPARE(progress.constLast(), (QVariantList { 1, 1 }));
        // Committed by the time feedFinished came: this connection sees it.
        QCOMPARE(articles(id).size(), 3);
        QCOMPARE(feed(id).title, u"Loopback News"_s);
        QVERIFY(feed(id).lastRefresh.isValid());

        summary = run(refresher, {});
        QCOMPARE(summary.succeeded, 1);
        QCOMPARE(summary.added, 0);
        QCOMPARE(summary.updated, 0);
        QCOMPARE(articles(id).size(), 3);
    }

    void changedItemUpdatesInPlace()
    {
        const qint64 id = subscribe(u"/changing"_s);
        FeedRefresher refresher(m_db->path());
        QCOMPARE(run(refresher, { id }).added, 2);
        QList<Article> stored = articles(id);
        QCOMPARE(stored.size(), 2);
        const qint64 articleId = stored.at(0).id;
        ArticleStore store(*m_db);
        QVERIFY(store.setRead(articleId, true));
        QVERIFY(store.setStarred(articleId, true));

        // Unchanged: the server answers 304 to the ETag it gave.
        FeedRefresher::Summary summary = run(refresher, { id });
        QCOMPARE(summary.succeeded, 1);
        QCOMPARE(summary.added + summary.updated, 0);
        QVERIFY(m_server->requests().constLast().header("If-None-Match").startsWith('"'));

        m_changing = rss(item(1, "Second version") + item(2, "Second version"));
        summary = run(refresher, { id });
        QCOMPARE(summary.updated, 2);
        QCOMPARE(summary.added, 0);
        const Article updated = store.get(articleId).value();
        QVERIFY2(updated.plainText.contains(u"Second version"_s), qPrintable(updated.plainText));
        QVERIFY(updated.read);
        QVERIFY(updated.starred);
        QCOMPARE(articles(id).size(), 2);
    }

    void feedStates()
    {
        m_server->answer(
            "/old",
            TestHttpServer::response("301 Moved Permanently", "Location: /news.xml\r\n", {}));
        m_server->answer("/gone", TestHttpServer::response("410 Gone", {}, {}));
        m_server->answer(
            "/busy",
            TestHttpServer::response("429 Too Many Requests", "Retry-After: 3600\r\n", {}));
        const qint64 moved = subscribe(u"/old"_s);
        const qint64 gone = subscribe(u"/gone"_s);
        const qint64 busy = subscribe(u"/busy"_s);
        FeedRefresher refresher(m_db->path());
        FeedRefresher::Summary summary = run(refresher, {});
        QCOMPARE(summary.feeds, 3);
        QCOMPARE(summary.succeeded, 1);
        QCOMPARE(summary.failed, 2);
        QCOMPARE(feed(moved).url, m_server->url(u"/news.xml"_s).toString());
        QCOMPARE(articles(moved).size(), 3);
        QVERIFY(feed(gone).gone);
        QCOMPARE(feed(busy).lastError, u"The server answered 429 Too Many Requests"_s);
        QVERIFY(feed(busy).retryAfter > QDateTime::currentDateTimeUtc().addSecs(3500));

        // Gone: left out of "all"; asked to wait: left out of "due", even with no interval.
        m_server->clearLog();
        QSignalSpy finished(&refresher, &FeedRefresher::finished);
        QVERIFY(refresher.refreshDue(0));
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.summary().feeds, 1);
        QCOMPARE(m_server->requestCount("/gone"), 0);
        QCOMPARE(m_server->requestCount("/busy"), 0);
        QCOMPARE(m_server->requestCount("/news.xml"), 1);
        // With a 30-minute interval nothing is due yet.
        QVERIFY(refresher.refreshDue(30));
        QVERIFY(finished.wait(15000));
        QCOMPARE(refresher.summary().feeds, 0);
        QCOMPARE(m_server->requestCount("/news.xml"), 1);
        // Named explicitly, the feed asked to wait is still not asked: it fails with the reason.
        const FeedRefresher::Summary explicitly = run(refresher, { busy });
        QCOMPARE(explicitly.failed, 1);
        QVERIFY2(explicitly.failures.value(0).contains(u"asked not to be asked again"_s),
                 qPrintable(explicitly.failures.value(0)));
        QCOMPARE(m_server->requestCount("/busy"), 0);
    }

    void hostileFeedsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("malformed")
            << QByteArray("<rss><channel><title>x</title><item><title>") << u"Not a valid feed"_s;
        QTest::newRow("billion-laughs")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                          "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                          "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                          "<rss version=\"2.0\"><channel><title>&lol3;</title><item><title>"
                          "&lol3;</title></item></channel></rss>")
            << u"This feed declares XML entities"_s;
        QTest::newRow("xxe") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe "
                                           "SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\">"
                                           "<channel><title>t</title><item><title>&xxe;</title>"
                                           "</item></channel></rss>")
                             << u"This feed declares XML entities"_s;
        QTest::newRow("404") << QByteArray() << u"The server answered 404 Not Found"_s;
    }

    void hostileFeedsAreErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        if (!body.isEmpty())
            m_server->answer("/hostile", ok(body));
        const qint64 id = subscribe(u"/hostile"_s);
        FeedRefresher refresher(m_db->path());
        QSignalSpy feedDone(&refresher, &FeedRefresher::feedFinished);
        const FeedRefresher::Summary summary = run(refresher, { id });
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.failures.size(), 1);
        QCOMPARE(feedDone.size(), 1);
        QVERIFY2(feedDone.at(0).at(2).toString().startsWith(error),
                 qPrintable(feedDone.at(0).at(2).toString()));
        QVERIFY(feed(id).lastError.startsWith(error));
        QVERIFY(articles(id).isEmpty());
    }

    void hostLimit()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            const QByteArray path = "/slow" + QByteArray::number(i);
            m_server->answerLater(path, ok(rss(item(i))), 150);
            ids.append(subscribe(QString::fromLatin1(path)));
        }
        FeedRefresher refresher(m_db->path());
        const FeedRefresher::Summary summary = run(refresher, ids);
        QCOMPARE(summary.succeeded, 6);
        // Feeds, favicons and home pages all count (tst_feedfetcher holds requests to see
        // that the limit is reached, not only kept).
        QVERIFY(m_server->maximumConcurrent() <= 2);
        QVERIFY(m_server->maximumConcurrent() >= 1);
    }

    void timeoutAndCap()
    {
        m_server->route("/never", [](QTcpSocket *, const QByteArray &) {});
        m_server->answer("/huge", ok(QByteArray(64 * 1024, ' ') + rss(item(1))));
        const qint64 never = subscribe(u"/never"_s);
        const qint64 huge = subscribe(u"/huge"_s);
        FeedRefresher refresher(m_db->path());
        refresher.setTimeout(300);
        refresher.setMaximumBytes(16 * 1024);
        const FeedRefresher::Summary summary = run(refresher, { never, huge });
        QCOMPARE(summary.failed, 2);
        QCOMPARE(feed(never).lastError, u"Timed out after 0.3 seconds"_s);
        QCOMPARE(feed(huge).lastError, u"The feed is larger than 16 KB"_s);
    }

    void cancelStopsCleanly()
    {
        const qint64 fast = subscribe(u"/news.xml"_s);
        QList<qint64> ids { fast };
        for (int i = 0; i < 4; ++i) { // requests that are never answered
            m_server->route("/never?" + QByteArray::number(i),
                            [](QTcpSocket *, const QByteArray &) {});
            ids.append(subscribe(u"/never?%1"_s.arg(i)));
        }
        FeedRefresher refresher(m_db->path());
        QSignalSpy finished(&refresher, &FeedRefresher::finished);
        QSignalSpy feedDone(&refresher, &FeedRefresher::feedFinished);
        QVERIFY(refresher.refresh(ids));
        QVERIFY(feedDone.wait(10000)); // the fast one
        QCOMPARE(feedDone.at(0).at(0).toLongLong(), fast);
        refresher.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        QVERIFY(!refresher.isRunning());
        QVERIFY(refresher.summary().cancelled);
        QCOMPARE(refresher.summary().succeeded, 1);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(feedDone.size(), 1);
        // And it can run again.
        QCOMPARE(run(refresher, { fast }).succeeded, 1);
    }

    void favicon()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40, 'p');
        m_server->answer("/favicon.ico",
                         TestHttpServer::response("200 OK", "Content-Type: image/png\r\n", png));
        const QByteArray feedBody
            = rss(item(1)).replace("http://127.0.0.1/", m_server->url(u"/"_s).toEncoded());
        m_server->answer("/site.xml", ok(feedBody));
        const qint64 id = subscribe(u"/site.xml"_s);
        FeedRefresher refresher(m_db->path());
        QCOMPARE(run(refresher, { id }).succeeded, 1);
        QCOMPARE(feed(id).favicon, png);
        QCOMPARE(m_server->requestCount("/favicon.ico"), 1);
        QCOMPARE(run(refresher, { id }).succeeded, 1);
        QCOMPARE(m_server->requestCount("/favicon.ico"), 1); // once
    }

    void faviconFromPageLink()
    {
        const QByteArray gif = "GIF89a" + QByteArray(30, 'g');
        m_server->answer(
            "/",
            TestHttpServer::response("200 OK", "Content-Type: text/html\r\n",
                                     "<html><head><link rel=\"icon\" href=\"/img/i.gif\"></head>"
                                     "<body>hi</body></html>"));
        m_server->answer("/img/i.gif",
                         TestHttpServer::response("200 OK", "Content-Type: image/gif\r\n", gif));
        const QByteArray feedBody
            = rss(item(1)).replace("http://127.0.0.1/", m_server->url(u"/"_s).toEncoded());
        m_server->answer("/site.xml", ok(feedBody));
        const qint64 id = subscribe(u"/site.xml"_s);
        FeedRefresher refresher(m_db->path());
        QCOMPARE(run(refresher, { id }).succeeded, 1);
        QCOMPARE(feed(id).favicon, gif);
    }

    void fullArticles()
    {
        QByteArray page = "<html><head><title>Full story</title></head><body><article>"
                          "<h1>Full story</h1>";
        for (int i = 0; i < 12; ++i)
            page += "<p>This is the whole story, paragraph " + QByteArray::number(i)
                + ", with enough words in it to read as the body of a real article. It goes on "
                  "for a while, the way reporting does, naming who said what and when.</p>";
        page += "</article></body></html>";
        m_server->answer("/story/1",
                         TestHttpServer::response("200 OK", "Content-Type: text/html\r\n", page));
        const QByteArray base = m_server->url(u"/story/"_s).toEncoded();
        QByteArray feedBody = rss(item(1) + item(2));
        feedBody.replace("http://example.org/", base); // item 2's page is missing: 404
        m_server->answer("/full.xml", ok(feedBody));
        const qint64 id = subscribe(u"/full.xml"_s);
        QVERIFY(FeedStore(*m_db).setSettings(id, 0, 0, 0, true));
        FeedRefresher refresher(m_db->path());
        QCOMPARE(run(refresher, { id }).added, 2);
        QCOMPARE(m_server->requestCount("/story/1"), 1);
        QCOMPARE(m_server->requestCount("/story/2"), 1);
        for (const Article &article : articles(id)) {
            if (article.url.endsWith(u"/1"_s)) {
                QVERIFY2(article.plainText.contains(u"paragraph 11"_s),
                         qPrintable(article.plainText));
            } else {
                QVERIFY(article.plainText.contains(u"First version of item 2"_s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedRefresher)
#include "tst_feedrefresher.moc"
