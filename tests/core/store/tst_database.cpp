// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs statements on a plain connection of the test's own, to build libraries the store would
// never write (newer schema, other apps' databases) and to look inside the ones it wrote.
QVariantList exec(const QString &path, const QStringList &statements)
{
    const QString name = u"tst_database_raw"_s;
    QVariantList lastRow;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                qWarning() << statement << query.lastError().text();
            lastRow.clear();
            if (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    lastRow.append(query.value(i));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return lastRow;
}

QVariant scalar(const QString &path, const QString &statement)
{
    const QVariantList row = exec(path, { statement });
    return row.isEmpty() ? QVariant() : row.first();
}

QStringList sidecars(const QString &path)
{
    QStringList present;
    for (const QString &suffix : { u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
        if (QFile::exists(path + suffix))
            present.append(suffix);
    }
    return present;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void freshLibrary();
    void defaultPath();
    void settings();
    void refused_data();
    void refused();
    void migrationFromV1();
    void failedMigrationLeavesFileUnchanged();
    void connectionsAreSeparate();
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Database::latestSchemaVersion() >= 1);
}

void TestDatabase::freshLibrary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"nested/folder/library.sqlite"_s);
    {
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY((*db)->wasCreated());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE((*db)->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY((*db)->connection().isOpen());
    }
    QVERIFY(QFile::exists(path));
    auto again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(!(*again)->wasCreated());
    QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::defaultPath()
{
    const QString path = Database::defaultPath();
    QVERIFY(path.endsWith(u"/library.sqlite"_s));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestDatabase::settings()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1); // NORMAL
    QVERIFY(query.exec(u"SELECT sqlite_compileoption_used('ENABLE_FTS5')"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'x'"_s));
}

void TestDatabase::refused_data()
{
    QTest::addColumn<QStringList>("setup"); // statements run on a raw connection first
    QTest::addColumn<QByteArray>("bytes"); // or: raw file content
    QTest::addColumn<QString>("expected"); // part of the message

    const QString newer = u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1);
    const QString refusal = u"made by a newer version of Byline (schema %1)"_s.arg(
        Database::latestSchemaVersion() + 1);
    QTest::newRow("newer-schema") << QStringList { u"CREATE TABLE t (x)"_s, newer } << QByteArray()
                                  << refusal;
    QTest::newRow("newer-schema-wal")
        << QStringList { u"PRAGMA journal_mode = WAL"_s, u"CREATE TABLE t (x)"_s,
                         u"INSERT INTO t VALUES (1)"_s, newer }
        << QByteArray() << refusal;
    QTest::newRow("newer-schema-empty") << QStringList { newer } << QByteArray() << refusal;
    QTest::newRow("text-file") << QStringList() << QByteArray("Dear diary,\nnot a database.\n")
                               << u"not a SQLite database"_s;
    QTest::newRow("truncated-header")
        << QStringList() << QByteArray("SQLite for") << u"not a SQLite database"_s;
    QByteArray corrupt("SQLite format 3", 16);
    corrupt.append(QByteArray(4080, '\xff'));
    QTest::newRow("corrupt-after-header") << QStringList() << corrupt << u"not a Byline library"_s;
    QTest::newRow("other-app-database") << QStringList { u"CREATE TABLE contacts (name TEXT)"_s,
                                                         u"INSERT INTO contacts VALUES ('Ada')"_s }
                                        << QByteArray() << u"not a Byline library"_s;
}

void TestDatabase::refused()
{
    QFETCH(QStringList, setup);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    if (!setup.isEmpty()) {
        exec(path, setup);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QVERIFY(QFile::exists(path));
    const QByteArray before = fileHash(path);
    const QStringList sidecarsBefore = sidecars(path);
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files);

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(expected), qPrintable(db.error()));
    QVERIFY2(db.error().contains(u"not changed"_s), qPrintable(db.error()));

    QCOMPARE(fileHash(path), before);
    QCOMPARE(sidecars(path), sidecarsBefore);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), entriesBefore);
}

