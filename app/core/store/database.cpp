// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "ftssnippet.h"
#include "sqlerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// The statements of a script, split where SQLite itself says a statement is complete (so
// trigger bodies with their inner semicolons stay whole).
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QChar c : script) {
        current.append(c);
        if (c == u';' && sqlite3_complete(current.toUtf8().constData())) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    return statements;
}

// A non-empty file that does not start with the SQLite header is not a library.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

int Database::latestSchemaVersion()
{
    static const int latest = latestSchemaVersion(u":/sql"_s);
    return latest;
}

int Database::latestSchemaVersion(const QString &schemaDir)
{
    static const QRegularExpression pattern(u"^schema-(\\d+)\\.sql$"_s);
    int latest = 0;
    const QStringList files = QDir(schemaDir).entryList({ u"schema-*.sql"_s }, QDir::Files);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (match.hasMatch())
            latest = std::max(latest, match.captured(1).toInt());
    }
    return latest;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const Result<int> version = readUserVersion();
    return version ? *version : -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, u":/sql"_s);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &schemaDir)
{
    const int latest = latestSchemaVersion(schemaDir);
    if (latest < 1)
        return Error { tr("The library schema is missing from this build of Byline.") };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error { tr("Could not create the folder %1.").arg(info.absolutePath()) };
    if (info.exists() && info.isDir())
        return Error { tr("%1 is a folder, not a library file.").arg(path) };
    if (info.exists() && info.size() > 0 && !looksLikeSqlite(path))
        return Error {
            tr("%1 is not a Byline library (not a SQLite database). It was not changed.").arg(path)
        };

    static QAtomicInt counter;
    const QString name = u"byline-library-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), name));
    QSqlDatabase connection = db->connection();
    if (!connection.open())
        return SqlError::wrap(tr("Could not open the library %1.").arg(path),
                              connection.lastError());

    // Nothing below writes to the file until the version has been read and accepted.
    const Result<int> version = db->readUserVersion();
    if (!version)
        return Error {
            tr("%1 is not a Byline library. It was not changed. (%2)").arg(path, version.error())
        };
    if (*version > latest)
        return Error { tr("This library was made by a newer version of Byline (schema %1); this "
                          "version understands up to %2. It was not changed.")
                           .arg(*version)
                           .arg(latest) };
    if (*version == 0) {
        QSqlQuery query(connection);
        query.prepare(u"SELECT count(*) FROM sqlite_master"_s);
        if (!query.exec() || !query.next())
            return SqlError::wrap(tr("Could not read the library %1.").arg(path),
                                  query.lastError());
        if (query.value(0).toInt() > 0)
            return Error { tr("%1 is a SQLite database but not a Byline library. It was not "
                              "changed.")
                               .arg(path) };
    }
    if (Status fts = db->checkFts5(); !fts)
        return Error { fts.error() };
    if (Status snippets = FtsSnippet::install(connection); !snippets)
        return Error { snippets.error() };
    if (Status migrated = db->migrate(*version, latest, schemaDir); !migrated)
        return Error { migrated.error() };
    if (Status configured = db->configure(); !configured)
        return Error { configured.error() };
    db->m_created = *version == 0;
    return db;
}

Result<int> Database::readUserVersion() const
{
    QSqlQuery query(connection());
    query.prepare(u"PRAGMA user_version"_s);
    if (!query.exec() || !query.next())
        return SqlError::wrap(tr("Could not read the library version."), query.lastError());
    return query.value(0).toInt();
}

Status Database::checkFts5() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"CREATE VIRTUAL TABLE temp.byline_fts5_probe USING fts5(x)"_s))
        return SqlError::wrap(tr("This SQLite library has no full-text search (FTS5), which "
                                 "Byline needs. Install an SQLite built with FTS5."),
                              query.lastError());
    query.exec(u"DROP TABLE temp.byline_fts5_probe"_s);
    return {};
}

Status Database::migrate(int from, int to, const QString &schemaDir)
{
    for (int version = from + 1; version <= to; ++version) {
        if (Status applied = applyMigration(version, schemaDir); !applied)
            return applied;
    }
    return {};
}

Status Database::applyMigration(int version, const QString &schemaDir)
{
    QFile file(schemaDir + u"/schema-%1.sql"_s.arg(version));
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            tr("The library schema version %1 is missing from this build of Byline.").arg(version)
        };
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
    const QString failed = tr("Could not update the library to schema version %1; it was left "
                              "as it was.")
                               .arg(version);
    QSqlDatabase db = connection();
    if (!db.transaction())
        return SqlError::wrap(failed, db.lastError());
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            query.finish();
            db.rollback();
            return SqlError::wrap(failed, error);
        }
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !db.commit()) {
        const QSqlError error = query.lastError().isValid() ? query.lastError() : db.lastError();
        query.finish();
        db.rollback();
        return SqlError::wrap(failed, error);
    }
    return {};
}

Status Database::configure()
{
    QSqlQuery query(connection());
    const QStringList pragmas = { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA foreign_keys = ON"_s };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return SqlError::wrap(tr("Could not set up the library connection."),
                                  query.lastError());
    }
    return {};
}
