// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One connection to a library file, on the thread that opened it. Opening checks for FTS5,
// refuses a library made by a newer Byline (without writing to it) and applies the schema
// migrations from resources/sql, each in one transaction. Another thread opens its own Database
// on the same path.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path);
    // QStandardPaths::AppDataLocation/library.sqlite
    static QString defaultPath();
    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // True when open() found no library (or an empty one) and created the schema.
    bool wasCreated() const { return m_created; }

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
    bool m_created = false;
};
