// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "ftssnippet.h"
#include "sqlerror.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

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

// Damage found by any connection of this process, by library path: once one connection sees
// it, no connection writes.
struct DamageRegistry {
    QMutex mutex;
    QHash<QString, QString> reasons;
};

DamageRegistry &damageRegistry()
{
    static DamageRegistry registry;
    return registry;
}

const QString busyTimeout = u"QSQLITE_BUSY_TIMEOUT=5000"_s;

Error newerLibrary(int version, int latest)
{
    return Error { QCoreApplication::translate(
                       "Database",
                       "This library was made by a newer version of Byline (schema %1); this "
                       "version understands up to %2. It was not changed.")
                       .arg(version)
                       .arg(latest) };
}

Error unreadableLibrary(const QString &path, const QString &detail)
{
    return Error { QCoreApplication::translate(
                       "Database",
                       "The library %1 is damaged and cannot be read (%2). It was not "
                       "changed; restore it from a backup or a Byline export.")
                       .arg(path, detail) };
}

} // namespace

Database::Database(QString path, QString connectionName, QString readOnlyReason)
    : m_path(std::move(path)),
      m_connectionName(std::move(connectionName)),
      m_readOnlyReason(std::move(readOnlyReason))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(isReadOnly() ? busyTimeout + u";QSQLITE_OPEN_READONLY"_s : busyTimeout);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_depth > 0) {
            m_depth = 1;
            rollback();
        }
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
    return open(path, Options());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &schemaDir)
{
    Options options;
    options.schemaDir = schemaDir;
    return open(path, options);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const int latest = latestSchemaVersion(options.schemaDir);
    if (latest < 1)
        return Error { tr("The library schema is missing from this build of Byline.") };
    // Only stat() here: the file itself is opened by SQLite alone.
    const QFileInfo info(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath()))
        return Error { tr("Could not create the folder %1.").arg(folder) };
    if (info.exists() && info.isDir())
        return Error { tr("%1 is a folder, not a library file.").arg(path) };
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!info.exists() && !folderWritable)
        return Error { tr("Could not create the library %1: the folder %2 is read-only.")
                           .arg(path, folder) };
    QString readOnly;
    if (info.exists() && !info.isWritable())
        readOnly = tr("The library file %1 is read-only: Byline shows it but will not change "
                      "it. Make it writable to import, mark or delete articles.")
                       .arg(path);
    else if (info.exists() && !folderWritable)
        readOnly = tr("The library's folder %1 is read-only: Byline shows the library but will "
                      "not change it. Make the folder writable to import, mark or delete "
                      "articles.")
                       .arg(folder);

    if (options.readOnly && !info.exists())
        return Error { tr("There is no library at %1.").arg(path) };
    if (options.readOnly && readOnly.isEmpty())
        readOnly = tr("The library %1 is open for reading only.").arg(path);

    static QAtomicInt counter;
    const QString name = u"byline-library-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), name, readOnly));
    QSqlDatabase connection = db->connection();
    const QString unchanged = tr("It was not changed.");
    if (!connection.open())
        return SqlError::wrap(tr("Could not open the library %1.").arg(path) + u' ' + unchanged,
                              connection.lastError());

    // Nothing below writes to the file until the version has been read and accepted.
    Result<int> version = db->readUserVersion();
    if (!version && db->isReadOnly()) {
        // A WAL library in a read-only folder cannot get its shared-memory file: read it as
        // an immutable file (nobody can write there either).
        connection.close();
        connection.setConnectOptions(busyTimeout + u";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        connection.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath())
                                           .toString(QUrl::FullyEncoded)
                                   + u"?immutable=1"_s);
        if (!connection.open())
            return SqlError::wrap(tr("Could not open the library %1.").arg(path) + u' '
                                      + unchanged,
                                  connection.lastError());
        version = db->readUserVersion();
    }
    if (!version)
        return Error { version.error() };
    if (*version > latest)
        return newerLibrary(*version, latest);
    if (*version == 0) {
        const Result<int> tables = db->tableCount();
        if (!tables)
            return Error { tables.error() };
        if (*tables > 0)
            return Error { tr("%1 is a SQLite database but not a Byline library. It was not "
                              "changed.")
                               .arg(path) };
    }
    if (Status fts = db->checkFts5(); !fts)
        return Error { fts.error() };
    if (Status snippets = FtsSnippet::install(connection); !snippets)
        return Error { snippets.error() };
    if (*version < latest) {
        if (db->isReadOnly())
            return Error { tr("The library %1 needs updating to this version of Byline, but it "
                              "is read-only. It was not changed.")
                               .arg(path) };
        if (Status migrated = db->migrate(latest, options); !migrated)
            return Error { migrated.error() };
    }
    if (Status configured = db->configure(); !configured)
        return Error { configured.error() };
    return db;
}

