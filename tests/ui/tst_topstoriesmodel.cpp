// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TopStoriesModel's rankings on a library built in the test: Automatic follows whether the
// library follows feeds and has recent unread stories; a fixed choice is kept.
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"
#include "topstoriesmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTopStoriesModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void automaticWithoutFeedsIsMostRead();
    void automaticWithFeedsIsTopStories();
    void automaticWithNothingRecentIsMostRead();
    void fixedChoices();

private:
    qint64 source(Source::Kind kind, const QString &name);
    qint64 add(qint64 source, const QString &title, int hoursAgo);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_next = 0;
};

void TestTopStoriesModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestTopStoriesModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestTopStoriesModel::source(Source::Kind kind, const QString &name)
{
    return *SourceStore(*m_db).ensure({ 0, name, u"https://%1.example/"_s.arg(name), kind });
}

qint64 TestTopStoriesModel::add(qint64 source, const QString &title, int hoursAgo)
{
    Article a;
    a.sourceId = source;
    a.url = u"https://example.org/%1"_s.arg(++m_next);
    a.title = title;
    a.published = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
    return ArticleStore(*m_db).upsert(a)->id;
}

void TestTopStoriesModel::automaticWithoutFeedsIsMostRead()
{
    const qint64 site = source(Source::Kind::Site, u"site"_s);
    add(site, u"Storm floods coastal towns in Brittany"_s, 2);
    TopStoriesModel model(*m_db);
    QVERIFY(model.refresh().ok());
    QCOMPARE(model.mode(), TopStoriesModel::Mode::MostRead);
    QCOMPARE(model.rowCount(), 1); // at once, on this thread
    QVERIFY(!model.isComputing());
}

void TestTopStoriesModel::automaticWithFeedsIsTopStories()
{
    const qint64 a = source(Source::Kind::Feed, u"alpha"_s);
    const qint64 b = source(Source::Kind::Feed, u"beta"_s);
    add(a, u"Storm floods coastal towns in Brittany"_s, 3);
    add(b, u"Brittany's coastal towns flooded as storm hits"_s, 2);
    add(b, u"Chess prodigy wins national title at twelve"_s, 1);
    TopStoriesModel model(*m_db);
    QSignalSpy modes(&model, &TopStoriesModel::modeChanged);
    QVERIFY(model.refresh().ok());
    QVERIFY(model.isComputing()); // on a worker
    QTRY_COMPARE(model.mode(), TopStoriesModel::Mode::TopStories);
    QCOMPARE(modes.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(TopStoriesModel::SourcesRole).toInt(), 2);
    QCOMPARE(model.index(0).data(TopStoriesModel::RankRole).toInt(), 1);
    QCOMPARE(model.index(1).data(TopStoriesModel::SourcesRole).toInt(), 1);
}

void TestTopStoriesModel::automaticWithNothingRecentIsMostRead()
{
    const qint64 a = source(Source::Kind::Feed, u"alpha"_s);
    const qint64 old = add(a, u"Storm floods coastal towns in Brittany"_s, 24 * 5);
    QVERIFY(ReadStore(*m_db).recordRead(old, 60).value());
    TopStoriesModel model(*m_db);
    QVERIFY(model.refresh().ok());
    QTRY_VERIFY(!model.isComputing());
    QCOMPARE(model.mode(), TopStoriesModel::Mode::MostRead); // never an empty Top 10
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(TopStoriesModel::ReadsRole).toInt(), 1);
}

void TestTopStoriesModel::fixedChoices()
{
    const qint64 a = source(Source::Kind::Feed, u"alpha"_s);
    const qint64 old = add(a, u"Storm floods coastal towns in Brittany"_s, 24 * 5);
    QVERIFY(ReadStore(*m_db).recordRead(old, 60).value());
    TopStoriesModel model(*m_db);
    QVERIFY(model.setRanking(TopRanking::TopStories).ok());
    QTRY_VERIFY(!model.isComputing());
    QCOMPARE(model.mode(), TopStoriesModel::Mode::TopStories); // chosen: empty is what it is
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.setRanking(TopRanking::MostRead).ok());
    QCOMPARE(model.mode(), TopStoriesModel::Mode::MostRead);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestTopStoriesModel)
#include "tst_topstoriesmodel.moc"
