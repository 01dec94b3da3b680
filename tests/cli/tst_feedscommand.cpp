// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline feeds [--json]: every feed with its folder, unread count, last refresh and last error.
#include "bylinerun.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedsCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void table();
    void json();
    void argumentsAreUsageErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestFeedsCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = m_dir->filePath(u"library.sqlite"_s);
    auto db = Database::open(m_library);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FeedStore feeds(**db);
    const qint64 news = *feeds.ensureFolder(u"News"_s);
    const qint64 local = *feeds.ensureFolder(u"Local"_s, news);
    const qint64 city = *feeds.subscribe(u"https://city.example/rss"_s, u"City Desk"_s, local);
    const qint64 broken = *feeds.subscribe(u"https://broken.example/rss"_s, u"Broken"_s);
    FeedEntry entry;
    entry.key = u"one"_s;
    entry.article.url = u"https://city.example/one"_s;
    entry.article.title = u"One"_s;
    FeedRefreshState state;
    state.at = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
    QVERIFY(feeds.storeItems(city, { entry }, state).ok());
    state.error = u"The server answered 404 (not found)."_s;
    QVERIFY(feeds.recordRefresh(broken, state).ok());
}

void TestFeedsCommand::table()
{
    const BylineRun run = runByline(m_dir->path(), { u"--library"_s, m_library, u"feeds"_s });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"City Desk"_s) && out.contains(u"News/Local"_s), run.out.constData());
    QVERIFY(out.contains(u"https://city.example/rss"_s));
    QVERIFY(out.contains(u"error: The server answered 404 (not found)."_s));
    const QStringList lines = out.split(u'\n');
    const QString cityRow = lines.filter(u"City Desk"_s).value(0);
    QVERIFY2(cityRow.contains(u" 1  2026-12-01"_s), qPrintable(cityRow)); // unread, refresh
}

void TestFeedsCommand::json()
{
    const BylineRun run
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"feeds"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QVERIFY(document.isArray());
    QJsonObject city;
    QJsonObject broken;
    for (const QJsonValue &value : document.array()) {
        if (value[u"title"_s].toString() == u"City Desk"_s)
            city = value.toObject();
        if (value[u"title"_s].toString() == u"Broken"_s)
            broken = value.toObject();
    }
    QCOMPARE(city[u"url"_s].toString(), u"https://city.example/rss"_s);
    QCOMPARE(city[u"folder"_s].toString(), u"News/Local"_s);
    QCOMPARE(city[u"unread"_s].toInt(), 1);
    QCOMPARE(city[u"lastRefresh"_s].toString(), u"2026-12-01T08:30:00.000Z"_s);
    QCOMPARE(city[u"lastError"_s].toString(), QString());
    QCOMPARE(broken[u"lastError"_s].toString(), u"The server answered 404 (not found)."_s);
    QCOMPARE(broken[u"folder"_s].toString(), QString());
}

void TestFeedsCommand::argumentsAreUsageErrors()
{
    const BylineRun run
        = runByline(m_dir->path(), { u"--library"_s, m_library, u"feeds"_s, u"extra"_s });
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestFeedsCommand)
#include "tst_feedscommand.moc"
