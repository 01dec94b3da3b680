// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and "Recover into a New Library" from the window, on a library with a page of its
// articles table overwritten: both run on a worker, save the readable articles and say so.

#include "library/libraryimporter.h"
#include "libraryrescue.h"
#include "store/database.h"

#include "../fixtures/damagedlibrary.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

class TestLibraryRescue : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsReadableArticles();
    void recoversIntoNewLibrary();
    void recoveryRefusesExistingFile();

private:
    QTemporaryDir m_dir;
    QString m_damaged;
    QByteArray m_hash;
    int m_readable = 0;
};

void TestLibraryRescue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_damaged = m_dir.filePath(u"damaged.sqlite"_s);
    const QList<qint64> ids = DamagedLibrary::create(m_damaged, 300);
    QCOMPARE(ids.size(), 300);
    const std::optional<DamagedLibrary::Damage> damage
        = DamagedLibrary::damageArticlesPage(m_damaged);
    QVERIFY(damage);
    m_readable = int(ids.size() - damage->lostIds.size());
    m_hash = DamagedLibrary::hash(m_damaged);
}

void TestLibraryRescue::exportsReadableArticles()
{
    QWidget window;
    LibraryRescue rescue(m_damaged, &window);
    QSignalSpy finished(&rescue, &LibraryRescue::finished);
    const QString path = m_dir.filePath(u"export.jsonl"_s);
    rescue.exportTo(path);
    QVERIFY(rescue.isBusy());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false); // something was lost
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(message.contains(u"Exported %1 articles"_s.arg(m_readable)), qPrintable(message));
    QVERIFY2(message.contains(u"could not be read"_s), qPrintable(message));
    const Result<QList<ExportedArticle>> read = LibraryImporter::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(int(read->size()), m_readable);
    QVERIFY(window.findChild<QMessageBox *>());
    QCOMPARE(DamagedLibrary::hash(m_damaged), m_hash);
}

void TestLibraryRescue::recoversIntoNewLibrary()
{
    QWidget window;
    LibraryRescue rescue(m_damaged, &window);
    QSignalSpy finished(&rescue, &LibraryRescue::finished);
    const QString path = m_dir.filePath(u"recovered.sqlite"_s);
    rescue.recoverInto(path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(message.contains(u"Recovered %1 articles"_s.arg(m_readable)), qPrintable(message));
    // Offers to open the new library (not clicked here: it would start Byline).
    QVERIFY(window.findChild<QMessageBox *>(u"recoveredBox"_s));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    const Result<QStringList> problems = (*db)->check();
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QCOMPARE(*problems, QStringList());
    QCOMPARE(DamagedLibrary::hash(m_damaged), m_hash);
}

void TestLibraryRescue::recoveryRefusesExistingFile()
{
    QWidget window;
    LibraryRescue rescue(m_damaged, &window);
    QSignalSpy finished(&rescue, &LibraryRescue::finished);
    rescue.recoverInto(m_damaged);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY2(finished.constFirst().at(1).toString().contains(u"already exists"_s),
             qPrintable(finished.constFirst().at(1).toString()));
    QCOMPARE(DamagedLibrary::hash(m_damaged), m_hash);
}

QTEST_MAIN(TestLibraryRescue)
#include "tst_libraryrescue.moc"
