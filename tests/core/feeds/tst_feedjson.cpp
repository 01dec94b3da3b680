// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedjson.h"
#include "feeds/parsedfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestFeedJson : public QObject {
    Q_OBJECT

private slots:
    void everyField();
    void absentValuesAreEmpty();
};

void TestFeedJson::everyField()
{
    ParsedFeed feed;
    feed.title = u"Gazette"_s;
    feed.link = u"https://gazette.example/"_s;
    FeedItem item;
    item.id = u"g1"_s;
    item.title = u"Ferry"_s;
    item.link = u"https://gazette.example/ferry"_s;
    item.author = u"Mina Park"_s;
    item.published = QDateTime(QDate(2025, 6, 3), QTime(8, 15), QTimeZone(9 * 3600));
    item.updated = QDateTime(QDate(2025, 6, 3), QTime(1, 0), Qt::UTC);
    item.summary = u"<p>S</p>"_s;
    item.content = u"<p>C</p>"_s;
    item.enclosures = { { u"https://gazette.example/a.mp3"_s, u"audio/mpeg"_s, 123 } };
    item.categories = { u"Transport"_s, u"Local"_s };
    feed.items.append(item);

    const QByteArray json = QJsonDocument(FeedJson::toJson(feed)).toJson(QJsonDocument::Compact);
    QCOMPARE(json,
             QByteArray("{\"items\":[{\"author\":\"Mina Park\",\"categories\":[\"Transport\","
                        "\"Local\"],\"content\":\"<p>C</p>\",\"enclosures\":[{\"length\":123,"
                        "\"type\":\"audio/mpeg\",\"url\":\"https://gazette.example/a.mp3\"}],"
                        "\"id\":\"g1\",\"link\":\"https://gazette.example/ferry\",\"published\":"
                        "\"2025-06-02T23:15:00Z\",\"summary\":\"<p>S</p>\",\"title\":\"Ferry\","
                        "\"updated\":\"2025-06-03T01:00:00Z\"}],\"link\":"
                        "\"https://gazette.example/\",\"title\":\"Gazette\"}"));
}

void TestFeedJson::absentValuesAreEmpty()
{
    ParsedFeed feed;
    feed.items.append(FeedItem());
    const QJsonObject object = FeedJson::toJson(feed);
    QCOMPARE(object.value("title"_L1), QJsonValue(QString()));
    QCOMPARE(object.value("link"_L1), QJsonValue(QString()));
    const QJsonObject item = object.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(item.keys(),
             QStringList({ u"author"_s, u"categories"_s, u"content"_s, u"enclosures"_s, u"id"_s,
                           u"link"_s, u"published"_s, u"summary"_s, u"title"_s, u"updated"_s }));
    for (const QString &key : { u"id"_s, u"title"_s, u"link"_s, u"author"_s, u"published"_s,
                                u"updated"_s, u"summary"_s, u"content"_s })
        QCOMPARE(item.value(key), QJsonValue(QString()));
    QCOMPARE(item.value("enclosures"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(item.value("categories"_L1), QJsonValue(QJsonArray()));
}

QTEST_APPLESS_MAIN(TestFeedJson)
#include "tst_feedjson.moc"
