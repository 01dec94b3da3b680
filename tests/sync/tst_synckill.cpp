// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../cli/bylinerun.h"
#include "store/database.h"
#include "sync/ttrssclient.h"
#include "ttrssharness.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `byline sync` killed (SIGKILL) in the middle of pulling articles: the next sync finishes
// the job, with every article once.
class TestSyncKill : public QObject {
    Q_OBJECT

private slots:
    void killedSyncLosesAndDuplicatesNothing();
};

void TestSyncKill::killedSyncLosesAndDuplicatesNothing()
{
    const QString skip = TtRssHarness::up();
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    const QByteArray stamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    constexpr int items = 700; // four pages of 200
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kill " + stamp
            + "</title><link>http://0.0.0.0/</link>";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Item " + n + "</title><guid>k-" + stamp + "-" + n
                + "</guid><link>http://0.0.0.0/k" + stamp + "-" + n
                + "</link><description>Text of item " + n + "</description></item>";
    }
    xml += "</channel></rss>";
    const QString url = TtRssHarness::putFeed(u"kill-"_s + QString::fromLatin1(stamp) + u".xml"_s, xml);
    TtRssClient client(TtRssHarness::serverUrl(), TtRssHarness::user(), TtRssHarness::password());
    QVERIFY(client.subscribe(url).ok());
    QVERIFY(TtRssHarness::update());
    qint64 remoteFeed = 0;
    for (const QJsonValue &feed : *client.feeds()) {
        if (feed.toObject().value(u"feed_url"_s).toString() == url)
            remoteFeed = feed.toObject().value(u"id"_s).toVariant().toLongLong();
    }
    QVERIFY(remoteFeed > 0);
    const auto cleanup = qScopeGuard([&] { (void)client.unsubscribe(remoteFeed); });

    QTemporaryDir home;
    QFile passwordFile(home.filePath(u"pw"_s));
    QVERIFY(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write(TtRssHarness::password().toUtf8());
    passwordFile.close();
    QCOMPARE(runByline(home.path(), { u"account"_s, u"add"_s, u"ttrss"_s,
                                      TtRssHarness::serverUrl().toString(), u"--user"_s,
                                      TtRssHarness::user(), u"--password-file"_s,
                                      passwordFile.fileName() })
                     .exitCode,
             0);

    QProcess sync;
    sync.setProcessEnvironment(bylineEnvironment(home.path()));
    sync.setStandardInputFile(QProcess::nullDevice());
    sync.start(QStringLiteral(BYLINE_BINARY), { u"sync"_s });
    QByteArray progress;
    // Killed once the first page is stored and the second asked for.
    QTRY_VERIFY_WITH_TIMEOUT((progress += sync.readAllStandardError()).contains("Reading articles 201"),
                             120000);
    sync.kill();
    QVERIFY(sync.waitForFinished(10000));
    QCOMPARE(sync.exitStatus(), QProcess::CrashExit);

    const BylineRun again = runByline(home.path(), { u"sync"_s });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const BylineRun third = runByline(home.path(), { u"sync"_s });
    QVERIFY2(third.out.contains(" 0 new articles"), third.out.constData());

    auto db = Database::open(home.filePath(u"data/Byline/Byline/library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT a.url), count(r.remote_id) FROM articles a "
                       "JOIN feeds f ON f.source_id = a.source_id JOIN sources s ON s.id = f.source_id "
                       "LEFT JOIN remote_articles r ON r.article_id = a.id WHERE s.url = '"_s
                       + url + u"'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), items);
    QCOMPARE(query.value(1).toInt(), items);
    QCOMPARE(query.value(2).toInt(), items);
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
