// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryrecovery.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"

#include "../../fixtures/damagedlibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLibraryRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recoversReadableArticles();
    void refusesExistingFile_data();
    void refusesExistingFile();
};

// A library with one page of its articles table overwritten: the new library is sound and
// holds every article that was not on that page, with read and starred state, sources and
// reads; the damaged file's bytes do not change.
void TestLibraryRecovery::recoversReadableArticles()
{
    QTemporaryDir dir;
    const QString damaged = dir.filePath(u"damaged.sqlite"_s);
    const QList<qint64> ids = DamagedLibrary::create(damaged, 300);
    QCOMPARE(ids.size(), 300);
    const std::optional<DamagedLibrary::Damage> damage
        = DamagedLibrary::damageArticlesPage(damaged);
    QVERIFY(damage);
    const QByteArray before = DamagedLibrary::hash(damaged);

    const QString recovered = dir.filePath(u"recovered.sqlite"_s);
    int progressCalls = 0;
    const Result<LibraryRecovery::Outcome> outcome
        = LibraryRecovery::recover(damaged, recovered, [&](int) { ++progressCalls; });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    const int readable = int(ids.size() - damage->lostIds.size());
    QCOMPARE(outcome->copied, readable);
    QCOMPARE(outcome->report.read, readable);
    QCOMPARE(outcome->report.skippedIds(), qint64(damage->lostIds.size()));
    QVERIFY(progressCalls > 0);
    QCOMPARE(DamagedLibrary::hash(damaged), before);

    Result<std::unique_ptr<Database>> db = Database::open(recovered);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Result<QStringList> problems = (*db)->check(true);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QCOMPARE(*problems, QStringList());
    QVERIFY(!(*db)->isDamaged());
    const ArticleStore store(**db);
    QCOMPARE(*store.count(ArticleFilter {}), readable);
    int expectedStarred = 0;
    int expectedReads = 0;
    for (int i = 0; i < int(ids.size()); ++i) {
        if (i % 5 == 0 && !damage->lostIds.contains(ids.at(i))) {
            ++expectedStarred;
            ++expectedReads;
        }
    }
    ArticleFilter starred;
    starred.starredOnly = true;
    QCOMPARE(*store.count(starred), expectedStarred);
    const Result<QList<ReadRecord>> reads = ReadStore(**db).allReads();
    QVERIFY2(reads.ok(), qPrintable(reads.error()));
    QCOMPARE(int(reads->size()), expectedReads);
    const Result<QList<SearchHit>> hits = store.search(u"harbour"_s, 1000);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(int(hits->size()), readable); // the new full-text index is whole
    // A write to the new library works.
    const Result<QList<qint64>> newIds = store.listIds(ArticleFilter {}, ArticleOrder::Added);
    QVERIFY(newIds && !newIds->isEmpty());
    QVERIFY(ArticleStore(**db).setRead(newIds->constFirst(), true).ok());
}

void TestLibraryRecovery::refusesExistingFile_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("non-empty-file") << u"existing.txt"_s;
    QTest::newRow("the-library-itself") << u"library.sqlite"_s;
    QTest::newRow("a-folder") << u"folder"_s;
}

void TestLibraryRecovery::refusesExistingFile()
{
    QFETCH(QString, target);
    QTemporaryDir dir;
    const QString library = dir.filePath(u"library.sqlite"_s);
    QCOMPARE(DamagedLibrary::create(library, 5).size(), 5);
    QFile existing(dir.filePath(u"existing.txt"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me\n");
    existing.close();
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    const QByteArray before = DamagedLibrary::hash(dir.filePath(target));

    const Result<LibraryRecovery::Outcome> outcome
        = LibraryRecovery::recover(library, dir.filePath(target));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().contains(u"already exists"_s), qPrintable(outcome.error()));
    QCOMPARE(DamagedLibrary::hash(dir.filePath(target)), before);
}

QTEST_GUILESS_MAIN(TestLibraryRecovery)
#include "tst_libraryrecovery.moc"
