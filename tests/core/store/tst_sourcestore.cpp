// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/sourcestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSourceStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ensure_data();
    void ensure();
    void listByTitle();
    void missing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSourceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestSourceStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSourceStore::ensure_data()
{
    QTest::addColumn<QString>("secondTitle");
    QTest::addColumn<QString>("secondUrl");
    QTest::addColumn<bool>("sameId");
    QTest::addColumn<QString>("expectedTitle");

    QTest::newRow("same-url-new-title")
        << u"The Daily (new)"_s << u"https://daily.example/"_s << true << u"The Daily (new)"_s;
    QTest::newRow("same-url-empty-title-keeps")
        << QString() << u"https://daily.example/"_s << true << u"The Daily"_s;
    QTest::newRow("same-url-whitespace")
        << u"The Daily"_s << u"  https://daily.example/ "_s << true << u"The Daily"_s;
    QTest::newRow("other-url") << u"Other"_s << u"https://other.example/"_s << false
                               << u"The Daily"_s;
}

void TestSourceStore::ensure()
{
    QFETCH(QString, secondTitle);
    QFETCH(QString, secondUrl);
    QFETCH(bool, sameId);
    QFETCH(QString, expectedTitle);

    SourceStore store(*m_db);
    const auto first
        = store.ensure({ 0, u"The Daily"_s, u"https://daily.example/"_s, Source::Kind::Feed });
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(*first > 0);
    const auto second = store.ensure({ 0, secondTitle, secondUrl, Source::Kind::Site });
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(*second == *first, sameId);

    const auto source = store.get(*first);
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QCOMPARE(source->title, expectedTitle);
    QCOMPARE(source->url, u"https://daily.example/"_s);
    QCOMPARE(source->kind, Source::Kind::Feed);
    QCOMPARE(store.list()->size(), sameId ? 1 : 2);
}

void TestSourceStore::listByTitle()
{
    SourceStore store(*m_db);
    QVERIFY(store.ensure({ 0, u"zeta"_s, u"https://z.example/"_s, Source::Kind::Site }).ok());
    QVERIFY(store.ensure({ 0, u"Alpha"_s, u"https://a.example/"_s, Source::Kind::Feed }).ok());
    QVERIFY(store.ensure({ 0, u"beta"_s, u"https://b.example/"_s, Source::Kind::Site }).ok());
    const auto sources = store.list();
    QVERIFY2(sources.ok(), qPrintable(sources.error()));
    QCOMPARE(sources->size(), 3);
    QCOMPARE(sources->at(0).title, u"Alpha"_s);
    QCOMPARE(sources->at(1).title, u"beta"_s);
    QCOMPARE(sources->at(2).title, u"zeta"_s);
}

void TestSourceStore::missing()
{
    SourceStore store(*m_db);
    const auto source = store.get(42);
    QVERIFY(!source.ok());
    QVERIFY(source.error().contains(u"42"_s));
    QVERIFY(!store.ensure({ 0, u"No url"_s, u"  "_s, Source::Kind::Site }).ok());
}

QTEST_GUILESS_MAIN(TestSourceStore)
#include "tst_sourcestore.moc"
