// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `byline subscribe`, run as a user would, against feeds served on 127.0.0.1.
#include "bylinerun.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "testhttpserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray rss(const QByteArray &title, int items)
{
    QByteArray body
        = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title>";
    for (int i = 1; i <= items; ++i)
        body += "<item><title>Item " + QByteArray::number(i) + "</title><guid>" + title
            + QByteArray::number(i) + "</guid><description>Text.</description></item>";
    return TestHttpServer::response("200 OK", "Content-Type: application/rss+xml\r\n",
                                    body + "</channel></rss>");
}

} // namespace

class TestSubscribeCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    TestHttpServer m_server;

    QString library() const { return m_home.filePath(u"library.sqlite"_s); }
    BylineRun subscribe(const QStringList &arguments)
    {
        return runBylineAsync(
            m_home.path(), QStringList { u"--library"_s, library(), u"subscribe"_s } + arguments);
    }
    QList<Feed> feeds()
    {
        auto db = Database::open(library());
        return db ? FeedStore(**db).list().value() : QList<Feed>();
    }
    std::optional<Feed> feedAt(const QString &path)
    {
        for (const Feed &feed : feeds()) {
            if (feed.url == m_server.url(path).toString())
                return feed;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.isListening());
        m_server.answer("/news.xml", rss("Loopback News", 3));
        m_server.answer("/sport.xml", rss("Loopback Sport", 2));
        m_server.answer("/comments.xml", rss("Loopback Comments", 1));
        const QByteArray page
            = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
              "title=\"Sport\" href=\"/sport.xml\"><link rel=\"alternate\" "
              "type=\"application/rss+xml\" title=\"Comments\" href=\"/comments.xml\"></head>"
              "<body>Site</body></html>";
        m_server.answer("/site/",
                        TestHttpServer::response("200 OK", "Content-Type: text/html\r\n", page));
    }

    void subscribesToAFeed()
    {
        const BylineRun run = subscribe({ m_server.url(u"/news.xml"_s).toString() });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("Subscribed to Loopback News (3 articles)\n"));
        const std::optional<Feed> feed = feedAt(u"/news.xml"_s);
        QVERIFY(feed);
        QCOMPARE(feed->total, 3);
        QCOMPARE(feed->folderId, 0);
        QVERIFY(feed->lastRefresh.isValid());
    }

    void alreadySubscribed()
    {
        const BylineRun run = subscribe({ m_server.url(u"/news.xml"_s).toString() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("You already follow this feed."), run.err.constData());
    }

    void severalFeedsAreListed()
    {
        const int before = int(feeds().size());
        const BylineRun run = subscribe({ m_server.url(u"/site/"_s).toString() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("has 2 feeds"), run.err.constData());
        const QByteArray sport = m_server.url(u"/sport.xml"_s).toEncoded() + "  (RSS, Sport)";
        QVERIFY(run.err.contains(sport));
        QVERIFY(run.err.contains(m_server.url(u"/comments.xml"_s).toEncoded()));
        QCOMPARE(feeds().size(), before);
    }

    void firstIntoFolder()
    {
        const BylineRun run = subscribe(
            { u"--first"_s, u"--folder"_s, u"Games"_s, m_server.url(u"/site/"_s).toString() });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("Subscribed to Loopback Sport (2 articles)\n"));
        const std::optional<Feed> feed = feedAt(u"/sport.xml"_s);
        QVERIFY(feed);
        auto db = Database::open(library());
        QVERIFY(db);
        bool inGames = false;
        const QList<FeedFolder> folders = FeedStore(**db).folders().value();
        for (const FeedFolder &folder : folders)
            inGames = inGames || (folder.id == feed->folderId && folder.title == u"Games"_s);
        QVERIFY(inGames);
        QVERIFY(!feedAt(u"/comments.xml"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("404") << QStringList { m_server.url(u"/missing"_s).toString() } << 1
                             << QByteArray("The server answered 404 Not Found");
        QTest::newRow("not-an-address")
            << QStringList { u"ftp://example.org/"_s } << 2 << QByteArray("is not a web address");
        QTest::newRow("two-addresses") << QStringList { u"a.org"_s, u"b.org"_s } << 2
                                       << QByteArray("subscribe takes one address");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, error);
        const BylineRun run = subscribe(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(error), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubscribeCommand)
#include "tst_subscribecommand.moc"
