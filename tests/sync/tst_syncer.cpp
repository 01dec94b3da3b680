// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "store/syncstore.h"
#include "sync/syncer.h"
#include "sync/ttrssclient.h"
#include "ttrssharness.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Syncer against a real tt-rss 21 (ttrss-up.sh): two libraries and the server.
class TestSyncer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstSyncPullsFeedsAndArticles();
    void readAndStarredGoBothWays();
    void offlineChangesQueueAndLand();
    void twoLibrariesConverge();

private:
    struct Library {
        QTemporaryDir dir;
        std::unique_ptr<Database> db;
        qint64 account = 0;
    };
    std::unique_ptr<Library> library();
    Result<SyncSummary> sync(Library &lib, const QUrl &server = TtRssHarness::serverUrl());
    qint64 localArticle(Library &lib, qint64 remote);
    QJsonObject remoteArticle(qint64 remote);

    QString m_skip;
    QString m_url;
    qint64 m_remoteFeed = 0;
    QList<qint64> m_remoteArticles; // the fixture feed's, oldest first
    std::unique_ptr<Library> m_first;
    std::unique_ptr<TtRssClient> m_client;
};

void TestSyncer::initTestCase()
{
    m_skip = TtRssHarness::up();
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const QByteArray stamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Sync " + stamp
            + "</title><link>http://0.0.0.0/</link>";
    for (int i = 1; i <= 3; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Story " + n + "</title><guid>s-" + stamp + "-" + n
                + "</guid><link>http://0.0.0.0/s" + stamp + "-" + n
                + "</link><description>&lt;p&gt;Body " + n
                + "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description>"
                  "<pubDate>Mon, 0" + n + " Nov 2026 09:00:00 GMT</pubDate></item>";
    }
    xml += "</channel></rss>";
    m_url = TtRssHarness::putFeed(u"sync-"_s + QString::fromLatin1(stamp) + u".xml"_s, xml);
    QVERIFY(!m_url.isEmpty());
    m_client = std::make_unique<TtRssClient>(TtRssHarness::serverUrl(), TtRssHarness::user(),
                                             TtRssHarness::password());
    const auto subscribed = m_client->subscribe(m_url);
    QVERIFY2(subscribed.ok(), qPrintable(subscribed.error()));
    QVERIFY(TtRssHarness::update());
    const auto feeds = m_client->feeds();
    QVERIFY(feeds.ok());
    for (const QJsonValue &feed : *feeds) {
        if (feed.toObject().value(u"feed_url"_s).toString() == m_url)
            m_remoteFeed = feed.toObject().value(u"id"_s).toVariant().toLongLong();
    }
    QVERIFY(m_remoteFeed > 0);
    const auto headlines = m_client->headlines(0, 0, 200, false, {}, int(m_remoteFeed));
    QVERIFY(headlines.ok());
    for (const QJsonValue &h : *headlines)
        m_remoteArticles.append(h.toObject().value(u"id"_s).toVariant().toLongLong());
    std::sort(m_remoteArticles.begin(), m_remoteArticles.end());
    QCOMPARE(m_remoteArticles.size(), 3);
    m_first = library();
}

void TestSyncer::cleanupTestCase()
{
    if (m_client && m_remoteFeed > 0)
        (void)m_client->unsubscribe(m_remoteFeed); // leave the shared server as it was
}

std::unique_ptr<TestSyncer::Library> TestSyncer::library()
{
    auto lib = std::make_unique<Library>();
    auto db = Database::open(lib->dir.filePath(u"library.sqlite"_s));
    if (!db.ok())
        return nullptr;
    lib->db = std::move(db).value();
    const auto account = SyncStore(*lib->db).addAccount(
            u"ttrss"_s, TtRssHarness::serverUrl().toString(), TtRssHarness::user());
    lib->account = account.ok() ? *account : 0;
    return lib;
}

Result<SyncSummary> TestSyncer::sync(Library &lib, const QUrl &server)
{
    TtRssClient client(server, TtRssHarness::user(), TtRssHarness::password());
    client.setTimeout(5000);
    return Syncer(*lib.db, lib.account, client).run();
}

qint64 TestSyncer::localArticle(Library &lib, qint64 remote)
{
    const auto id = SyncStore(*lib.db).articleForRemote(lib.account, remote);
    return id.ok() ? *id : -1;
}

QJsonObject TestSyncer::remoteArticle(qint64 remote)
{
    const auto articles = m_client->articles({ remote });
    return articles.ok() && !articles->isEmpty() ? articles->first().toObject() : QJsonObject();
}

