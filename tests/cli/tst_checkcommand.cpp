// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline check on a sound library and on one with a page of its articles table overwritten.
#include "bylinerun.h"

#include "../fixtures/damagedlibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCheckCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soundLibraryIsOk_data();
    void soundLibraryIsOk();
    void damagedLibrary_data();
    void damagedLibrary();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_sound;
    QString m_damaged;
    QByteArray m_damagedHash;
};

void TestCheckCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sound = m_dir.filePath(u"sound.sqlite"_s);
    QCOMPARE(DamagedLibrary::create(m_sound, 50).size(), 50);
    m_damaged = m_dir.filePath(u"damaged.sqlite"_s);
    QCOMPARE(DamagedLibrary::create(m_damaged, 300).size(), 300);
    QVERIFY(DamagedLibrary::damageArticlesPage(m_damaged));
    m_damagedHash = DamagedLibrary::hash(m_damaged);
}

void TestCheckCommand::soundLibraryIsOk_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("quick") << QStringList {};
    QTest::newRow("full") << QStringList { u"--full"_s };
}

void TestCheckCommand::soundLibraryIsOk()
{
    QFETCH(QStringList, options);
    const BylineRun run
        = runByline(m_dir.path(), QStringList { u"--library"_s, m_sound, u"check"_s } + options);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("ok\n"));
    QCOMPARE(run.err, QByteArray());
}

void TestCheckCommand::damagedLibrary_data()
{
    soundLibraryIsOk_data();
}

void TestCheckCommand::damagedLibrary()
{
    QFETCH(QStringList, options);
    const BylineRun run
        = runByline(m_dir.path(), QStringList { u"--library"_s, m_damaged, u"check"_s } + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.out.isEmpty());
    QVERIFY(!run.out.startsWith("ok"));
    QVERIFY2(run.err.startsWith("byline: The library "), run.err.constData());
    QVERIFY2(run.err.contains("is damaged"), run.err.constData());
    QVERIFY2(run.err.contains("byline export FILE"), run.err.constData());
    QVERIFY2(run.err.contains("byline recover NEWFILE"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    // The count names the problem lines printed (SQLite's header line is not one).
    int printed = 0;
    for (const QByteArray &line : run.out.split('\n'))
        printed += line.isEmpty() || line.startsWith("*** ") ? 0 : 1;
    const QByteArray count = printed == 1 ? QByteArray("(1 problem found)")
                                          : "(" + QByteArray::number(printed) + " problems found)";
    QVERIFY2(run.err.contains(count), run.err.constData());
    QCOMPARE(DamagedLibrary::hash(m_damaged), m_damagedHash);
}

void TestCheckCommand::usageErrors()
{
    QCOMPARE(runByline(m_dir.path(), { u"--library"_s, m_sound, u"check"_s, u"extra"_s }).exitCode,
             2);
    QCOMPARE(runByline(m_dir.path(), { u"--library"_s, m_sound, u"check"_s, u"--fast"_s }).exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
