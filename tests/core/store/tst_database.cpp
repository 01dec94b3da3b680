// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "store/positionstore.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include "store/writetransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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
    void migrationFromV2KeepsEveryArticle();
    void failedMigrationLeavesFileUnchanged();
    void connectionsAreSeparate();
    void openingKeepsOtherConnectionsLocks();
    void concurrentWritersWait();
    void creationIsOneTransaction();
    void racingCreatorsWait();
    void damageStopsWriting();
    void firstPageDamagedIsNamed();
    void lockedLibraryIsNamed();
    void nestedTransactions();
    void readOnlyOption();
    void truncatedReadsAreErrors();
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

    // Schema 2: reading positions, going with their article.
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'reading_positions'"_s).toInt(), 1);
    const qint64 id = hits->first().article.id;
    QVERIFY(PositionStore(**db).save(id, 0.5).ok());
    QCOMPARE(*PositionStore(**db).position(id), 0.5);
    QVERIFY(articles.remove(id).ok());
    QCOMPARE(*PositionStore(**db).position(id), 0.0);

    // Schema 3: subscriptions beside the articles kept (all 5 others still there).
    QVERIFY(Database::latestSchemaVersion() >= 3);
    QCOMPARE(*articles.count({}), 5);
    FeedStore feeds(**db);
    const auto feed = feeds.subscribe(u"https://fixture.example/feed.xml"_s, u"Fixture feed"_s);
    QVERIFY2(feed.ok(), qPrintable(feed.error()));
    FeedEntry entry;
    entry.key = u"one"_s;
    entry.article.url = u"https://fixture.example/one"_s;
    entry.article.title = u"One"_s;
    const auto stored = feeds.storeItems(*feed, { entry }, {});
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->added, 1);
    QCOMPARE(feeds.list()->size(), 1);
    QCOMPARE(*articles.count({}), 6);
}

void TestDatabase::migrationFromV2KeepsEveryArticle()
{
    QTemporaryDir dir;
    const QString v2 = dir.filePath(u"v2"_s);
    QVERIFY(QDir().mkpath(v2));
    for (const QString &name : { u"schema-1.sql"_s, u"schema-2.sql"_s })
        QVERIFY(QFile::copy(u":/sql/"_s + name, v2 + u'/' + name));
    const QString path = dir.filePath(u"library.sqlite"_s);
    QList<qint64> ids;
    {
        auto db = Database::open(path, v2);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), 2);
        ArticleStore store(**db);
        for (int i = 0; i < 20; ++i) {
            Article article;
            article.url = u"https://v2.example/%1"_s.arg(i);
            article.title = u"Article %1"_s.arg(i);
            article.plainText = u"Kept through the migration"_s;
            article.starred = i % 5 == 0;
            ids.append(store.upsert(article)->id);
        }
        QVERIFY(store.setRead(ids.at(3), true).ok());
        QVERIFY(PositionStore(**db).save(ids.at(4), 0.5).ok());
    }
    QCOMPARE(scalar(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'feeds'"_s).toInt(),
             0);

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY((*db)->schemaVersion() >= 3);
    ArticleStore store(**db);
    QCOMPARE(*store.count({}), 20);
    QCOMPARE(store.listIds({}, ArticleOrder::Added)->size(), 20);
    QVERIFY(store.get(ids.at(3))->read);
    QCOMPARE(*store.count({ 0, QString(), false, true }), 4);
    QCOMPARE(*PositionStore(**db).position(ids.at(4)), 0.5);
    QCOMPARE(store.search(u"migration"_s)->size(), 20);
    for (const QString &table : { u"feeds"_s, u"folders"_s, u"feed_items"_s })
        QCOMPARE(scalar(path, u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table))
                     .toInt(),
                 1);
    QVERIFY(FeedStore(**db).list()->isEmpty());
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