void TestDatabase::migrationFromV1()
{
    const QString fixture = QStringLiteral(BYLINE_SOURCE_DIR "/tests/fixtures/library-v1.sqlite");
    QVERIFY(QFile::exists(fixture));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(scalar(path, u"PRAGMA user_version"_s).toInt(), 1);

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(!(*db)->wasCreated());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());

    ArticleStore articles(**db);
    QCOMPARE(*articles.count({}), 6);
    QCOMPARE(*articles.count({ 0, QString(), false, true }), 2);
    QCOMPARE(*articles.count({ 0, QString(), true, false }), 5);
    QCOMPARE(SourceStore(**db).list()->size(), 3);

    const auto page = articles.listPage({}, ArticleOrder::Published, {}, 10);
    QVERIFY2(page.ok(), qPrintable(page.error()));
    QCOMPARE(page->rows.size(), 6);
    QCOMPARE(page->rows.first().title, u"Café culture and the long lunch"_s); // no date: created
    QCOMPARE(page->rows.at(1).title, u"Harbour bridge reopens after repairs"_s);
    QCOMPARE(page->rows.at(1).sourceTitle, u"The Daily Fixture"_s);
    QCOMPARE(page->rows.at(1).published, QDateTime(QDate(2026, 1, 19), QTime(6, 0), Qt::UTC));

    const auto hits = articles.search(u"지하철"_s);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().article.title, u"서울 지하철 새 노선 개통"_s);

    const auto full = articles.get(hits->first().article.id);
    QVERIFY(full.ok());
    QVERIFY(full->plainText.startsWith(u"서울에서"_s));
    QCOMPARE(full->language, u"ko"_s);
    QVERIFY(full->starred);

    const QDateTime now(QDate(2026, 1, 20), QTime(8, 0), Qt::UTC);
    const auto top = ReadStore(**db).topStories(10, 7, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QCOMPARE(top->size(), 6);
    QCOMPARE(top->at(0).article.title, u"서울 지하철 새 노선 개통"_s); // 2 reads, latest
    QCOMPARE(top->at(0).reads, 2);
    QCOMPARE(top->at(1).article.title, u"Harbour bridge reopens after repairs"_s);
    QCOMPARE(top->at(2).reads, 1);
}

void TestDatabase::failedMigrationLeavesFileUnchanged()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good"_s);
    const QString broken = dir.filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(good) && QDir().mkpath(broken));
    QVERIFY(QFile::copy(u":/sql/schema-1.sql"_s, good + u"/schema-1.sql"_s));
    QVERIFY(QFile::copy(u":/sql/schema-1.sql"_s, broken + u"/schema-1.sql"_s));
    QFile second(broken + u"/schema-2.sql"_s);
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("CREATE TABLE extra (x INTEGER);\n"
                 "INSERT INTO extra VALUES (1);\n"
                 "UPDATE articles SET title = 'changed';\n"
                 "CREATE TABLE broken (;\n");
    second.close();

    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        auto db = Database::open(path, good);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        Article article;
        article.url = u"https://example.org/kept"_s;
        article.title = u"Kept"_s;
        QVERIFY(ArticleStore(**db).upsert(article).ok());
    }
    QCOMPARE(Database::latestSchemaVersion(broken), 2);
    const QByteArray before = fileHash(path);

    auto db = Database::open(path, broken);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(u"schema version 2"_s), qPrintable(db.error()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(scalar(path, u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'extra'"_s).toInt(), 0);
    QCOMPARE(scalar(path, u"SELECT title FROM articles"_s).toString(), u"Kept"_s);
}

void TestDatabase::connectionsAreSeparate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    QString firstName;
    {
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY(first.ok() && second.ok());
        firstName = (*first)->connection().connectionName();
        QVERIFY(firstName != (*second)->connection().connectionName());
        Article article;
        article.url = u"https://example.org/shared"_s;
        article.title = u"Shared"_s;
        QVERIFY(ArticleStore(**first).upsert(article).ok());
        QCOMPARE(*ArticleStore(**second).count({}), 1);
    }
    QVERIFY(!QSqlDatabase::connectionNames().contains(firstName));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
