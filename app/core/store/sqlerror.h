// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

class QSqlError;

// Store errors: a sentence a person can read, then what to do, then SQLite's own words in
// parentheses.
class SqlError {
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    // What went wrong, as far as it changes what the user should do.
    enum class Cause {
        Other,
        Damaged, // SQLITE_CORRUPT, SQLITE_NOTADB: the file is broken
        DiskFull, // SQLITE_FULL, or a write that failed (SQLITE_IOERR_WRITE and kin)
        ReadOnly, // SQLITE_READONLY
        Busy, // SQLITE_BUSY, SQLITE_LOCKED: another program holds the library
        CannotOpen, // SQLITE_CANTOPEN
        DiskError, // other SQLITE_IOERR
    };

    static Cause cause(const QSqlError &error);
    // The sentence that says what to do about a cause; empty for Cause::Other.
    static QString remedy(Cause cause);
    static Error wrap(const QString &sentence, const QSqlError &error);
};