namespace {

Article numbered(const QString &prefix, int i)
{
    Article article;
    article.url = u"https://example.org/%1/%2"_s.arg(prefix).arg(i);
    article.title = u"%1 article %2"_s.arg(prefix).arg(i);
    article.plainText = u"Body of %1 number %2 with some words to index."_s.arg(prefix).arg(i);
    article.contentHtml = u"<p>"_s + article.plainText + u"</p>"_s;
    return article;
}

struct Layout {
    int pageSize = 0;
    qint64 pages = 0; // 0 when filling failed
    qint64 schemaPages = 0; // pages of the empty library (the schema): the data comes after
};

// A library of `count` articles, closed with its WAL checkpointed into the file.
Layout fillClosed(const QString &path, int count)
{
    auto db = Database::open(path);
    if (!db)
        return {};
    Layout layout;
    QSqlQuery empty((*db)->connection());
    if (empty.exec(u"PRAGMA page_count"_s) && empty.next())
        layout.schemaPages = empty.value(0).toLongLong();
    empty.finish(); // an open statement would keep the checkpoint below from truncating
    QList<Article> many;
    for (int i = 0; i < count; ++i)
        many.append(numbered(u"bulk"_s, i));
    if (!ArticleStore(**db).insertBulk(many))
        return {};
    QSqlQuery query((*db)->connection());
    if (query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && query.exec(u"PRAGMA page_size"_s)
        && query.next())
        layout.pageSize = query.value(0).toInt();
    if (query.exec(u"PRAGMA page_count"_s) && query.next())
        layout.pages = query.value(0).toLongLong();
    return layout;
}

// Overwrites one page of a closed library with garbage (the test's own descriptor: no
// connection of this process may be open on the file).
void overwritePage(const QString &path, qint64 page, int pageSize)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((page - 1) * pageSize));
    QByteArray garbage(pageSize, '\x5a');
    for (int i = 0; i < pageSize; i += 7)
        garbage[i] = char(i * 31);
    QCOMPARE(file.write(garbage), qint64(pageSize));
}

} // namespace

