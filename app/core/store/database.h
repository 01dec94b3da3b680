// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlError;

// One connection to a library file, on the thread that opened it. Only SQLite ever opens the
// file (closing any other descriptor of it would drop this process's locks). Opening refuses a
// file that is not a library, or one made by a newer Byline, without writing to it; creates or
// updates the schema in one write transaction that racing processes wait for; and opens a
// library that may not be written (read-only file, folder or mount) read-only.
// Another thread opens its own Database on the same path.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options {
        QString schemaDir = QStringLiteral(":/sql"); // schema-N.sql (tests use broken ones)
        // Fills a new library, inside the transaction that creates its schema.
        std::function<Status(Database &)> populate;
        // Open for reading only (recovering a damaged library): nothing is ever written, a
        // library that would need updating is refused, a missing one is not created.
        bool readOnly = false;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &schemaDir);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    // QStandardPaths::AppDataLocation/library.sqlite
    static QString defaultPath();
    static int latestSchemaVersion();
    static int latestSchemaVersion(const QString &schemaDir);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // True when open() found no library (or an empty one) and created the schema.
    bool wasCreated() const { return m_created; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    // Damage is shared by every connection of this process to the same file.
    bool isDamaged() const;
    QString damage() const; // what is wrong, or empty
    void markDamaged(const QString &reason);
    // Why writing is refused (damaged, or opened read-only); empty when it may be written.
    QString writeRefusal() const;
    Status writable() const;
    // PRAGMA quick_check (full: integrity_check): the problems found, empty when the file is
    // sound. Problems mark the library damaged. Error when the check itself could not run.
    Result<QStringList> check(bool full = false);
    // The error for a failed statement: the sentence, what to do, SQLite's words. Marks the
    // library damaged when SQLite answered SQLITE_CORRUPT or SQLITE_NOTADB.
    Error fail(const QString &sentence, const QSqlError &error);

    // Write transactions (see WriteTransaction): BEGIN IMMEDIATE, so a writer waits for another
    // instead of failing; nested calls become savepoints.
    Status begin();
    Status commit();
    void rollback();

private:
    Database(QString path, QString connectionName, QString readOnlyReason);
    Result<int> readUserVersion() const;
    Result<int> tableCount() const;
    Status checkFts5();
    Status migrate(int latest, const Options &options);
    Status applyMigration(int version, const QString &schemaDir);
    Status configure();
    Status exec(const QString &statement);
    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    int m_depth = 0; // open write transactions (1 = BEGIN, more = savepoints)
    bool m_created = false;
};
