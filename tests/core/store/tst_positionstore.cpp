// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/positionstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPositionStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noPositionIsTheTop();
    void saveAndRead();
    void saveIsAnUpsert();
    void clamped_data();
    void clamped();
    void nearTheTopForgets();
    void positionsAreSeparate();
    void goesWithTheArticle();
    void unknownArticleIsNotRemembered();
    void refusedWhenReadOnly();

private:
    int rows() const;
    qint64 addArticle(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_id = 0;
};

void TestPositionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
    m_id = addArticle(u"first"_s);
}

void TestPositionStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestPositionStore::rows() const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT count(*) FROM reading_positions"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 TestPositionStore::addArticle(const QString &name)
{
    Article article;
    article.url = u"https://example.org/"_s + name;
    article.title = name;
    const auto id = ArticleStore(*m_db).upsert(article);
    return id.ok() ? id->id : -1;
}

void TestPositionStore::noPositionIsTheTop()
{
    const auto position = PositionStore(*m_db).position(m_id);
    QVERIFY2(position.ok(), qPrintable(position.error()));
    QCOMPARE(*position, 0.0);
    QCOMPARE(*PositionStore(*m_db).position(12345), 0.0);
}

void TestPositionStore::saveAndRead()
{
    PositionStore store(*m_db);
    const Status saved = store.save(m_id, 0.5);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(*store.position(m_id), 0.5);
    QCOMPARE(rows(), 1);
    // Another connection (a restart) reads it too.
    auto again = Database::open(m_db->path());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(*PositionStore(**again).position(m_id), 0.5);
}

void TestPositionStore::saveIsAnUpsert()
{
    PositionStore store(*m_db);
    QVERIFY(store.save(m_id, 0.3).ok());
    QVERIFY(store.save(m_id, 0.7).ok());
    QCOMPARE(*store.position(m_id), 0.7);
    QCOMPARE(rows(), 1);
}

void TestPositionStore::clamped_data()
{
    QTest::addColumn<double>("saved");
    QTest::addColumn<double>("read");
    QTest::newRow("above the end") << 1.5 << 1.0;
    QTest::newRow("the end") << 1.0 << 1.0;
    QTest::newRow("below the top") << -0.4 << 0.0;
    QTest::newRow("not a number") << std::nan("") << 0.0;
    QTest::newRow("just past the top") << 0.02 << 0.02;
}

void TestPositionStore::clamped()
{
    QFETCH(double, saved);
    QFETCH(double, read);
    PositionStore store(*m_db);
    const Status status = store.save(m_id, saved);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(*store.position(m_id), read);
    QCOMPARE(rows(), read > 0 ? 1 : 0);
}

void TestPositionStore::nearTheTopForgets()
{
    PositionStore store(*m_db);
    QVERIFY(store.save(m_id, 0.6).ok());
    QCOMPARE(rows(), 1);
    QVERIFY(store.save(m_id, 0.019).ok());
    QCOMPARE(rows(), 0);
    QCOMPARE(*store.position(m_id), 0.0);
    QVERIFY(store.save(m_id, 0.0).ok()); // nothing to forget: still fine
    QCOMPARE(rows(), 0);
}

void TestPositionStore::positionsAreSeparate()
{
    const qint64 second = addArticle(u"second"_s);
    QVERIFY(second > 0 && second != m_id);
    PositionStore store(*m_db);
    QVERIFY(store.save(m_id, 0.25).ok());
    QVERIFY(store.save(second, 0.75).ok());
    QCOMPARE(*store.position(m_id), 0.25);
    QCOMPARE(*store.position(second), 0.75);
}

void TestPositionStore::goesWithTheArticle()
{
    const qint64 second = addArticle(u"second"_s);
    PositionStore store(*m_db);
    QVERIFY(store.save(m_id, 0.4).ok());
    QVERIFY(store.save(second, 0.8).ok());
    const Status removed = ArticleStore(*m_db).remove(m_id);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(rows(), 1);
    QCOMPARE(*store.position(m_id), 0.0);
    QCOMPARE(*store.position(second), 0.8);
}

void TestPositionStore::unknownArticleIsNotRemembered()
{
    const Status status = PositionStore(*m_db).save(m_id + 1000, 0.5);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(rows(), 0);
    QVERIFY(!m_db->isDamaged());
}

void TestPositionStore::refusedWhenReadOnly()
{
    QVERIFY(PositionStore(*m_db).save(m_id, 0.5).ok());
    const QString path = m_db->path();
    m_db.reset();
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY((*db)->isReadOnly());
    PositionStore store(**db);
    QCOMPARE(*store.position(m_id), 0.5);
    const Status refused = store.save(m_id, 0.9);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
    QVERIFY(!store.save(m_id, 0.0).ok()); // forgetting is a write too
    QCOMPARE(*store.position(m_id), 0.5);
    m_db = std::move(db).value();
}

QTEST_GUILESS_MAIN(TestPositionStore)
#include "tst_positionstore.moc"
