// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline top and byline top --stories on a library of feeds built in the test.
#include "bylinerun.h"

#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTopCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storiesRankByFeeds();
    void mostReadIsTheDefault();
    void bothOptionsRefused();

private:
    BylineRun run(const QStringList &arguments)
    {
        return runByline(m_dir.path(), arguments + QStringList { u"--library"_s, m_library });
    }
    QTemporaryDir m_dir;
    QString m_library;
};

void TestTopCommand::initTestCase()
{
    m_library = m_dir.filePath(u"feeds.sqlite"_s);
    auto db = Database::open(m_library);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto feed = [&](const QString &name) {
        return *SourceStore(**db).ensure(
            { 0, name, u"https://%1.example/rss"_s.arg(name), Source::Kind::Feed });
    };
    const auto add = [&](qint64 source, const QString &title, int hoursAgo) {
        Article a;
        a.sourceId = source;
        a.url = u"https://example.org/%1/%2"_s.arg(source).arg(hoursAgo);
        a.title = title;
        a.published = now.addSecs(-3600 * hoursAgo);
        return ArticleStore(**db).upsert(a)->id;
    };
    const qint64 a = feed(u"alpha"_s), b = feed(u"beta"_s), c = feed(u"gamma"_s);
    const qint64 read = add(a, u"Chess prodigy wins national title at twelve"_s, 1);
    add(a, u"Storm floods coastal towns in Brittany"_s, 6);
    add(b, u"Brittany's coastal towns flooded as storm hits"_s, 5);
    add(c, u"Coastal towns in Brittany flooded by overnight storm"_s, 4);
    add(c, u"Airline cancels flights as pilots strike over pay"_s, 2);
    QVERIFY(ReadStore(**db).recordRead(read, 60, now.addSecs(-1800)).value());
}

void TestTopCommand::storiesRankByFeeds()
{
    const BylineRun result = run({ u"top"_s, u"--stories"_s });
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> rows = result.out.chopped(1).split('\n');
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(0).startsWith(" 1. 3 sources  "), rows.at(0).constData());
    QVERIFY(rows.at(0).contains("Brittany"));
    QVERIFY2(rows.at(1).startsWith(" 2. 1 source   "), rows.at(1).constData());
}

void TestTopCommand::mostReadIsTheDefault()
{
    const BylineRun result = run({ u"top"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(run({ u"top"_s, u"--most-read"_s }).out, result.out);
    const QList<QByteArray> rows = result.out.chopped(1).split('\n');
    QCOMPARE(rows.size(), 5);
    QVERIFY2(rows.at(0).startsWith(" 1. 1 read   Chess prodigy"), rows.at(0).constData());
    QVERIFY2(rows.at(1).startsWith(" 2. 0 reads  "), rows.at(1).constData());
}

void TestTopCommand::bothOptionsRefused()
{
    const BylineRun result = run({ u"top"_s, u"--stories"_s, u"--most-read"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("not both"));
}

QTEST_GUILESS_MAIN(TestTopCommand)
#include "tst_topcommand.moc"