// Closing any descriptor of a file drops every POSIX lock this process holds on it: opening a
// second connection must never open the file outside SQLite, or another process would find
// the library unused, checkpoint and delete the WAL under the first connection.
void TestDatabase::openingKeepsOtherConnectionsLocks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    auto first = Database::open(path);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    ArticleStore store(**first);
    QVERIFY(store.upsert(numbered(u"before"_s, 1)).ok());
    QVERIFY(QFile::exists(path + u"-wal"_s));

    // A worker opens its own connection (as search and import do).
    bool workerOpened = false;
    QThread *worker = QThread::create([&] {
        auto second = Database::open(path);
        workerOpened = second.ok();
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(workerOpened);

    // Another process reads the library and closes it.
    QProcess other;
    other.start(QStringLiteral(BYLINE_BINARY), { u"--library"_s, path, u"list"_s });
    QVERIFY(other.waitForFinished(60000));
    QCOMPARE(other.exitCode(), 0);
    QVERIFY2(QFile::exists(path + u"-wal"_s), "the WAL was deleted under an open connection");

    for (int i = 0; i < 20; ++i)
        QVERIFY(store.upsert(numbered(u"after"_s, i)).ok());
    QSqlQuery query((*first)->connection());
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    query.finish();
    first->reset();
    QCOMPARE(scalar(path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM articles"_s).toInt(), 21);
}

// Eight connections writing and searching at once: a writer waits for another (BEGIN
// IMMEDIATE with the busy timeout) instead of failing with "database is locked".
void TestDatabase::concurrentWritersWait()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    { QVERIFY(Database::open(path).ok()); }
    constexpr int writers = 8;
    constexpr int perWriter = 40;
    QAtomicInt failures;
    QStringList messages;
    QMutex mutex;
    QList<QThread *> threads;
    for (int w = 0; w < writers; ++w) {
        threads.append(QThread::create([&, w] {
            auto db = Database::open(path);
            if (!db) {
                failures.ref();
                const QMutexLocker lock(&mutex);
                messages.append(db.error());
                return;
            }
            ArticleStore store(**db);
            for (int i = 0; i < perWriter; ++i) {
                QList<Article> batch { numbered(u"w%1"_s.arg(w), i),
                                       numbered(u"w%1b"_s.arg(w), i) };
                const Result<int> stored = store.insertBulk(batch);
                const auto hits = store.search(u"body number"_s, 20);
                const Status read = store.setRead(1, i % 2 == 0);
                if (!stored || !hits || !read) {
                    failures.ref();
                    const QMutexLocker lock(&mutex);
                    messages.append(!stored ? stored.error()
                                            : !hits ? hits.error() : read.error());
                }
            }
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QVERIFY2(failures.loadRelaxed() == 0, qPrintable(messages.join(u'\n')));
    QCOMPARE(scalar(path, u"SELECT count(*) FROM articles"_s).toInt(), writers * perWriter * 2);
    QCOMPARE(scalar(path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

// The schema and whatever fills a new library commit together or not at all.
void TestDatabase::creationIsOneTransaction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    Database::Options failing;
    failing.populate = [](Database &db) -> Status {
        if (!ArticleStore(db).upsert(numbered(u"sample"_s, 1)))
            return Error { u"could not store"_s };
        return Error { u"killed half-way"_s };
    };
    auto broken = Database::open(path, failing);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(u"killed half-way"_s), qPrintable(broken.error()));
    QCOMPARE(scalar(path, u"PRAGMA user_version"_s).toInt(), 0);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM sqlite_master"_s).toInt(), 0);

    int filled = 0;
    Database::Options filling;
    filling.populate = [&filled](Database &db) -> Status {
        ++filled;
        if (!ArticleStore(db).upsert(numbered(u"sample"_s, 1)))
            return Error { u"could not store"_s };
        return {};
    };
    {
        auto db = Database::open(path, filling);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY((*db)->wasCreated());
    }
    auto again = Database::open(path, filling);
    QVERIFY(again.ok() && !(*again)->wasCreated());
    QCOMPARE(filled, 1);
    QCOMPARE(*ArticleStore(**again).count({}), 1);
}

// Processes racing to create one library: one creates and fills it, the others wait and find
// it done ("table sources already exists" before).
void TestDatabase::racingCreatorsWait()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    QList<QProcess *> runs;
    for (int i = 0; i < 6; ++i) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        runs.append(process);
    }
    for (QProcess *process : std::as_const(runs))
        process->start(QStringLiteral(BYLINE_BINARY), { u"--library"_s, path, u"list"_s });
    for (QProcess *process : std::as_const(runs)) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAll().constData());
        delete process;
    }
    const int articles = scalar(path, u"SELECT count(*) FROM articles"_s).toInt();
    QVERIFY(articles > 0);
    auto db = Database::open(path);
    QVERIFY(db.ok());
    const auto sources = SourceStore(**db).list();
    QVERIFY(sources.ok());
    // The sample went in once: no article twice under one URL.
    QCOMPARE(scalar(path, u"SELECT count(DISTINCT url) FROM articles"_s).toInt(), articles);
}

// SQLITE_CORRUPT from any statement stops every connection of the process from writing; the
// file is left as it was.
void TestDatabase::damageStopsWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    const Layout layout = fillClosed(path, 400);
    QVERIFY(layout.pages > 0);
    const int pageSize = layout.pageSize;
    const qint64 leaf = layout.pages / 2; // somewhere inside the data
    overwritePage(path, leaf, pageSize);
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error())); // page 1 is fine: it opens, for export
    auto other = Database::open(path);
    QVERIFY(other.ok());
    QVERIFY(!(*db)->isDamaged());
    const Result<QStringList> problems = (*db)->check();
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QVERIFY(!problems->isEmpty());
    QVERIFY((*db)->isDamaged());
    QVERIFY((*other)->isDamaged()); // every connection of the process knows

    const auto stored = ArticleStore(**other).upsert(numbered(u"new"_s, 1));
    QVERIFY(!stored.ok());
    QVERIFY2(stored.error().contains(u"damaged"_s), qPrintable(stored.error()));
    QVERIFY(!ArticleStore(**db).setStarred(1, true).ok());
    QVERIFY(!ReadStore(**db).recordRead(1, 60).ok());
    db->reset();
    other->reset();
    QCOMPARE(fileHash(path), before);
}

