// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int articleCount(Database &db)
{
    const Result<int> count = ArticleStore(db).count(ArticleFilter {});
    return count ? *count : -1;
}

} // namespace

class TestLibrary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolvePath_data();
    void resolvePath();
    void createsFolderAndSample();
    void reopeningKeepsArticles();
    void refusesNewerLibrary();
};

void TestLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibrary::resolvePath_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("expected");
    QTest::newRow("override") << u"/tmp/other/library.sqlite"_s << u"/tmp/other/library.sqlite"_s;
    QTest::newRow("relative-override") << u"lib.sqlite"_s << u"lib.sqlite"_s;
    QTest::newRow("default") << QString() << Database::defaultPath();
}

void TestLibrary::resolvePath()
{
    QFETCH(QString, override);
    QFETCH(QString, expected);
    QCOMPARE(Library::resolvePath(override), expected);
    QVERIFY(!Library::resolvePath(override).isEmpty());
}

void TestLibrary::createsFolderAndSample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"deep/er/library.sqlite"_s);
    Result<std::unique_ptr<Database>> db = Library::openOrCreate(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(QFile::exists(path));
    QVERIFY(articleCount(**db) >= 12);
}

void TestLibrary::reopeningKeepsArticles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    int first = 0;
    {
        Result<std::unique_ptr<Database>> db = Library::openOrCreate(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        first = articleCount(**db);
        QVERIFY(ArticleStore(**db).remove(1).ok());
    }
    Result<std::unique_ptr<Database>> again = Library::openOrCreate(path);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!(*again)->wasCreated());
    QCOMPARE(articleCount(**again), first - 1); // not filled a second time
}

void TestLibrary::refusesNewerLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        Result<std::unique_ptr<Database>> db = Library::openOrCreate(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
    }
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        sql.setDatabaseName(path);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
        query.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const QByteArray before = fileHash(path);
    const Result<std::unique_ptr<Database>> refused = Library::openOrCreate(path);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"newer"_s), qPrintable(refused.error()));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
