// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline recover NEWFILE on a library with a page of its articles table overwritten.
#include "bylinerun.h"

#include "../fixtures/damagedlibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRecoverCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recoversIntoNewLibrary();
    void refusesExistingFile();
    void usageErrors();
};

void TestRecoverCommand::recoversIntoNewLibrary()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"damaged.sqlite"_s);
    const QList<qint64> ids = DamagedLibrary::create(library, 300);
    QCOMPARE(ids.size(), 300);
    const std::optional<DamagedLibrary::Damage> damage
        = DamagedLibrary::damageArticlesPage(library);
    QVERIFY(damage);
    const QByteArray before = DamagedLibrary::hash(library);

    const QString target = dir.filePath(u"recovered.sqlite"_s);
    const BylineRun run = runByline(dir.path(), { u"--library"_s, library, u"recover"_s, target });
    QCOMPARE(run.exitCode, 1); // some articles were lost
    const int readable = int(ids.size() - damage->lostIds.size());
    QVERIFY2(
        run.out.startsWith(QStringLiteral("Recovered %1 articles into ").arg(readable).toUtf8()),
        run.out.constData());
    QVERIFY2(run.err.contains("could not be read"), run.err.constData());
    QCOMPARE(DamagedLibrary::hash(library), before);

    const BylineRun check = runByline(dir.path(), { u"--library"_s, target, u"check"_s });
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out, QByteArray("ok\n"));
    const BylineRun list
        = runByline(dir.path(), { u"--library"_s, target, u"list"_s, u"--limit"_s, u"1000"_s });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count("Story number"), readable);
}

void TestRecoverCommand::refusesExistingFile()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"library.sqlite"_s);
    QCOMPARE(DamagedLibrary::create(library, 5).size(), 5);
    const QByteArray before = DamagedLibrary::hash(library);
    const BylineRun run = runByline(dir.path(), { u"--library"_s, library, u"recover"_s, library });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("already exists"), run.err.constData());
    QCOMPARE(DamagedLibrary::hash(library), before);
}

void TestRecoverCommand::usageErrors()
{
    QTemporaryDir dir;
    QCOMPARE(runByline(dir.path(), { u"recover"_s }).exitCode, 2);
    QCOMPARE(runByline(dir.path(), { u"recover"_s, u"a"_s, u"b"_s }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRecoverCommand)
#include "tst_recovercommand.moc"