// A damaged first page is named as damage, not as a missing FTS5.
void TestDatabase::firstPageDamagedIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    int pageSize = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(ArticleStore(**db).upsert(numbered(u"one"_s, 1)).ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        pageSize = query.value(0).toInt();
    }
    {
        // Keep the 100-byte header, break the schema table behind it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        QCOMPARE(file.write(QByteArray(pageSize - 100, '\x7f')), qint64(pageSize - 100));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(u"damaged"_s), qPrintable(db.error()));
    QVERIFY2(!db.error().contains(u"FTS5"_s), qPrintable(db.error()));
    QVERIFY2(db.error().contains(u"not changed"_s), qPrintable(db.error()));
    QCOMPARE(fileHash(path), before);
}

// A rollback-journal library held by another program's write: "locked", not "not a library".
void TestDatabase::lockedLibraryIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    exec(path, { u"PRAGMA journal_mode = DELETE"_s });
    // Another process holds an exclusive lock: the byline binary is that other program here.
    const QString lockName = u"tst_database_lock"_s;
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, lockName);
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(u"INSERT INTO sources (title, url, kind) VALUES ('x', 'y', 'site')"_s));

        QProcess other;
        other.start(QStringLiteral(BYLINE_BINARY), { u"--library"_s, path, u"list"_s });
        QVERIFY(other.waitForFinished(60000));
        const QString err = QString::fromUtf8(other.readAllStandardError());
        QCOMPARE(other.exitCode(), 1);
        QVERIFY2(err.contains(u"locked by another program"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"not a Byline library"_s), qPrintable(err));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        locker.close();
    }
    QSqlDatabase::removeDatabase(lockName);
}

void TestDatabase::nestedTransactions()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY(db.ok());
    ArticleStore store(**db);
    {
        WriteTransaction outer(**db);
        QVERIFY(outer.begun().ok());
        QVERIFY(store.upsert(numbered(u"kept"_s, 1)).ok()); // a savepoint inside
        {
            WriteTransaction inner(**db);
            QVERIFY(inner.begun().ok());
            QVERIFY(store.upsert(numbered(u"dropped"_s, 1)).ok());
        } // rolled back to the savepoint
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(*store.count({}), 1);
    {
        WriteTransaction abandoned(**db);
        QVERIFY(store.upsert(numbered(u"abandoned"_s, 1)).ok());
    }
    QCOMPARE(*store.count({}), 1);
}

// Opened for reading only: nothing is written, not even a migration or a new file.
void TestDatabase::readOnlyOption()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    Database::Options readOnly;
    readOnly.readOnly = true;
    QVERIFY(!Database::open(path, readOnly).ok());
    QVERIFY(!QFile::exists(path));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(ArticleStore(**db).upsert(numbered(u"kept"_s, 1)).ok());
    }
    const QByteArray before = fileHash(path);
    {
        auto db = Database::open(path, readOnly);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY((*db)->isReadOnly());
        QCOMPARE(*ArticleStore(**db).count({}), 1);
        QVERIFY(!ArticleStore(**db).upsert(numbered(u"refused"_s, 1)).ok());
        QVERIFY(!ArticleStore(**db).setStarred(1, true).ok());
    }
    QCOMPARE(fileHash(path), before);
    exec(path, { u"PRAGMA user_version = 0"_s, u"DROP TABLE IF EXISTS reads"_s });
    QVERIFY(!Database::open(path, readOnly).ok()); // would need creating: refused, untouched
}

// A page that breaks in the middle of a list is an error that marks the library damaged,
// never a shorter list returned as success.
void TestDatabase::truncatedReadsAreErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    const Layout layout = fillClosed(path, 400);
    QVERIFY(layout.pages > 0);
    const int pageSize = layout.pageSize;
    const qint64 pages = layout.pages;
    // Break every other page of the data (never the schema's pages, which opening reads):
    // whatever plan a list takes, it meets one.
    for (qint64 page = std::max(pages / 3, layout.schemaPages + 1); page <= pages; page += 2)
        overwritePage(path, page, pageSize);
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ArticleStore store(**db);
    const auto ids = store.listIds({}, ArticleOrder::Published);
    const auto page = store.listPage({}, ArticleOrder::Published, {}, 1000);
    QVERIFY2(!ids.ok() || ids->size() == 400, "a shorter id list returned as success");
    QVERIFY2(!page.ok() || page->rows.size() == 400, "a shorter page returned as success");
    QVERIFY(!ids.ok() || !page.ok());
    QVERIFY((*db)->isDamaged());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
