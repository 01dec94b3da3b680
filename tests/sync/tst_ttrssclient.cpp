// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ttrssclient.h"
#include "ttrssharness.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// TtRssClient against a real tt-rss 21 (ttrss-up.sh).
class TestTtRssClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void apiUrl();
    void wrongPasswordIsOneLine();
    void unreachableServerIsAnError();
    void subscribeFetchAndMark();
    void sessionExpiryLogsInAgain();

private:
    QString m_skip;
};

void TestTtRssClient::initTestCase()
{
    m_skip = TtRssHarness::up();
}

void TestTtRssClient::apiUrl()
{
    QCOMPARE(TtRssClient::apiUrl(QUrl(u"http://h/tt-rss"_s)), QUrl(u"http://h/tt-rss/api/"_s));
    QCOMPARE(TtRssClient::apiUrl(QUrl(u"http://h/"_s)), QUrl(u"http://h/api/"_s));
    QCOMPARE(TtRssClient::apiUrl(QUrl(u"http://h/api/"_s)), QUrl(u"http://h/api/"_s));
}

void TestTtRssClient::wrongPasswordIsOneLine()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    TtRssClient client(TtRssHarness::serverUrl(), TtRssHarness::user(), u"wrong"_s);
    const Status in = client.login();
    QVERIFY(!in.ok());
    QVERIFY2(in.error().contains(u"refused the user name or password"_s), qPrintable(in.error()));
    QVERIFY(!in.error().contains(u'\n'));
}

void TestTtRssClient::unreachableServerIsAnError()
{
    // Port 9 on 127.0.0.1: nothing listens.
    TtRssClient client(QUrl(u"http://127.0.0.1:9/"_s), u"admin"_s, u"password"_s);
    const auto feeds = client.feeds();
    QVERIFY(!feeds.ok());
    QVERIFY2(feeds.error().contains(u"did not answer"_s), qPrintable(feeds.error()));
}

void TestTtRssClient::subscribeFetchAndMark()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray xml
            = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Client " + stamp.toUtf8()
            + "</title><link>http://0.0.0.0/</link><item><title>First</title><guid>c-" + stamp.toUtf8()
            + "-1</guid><link>http://0.0.0.0/c1-" + stamp.toUtf8()
            + "</link><description>One</description></item></channel></rss>";
    const QString url = TtRssHarness::putFeed(u"client-"_s + stamp + u".xml"_s, xml);
    QVERIFY(!url.isEmpty());
    TtRssClient client(TtRssHarness::serverUrl(), TtRssHarness::user(), TtRssHarness::password());
    const auto feedId = client.subscribe(url);
    QVERIFY2(feedId.ok(), qPrintable(feedId.error()));
    QVERIFY(TtRssHarness::update());
    const auto feeds = client.feeds();
    QVERIFY2(feeds.ok(), qPrintable(feeds.error()));
    qint64 remoteFeed = 0;
    for (const QJsonValue &feed : *feeds) {
        if (feed.toObject().value(u"feed_url"_s).toString() == url)
            remoteFeed = feed.toObject().value(u"id"_s).toVariant().toLongLong();
    }
    QVERIFY(remoteFeed > 0);
    const auto headlines = client.headlines(0, 0, 200);
    QVERIFY2(headlines.ok(), qPrintable(headlines.error()));
    qint64 article = 0;
    for (const QJsonValue &headline : *headlines) {
        const QJsonObject h = headline.toObject();
        if (h.value(u"feed_id"_s).toVariant().toLongLong() == remoteFeed) {
            article = h.value(u"id"_s).toVariant().toLongLong();
            QCOMPARE(h.value(u"title"_s).toString(), u"First"_s);
            QVERIFY(h.value(u"unread"_s).toBool());
            QVERIFY(!h.value(u"marked"_s).toBool());
        }
    }
    QVERIFY(article > 0);
    QVERIFY(client.updateArticles({ article }, TtRssClient::Field::Unread, false).ok());
    QVERIFY(client.updateArticles({ article }, TtRssClient::Field::Starred, true).ok());
    const auto back = client.articles({ article });
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->size(), 1);
    QVERIFY(!back->first().toObject().value(u"unread"_s).toBool());
    QVERIFY(back->first().toObject().value(u"marked"_s).toBool());
    QVERIFY(client.unsubscribe(remoteFeed).ok());
}

void TestTtRssClient::sessionExpiryLogsInAgain()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    TtRssClient client(TtRssHarness::serverUrl(), TtRssHarness::user(), TtRssHarness::password());
    QVERIFY(client.login().ok());
    // Logging out behind the client's back: its next call meets NOT_LOGGED_IN.
    QVERIFY(client.call(u"logout"_s).ok());
    const auto level = client.apiLevel();
    QVERIFY2(level.ok(), qPrintable(level.error()));
    QVERIFY(*level >= 15);
}

QTEST_GUILESS_MAIN(TestTtRssClient)
#include "tst_ttrssclient.moc"
