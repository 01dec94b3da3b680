// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylinerun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// byline account add / accounts / sync, without a server (the real one: tests/sync).
class TestSyncCommand : public QObject {
    Q_OBJECT

private slots:
    void addListAndSyncOffline();
    void passwordNeedsATerminalOrAFile();
    void badArguments();
};

void TestSyncCommand::addListAndSyncOffline()
{
    QTemporaryDir home;
    const QString passwordFile = home.filePath(u"pw"_s);
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("s3cret\n");
    file.close();
    const BylineRun added = runByline(home.path(),
                                      { u"account"_s, u"add"_s, u"ttrss"_s, u"http://127.0.0.1:9/"_s,
                                        u"--user"_s, u"me"_s, u"--password-file"_s, passwordFile });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.out.contains("Added account 1"));
    QVERIFY(!added.out.contains("s3cret"));
    const QFileInfo credentials(home.filePath(u"data/Byline/Byline/credentials.json"_s));
    QVERIFY2(credentials.exists(), added.out.constData());
    QCOMPARE(credentials.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const BylineRun list = runByline(home.path(), { u"accounts"_s });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("ttrss\tme@http://127.0.0.1:9/\tnever synced"), list.out.constData());
    // Nothing listens on port 9: the round fails, the error is kept on the account.
    const BylineRun synced = runByline(home.path(), { u"sync"_s });
    QCOMPARE(synced.exitCode, 1);
    QVERIFY2(synced.err.contains("did not answer"), synced.err.constData());
    const BylineRun after = runByline(home.path(), { u"accounts"_s });
    QVERIFY2(after.out.contains("did not answer"), after.out.constData());
}

void TestSyncCommand::passwordNeedsATerminalOrAFile()
{
    QTemporaryDir home;
    const BylineRun added = runByline(home.path(), { u"account"_s, u"add"_s, u"ttrss"_s,
                                                     u"http://127.0.0.1:9/"_s, u"--user"_s, u"me"_s });
    QCOMPARE(added.exitCode, 2);
    QVERIFY2(added.err.contains("--password-file"), added.err.constData());
    QCOMPARE(runByline(home.path(), { u"accounts"_s }).out, QByteArray());
}

void TestSyncCommand::badArguments()
{
    QTemporaryDir home;
    QCOMPARE(runByline(home.path(), { u"account"_s, u"add"_s, u"feedly"_s, u"http://h/"_s,
                                      u"--user"_s, u"me"_s })
                     .exitCode,
             2);
    QCOMPARE(runByline(home.path(), { u"account"_s, u"add"_s, u"ttrss"_s, u"http://h/"_s }).exitCode,
             2);
    const BylineRun none = runByline(home.path(), { u"sync"_s });
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("No account"));
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