void TestSyncer::firstSyncPullsFeedsAndArticles()
{
    const auto summary = sync(*m_first);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const auto feed = FeedStore(*m_first->db).findByUrl(m_url);
    QVERIFY(feed.ok() && feed->has_value());
    QCOMPARE(*SyncStore(*m_first->db).feedForRemote(m_first->account, m_remoteFeed), **feed);
    for (qint64 remote : m_remoteArticles) {
        const qint64 local = localArticle(*m_first, remote);
        QVERIFY(local > 0);
        const auto article = ArticleStore(*m_first->db).get(local);
        QVERIFY(article.ok());
        QCOMPARE(article->sourceId, **feed);
        QVERIFY(article->title.startsWith(u"Story "_s));
        QVERIFY2(!article->contentHtml.contains(u"script"_s), qPrintable(article->contentHtml));
        QVERIFY(!article->read);
    }
    // Again: nothing new, nothing twice.
    const auto again = sync(*m_first);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->added, 0);
    QCOMPARE(FeedStore(*m_first->db).get(**feed)->total, 3);
}

void TestSyncer::readAndStarredGoBothWays()
{
    const qint64 a = localArticle(*m_first, m_remoteArticles[0]);
    const qint64 b = localArticle(*m_first, m_remoteArticles[1]);
    QVERIFY(a > 0 && b > 0);
    QVERIFY(ArticleStore(*m_first->db).setRead(a, true).ok());
    QVERIFY(ArticleStore(*m_first->db).setStarred(b, true).ok());
    const auto pushed = sync(*m_first);
    QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
    QCOMPARE(pushed->sent, 2);
    QVERIFY(!remoteArticle(m_remoteArticles[0]).value(u"unread"_s).toBool(true));
    QVERIFY(remoteArticle(m_remoteArticles[1]).value(u"marked"_s).toBool());
    QVERIFY(SyncStore(*m_first->db).pending(m_first->account)->isEmpty());
    // The reverse: starred on the server.
    QVERIFY(m_client->updateArticles({ m_remoteArticles[2] }, TtRssClient::Field::Starred, true)
                    .ok());
    const auto pulled = sync(*m_first);
    QVERIFY2(pulled.ok(), qPrintable(pulled.error()));
    const qint64 c = localArticle(*m_first, m_remoteArticles[2]);
    QVERIFY(ArticleStore(*m_first->db).get(c)->starred);
    QVERIFY(ArticleStore(*m_first->db).get(a)->read); // still: the server agrees
    QVERIFY(SyncStore(*m_first->db).pending(m_first->account)->isEmpty());
}

void TestSyncer::offlineChangesQueueAndLand()
{
    const qint64 a = localArticle(*m_first, m_remoteArticles[0]);
    QVERIFY(ArticleStore(*m_first->db).setRead(a, false).ok());
    const auto offline = sync(*m_first, QUrl(u"http://127.0.0.1:9/"_s));
    QVERIFY(!offline.ok());
    QCOMPARE(SyncStore(*m_first->db).pending(m_first->account)->size(), 1);
    QVERIFY(!SyncStore(*m_first->db).account(m_first->account)->lastError.isEmpty());
    QVERIFY(!remoteArticle(m_remoteArticles[0]).value(u"unread"_s).toBool()); // not yet
    const auto online = sync(*m_first);
    QVERIFY2(online.ok(), qPrintable(online.error()));
    QVERIFY(remoteArticle(m_remoteArticles[0]).value(u"unread"_s).toBool());
    QVERIFY(!ArticleStore(*m_first->db).get(a)->read);
    QVERIFY(SyncStore(*m_first->db).account(m_first->account)->lastError.isEmpty());
}

void TestSyncer::twoLibrariesConverge()
{
    auto second = library();
    QVERIFY(second);
    QVERIFY(sync(*second).ok());
    const qint64 b2 = localArticle(*second, m_remoteArticles[1]);
    QVERIFY(b2 > 0);
    QVERIFY(ArticleStore(*second->db).get(b2)->starred); // from the first library, via the server
    QVERIFY(ArticleStore(*second->db).setRead(b2, true).ok());
    QVERIFY(sync(*second).ok());
    QVERIFY(sync(*m_first).ok());
    for (qint64 remote : m_remoteArticles) {
        const auto one = ArticleStore(*m_first->db).get(localArticle(*m_first, remote));
        const auto two = ArticleStore(*second->db).get(localArticle(*second, remote));
        QVERIFY(one.ok() && two.ok());
        QCOMPARE(one->read, two->read);
        QCOMPARE(one->starred, two->starred);
        const QJsonObject server = remoteArticle(remote);
        QCOMPARE(one->read, !server.value(u"unread"_s).toBool());
        QCOMPARE(one->starred, server.value(u"marked"_s).toBool());
    }
    QVERIFY(ArticleStore(*m_first->db).get(localArticle(*m_first, m_remoteArticles[1]))->read);
}

QTEST_GUILESS_MAIN(TestSyncer)
#include "tst_syncer.moc"