Result<int> Database::readUserVersion() const
{
    QSqlQuery query(connection());
    query.prepare(u"PRAGMA user_version"_s);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    const QSqlError error = query.lastError();
    const QString path = QDir::toNativeSeparators(m_path);
    switch (SqlError::cause(error)) {
    case SqlError::Cause::Damaged:
        if (error.databaseText().contains(u"not a database"_s))
            return Error { tr("%1 is not a Byline library (not a SQLite database). It was not "
                              "changed.")
                               .arg(path) };
        return unreadableLibrary(path, error.databaseText());
    case SqlError::Cause::Busy:
        return Error { tr("The library %1 is locked by another program. It was not changed. "
                          "Close that program, or try again in a moment.")
                           .arg(path) };
    default:
        return SqlError::wrap(tr("Could not read the library %1. It was not changed.").arg(path),
                              error);
    }
}

Result<int> Database::tableCount() const
{
    QSqlQuery query(connection());
    query.prepare(u"SELECT count(*) FROM sqlite_master"_s);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return SqlError::wrap(tr("Could not read the library %1. It was not changed.")
                              .arg(QDir::toNativeSeparators(m_path)),
                          query.lastError());
}

Status Database::checkFts5()
{
    QSqlQuery query(connection());
    if (query.exec(u"CREATE VIRTUAL TABLE temp.byline_fts5_probe USING fts5(x)"_s)) {
        query.exec(u"DROP TABLE temp.byline_fts5_probe"_s);
        return {};
    }
    const QSqlError error = query.lastError();
    // The probe also reads the schema: a damaged or locked file fails it for its own reason.
    const QString path = QDir::toNativeSeparators(m_path);
    if (SqlError::cause(error) == SqlError::Cause::Damaged)
        return unreadableLibrary(path, error.databaseText());
    if (SqlError::cause(error) == SqlError::Cause::Other
        && error.databaseText().contains(u"fts5"_s))
        return SqlError::wrap(tr("This SQLite library has no full-text search (FTS5), which Byline "
                                 "needs. Install an SQLite built with FTS5."),
                              error);
    return SqlError::wrap(tr("Could not read the library %1. It was not changed.").arg(path),
                          error);
}

// Creating or updating the schema (and filling a new library) is one write transaction. A
// racing process waits at BEGIN IMMEDIATE, then finds the work done.
Status Database::migrate(int latest, const Options &options)
{
    const QString failed = tr("Could not create or update the library; it was left as it was.");
    if (Status begun = begin(); !begun)
        return Error { failed + u' ' + begun.error() };
    const Result<int> current = readUserVersion();
    if (!current) {
        rollback();
        return Error { current.error() };
    }
    if (*current > latest) {
        rollback();
        return newerLibrary(*current, latest);
    }
    for (int version = *current + 1; version <= latest; ++version) {
        if (Status applied = applyMigration(version, options.schemaDir); !applied) {
            rollback();
            return applied;
        }
    }
    if (*current == 0 && options.populate) {
        if (Status filled = options.populate(*this); !filled) {
            rollback();
            return Error { failed + u' ' + filled.error() };
        }
    }
    if (Status committed = commit(); !committed)
        return Error { failed + u' ' + committed.error() };
    m_created = *current == 0;
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
    for (const QString &statement : statements) {
        QSqlQuery query(connection());
        if (!query.exec(statement))
            return fail(failed, query.lastError());
    }
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
        return fail(failed, query.lastError());
    return {};
}

