// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline unsubscribe FEED: by id, URL or exact title; an ambiguous or unknown name changes
// nothing; the feed's articles go, starred ones stay.
#include "bylinerun.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUnsubscribeCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void byName_data();
    void byName();
    void ambiguousOrUnknownChangesNothing_data();
    void ambiguousOrUnknownChangesNothing();
    void keepsStarred();

private:
    int feedCount();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    qint64 m_city = 0;
};

void TestUnsubscribeCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = m_dir->filePath(u"library.sqlite"_s);
    auto db = Database::open(m_library);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FeedStore feeds(**db);
    m_city = *feeds.subscribe(u"https://city.example/rss"_s, u"City Desk"_s);
    QVERIFY(feeds.subscribe(u"https://a.example/rss"_s, u"Same"_s).ok());
    QVERIFY(feeds.subscribe(u"https://b.example/rss"_s, u"same"_s).ok());
}

int TestUnsubscribeCommand::feedCount()
{
    auto db = Database::open(m_library);
    return db.ok() ? int(FeedStore(**db).list()->size()) : -1;
}

void TestUnsubscribeCommand::byName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("id") << u"ID"_s;
    QTest::newRow("url") << u"https://city.example/rss"_s;
    QTest::newRow("title, any case") << u"city desk"_s;
}

void TestUnsubscribeCommand::byName()
{
    QFETCH(QString, name);
    if (name == u"ID"_s)
        name = QString::number(m_city);
    const BylineRun run
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"unsubscribe"_s, name });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("City Desk"), run.out.constData());
    QCOMPARE(feedCount(), 2);
}

void TestUnsubscribeCommand::ambiguousOrUnknownChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("two feeds called so") << u"SAME"_s << QByteArray("2 feeds are called");
    QTest::newRow("unknown") << u"Nowhere"_s << QByteArray("no feed is called 'Nowhere'");
}

void TestUnsubscribeCommand::ambiguousOrUnknownChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, message);
    const BylineRun run
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"unsubscribe"_s, name });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QCOMPARE(feedCount(), 3);
    QCOMPARE(runByline(m_dir->path(), { u"--library"_s, m_library, u"unsubscribe"_s }).exitCode, 2);
}

void TestUnsubscribeCommand::keepsStarred()
{
    qint64 starred = 0;
    {
        auto db = Database::open(m_library);
        QList<FeedEntry> entries;
        for (const QString &key : { u"a"_s, u"b"_s, u"c"_s }) {
            FeedEntry entry;
            entry.key = key;
            entry.article.url = u"https://city.example/"_s + key;
            entry.article.title = key;
            entries.append(entry);
        }
        const auto stored = FeedStore(**db).storeItems(m_city, entries, {});
        QVERIFY(stored.ok());
        starred = stored->addedIds.at(1);
        QVERIFY(ArticleStore(**db).setStarred(starred, true).ok());
    }
    const BylineRun run
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"unsubscribe"_s, u"City Desk"_s });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 articles deleted, 1 starred kept"), run.out.constData());
    auto db = Database::open(m_library);
    QVERIFY(ArticleStore(**db).get(starred).ok());
    QCOMPARE(*ArticleStore(**db).count({}), 1);
}

QTEST_GUILESS_MAIN(TestUnsubscribeCommand)
#include "tst_unsubscribecommand.moc"
