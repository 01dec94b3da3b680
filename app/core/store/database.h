// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// One connection to a library file, on the thread that opened it. Opening checks for FTS5,
// refuses a library made by a newer Byline (without writing to it) and applies the schema
// migrations from resources/sql, each in one transaction. Another thread opens its own Database
// on the same path.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path);
    // As open(), with the schema-N.sql files taken from schemaDir (tests use a broken migration).
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &schemaDir);
    // QStandardPaths::AppDataLocation/library.sqlite
    static QString defaultPath();
    static int latestSchemaVersion();
    static int latestSchemaVersion(const QString &schemaDir);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // True when open() found no library (or an empty one) and created the schema.
    bool wasCreated() const { return m_created; }

private:
    Database(QString path, QString connectionName);
    Result<int> readUserVersion() const;
    Status checkFts5() const;
    Status migrate(int from, int to, const QString &schemaDir);
    Status applyMigration(int version, const QString &schemaDir);
    Status configure();
    QString m_path;
    QString m_connectionName;
    bool m_created = false;
};