Status Database::configure()
{
    QStringList pragmas = { u"PRAGMA foreign_keys = ON"_s };
    if (!isReadOnly())
        pragmas += { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s };
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery query(connection());
        if (!query.exec(pragma))
            return SqlError::wrap(tr("Could not set up the library connection."),
                                  query.lastError());
    }
    return {};
}

bool Database::isDamaged() const
{
    return !damage().isEmpty();
}

QString Database::damage() const
{
    DamageRegistry &registry = damageRegistry();
    const QMutexLocker lock(&registry.mutex);
    return registry.reasons.value(m_path);
}

void Database::markDamaged(const QString &reason)
{
    DamageRegistry &registry = damageRegistry();
    const QMutexLocker lock(&registry.mutex);
    if (!registry.reasons.contains(m_path))
        registry.reasons.insert(m_path, reason.isEmpty() ? tr("the file is damaged") : reason);
}

QString Database::writeRefusal() const
{
    if (const QString reason = damage(); !reason.isEmpty())
        return tr("The library %1 is damaged (%2): Byline will not write to it. Save what can "
                  "be read with “byline export FILE” or File > Recover into a New "
                  "Library.")
            .arg(QDir::toNativeSeparators(m_path), reason);
    return m_readOnlyReason;
}

Status Database::writable() const
{
    if (const QString refusal = writeRefusal(); !refusal.isEmpty())
        return Error { refusal };
    return {};
}

Result<QStringList> Database::check(bool full)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s)) {
        const QSqlError error = query.lastError();
        if (SqlError::cause(error) == SqlError::Cause::Damaged) {
            markDamaged(error.databaseText());
            return QStringList { error.databaseText() };
        }
        return SqlError::wrap(tr("Could not check the library."), error);
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    if (query.lastError().isValid()) {
        const QSqlError error = query.lastError();
        if (SqlError::cause(error) != SqlError::Cause::Damaged)
            return SqlError::wrap(tr("Could not check the library."), error);
        problems.append(error.databaseText());
    }
    if (!problems.isEmpty())
        markDamaged(problems.first());
    return problems;
}

Error Database::fail(const QString &sentence, const QSqlError &error)
{
    if (SqlError::cause(error) == SqlError::Cause::Damaged)
        markDamaged(error.databaseText());
    return SqlError::wrap(sentence, error);
}

Status Database::exec(const QString &statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return fail(QString(), query.lastError()); // the caller says what was not saved
    return {};
}

Status Database::begin()
{
    if (m_depth > 0) {
        if (Status saved = exec(u"SAVEPOINT byline_%1"_s.arg(m_depth)); !saved)
            return saved;
        ++m_depth;
        return {};
    }
    if (Status ok = writable(); !ok)
        return ok;
    if (Status begun = exec(u"BEGIN IMMEDIATE"_s); !begun)
        return begun;
    m_depth = 1;
    return {};
}

Status Database::commit()
{
    if (m_depth <= 0)
        return Error { tr("Could not save the change.") };
    if (m_depth > 1) {
        --m_depth;
        return exec(u"RELEASE byline_%1"_s.arg(m_depth));
    }
    // A failed COMMIT (a full disk, say) leaves the transaction open: roll it back.
    if (Status committed = exec(u"COMMIT"_s); !committed) {
        rollback();
        return committed;
    }
    m_depth = 0;
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    QSqlQuery query(connection());
    if (m_depth > 1) {
        --m_depth;
        query.exec(u"ROLLBACK TO byline_%1"_s.arg(m_depth));
        query.exec(u"RELEASE byline_%1"_s.arg(m_depth));
        return;
    }
    query.exec(u"ROLLBACK"_s);
    m_depth = 0;
}
