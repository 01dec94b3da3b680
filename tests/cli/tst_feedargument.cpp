// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedargument.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedArgument : public QObject {
    Q_OBJECT

private slots:
    void finds_data();
    void finds();
    void refuses_data();
    void refuses();

private:
    static QList<Feed> feeds();
};

QList<Feed> TestFeedArgument::feeds()
{
    QList<Feed> list;
    const QList<std::pair<QString, QString>> rows = {
        { u"City Desk"_s, u"https://city.example/rss"_s },
        { u"Same"_s, u"https://a.example/rss"_s },
        { u"same"_s, u"https://b.example/rss"_s },
        { u"42"_s, u"https://numbers.example/rss"_s }, // a title that looks like an id
    };
    qint64 id = 1;
    for (const auto &[title, url] : rows) {
        Feed feed;
        feed.id = id++;
        feed.title = title;
        feed.url = url;
        list.append(feed);
    }
    return list;
}

void TestFeedArgument::finds_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<qint64>("id");
    QTest::newRow("id") << u"2"_s << qint64(2);
    QTest::newRow("url") << u"https://b.example/rss"_s << qint64(3);
    QTest::newRow("title") << u"City Desk"_s << qint64(1);
    QTest::newRow("title, other case, spaces") << u"  city DESK "_s << qint64(1);
    QTest::newRow("title that is a number") << u"42"_s << qint64(4);
}

void TestFeedArgument::finds()
{
    QFETCH(QString, argument);
    QFETCH(qint64, id);
    const Result<Feed> feed = FeedArgument::find(feeds(), argument);
    QVERIFY2(feed.ok(), qPrintable(feed.error()));
    QCOMPARE(feed->id, id);
}

void TestFeedArgument::refuses_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("message");
    QTest::newRow("two titles") << u"SAME"_s << u"2 feeds are called 'SAME'"_s;
    QTest::newRow("unknown") << u"Nowhere"_s << u"no feed is called 'Nowhere'"_s;
    QTest::newRow("unknown id") << u"99"_s << u"no feed is called '99'"_s;
    QTest::newRow("url prefix") << u"https://city.example"_s << u"no feed is called"_s;
}

void TestFeedArgument::refuses()
{
    QFETCH(QString, argument);
    QFETCH(QString, message);
    const Result<Feed> feed = FeedArgument::find(feeds(), argument);
    QVERIFY(!feed.ok());
    QVERIFY2(feed.error().contains(message), qPrintable(feed.error()));
}

QTEST_APPLESS_MAIN(TestFeedArgument)
#include "tst_feedargument.moc"
