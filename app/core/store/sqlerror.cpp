// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerror.h"

#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

SqlError::Cause SqlError::cause(const QSqlError &error)
{
    if (!error.isValid())
        return Cause::Other;
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    // The Qt driver reports the primary code; an extended one keeps it in its low byte.
    switch (numeric ? code & 0xff : -1) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Cause::Damaged;
    case SQLITE_FULL:
        return Cause::DiskFull;
    case SQLITE_READONLY:
        return Cause::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Cause::Busy;
    case SQLITE_CANTOPEN:
        return Cause::CannotOpen;
    case SQLITE_IOERR:
        // A failed write is almost always a full disk or a file-size limit.
        return (code >> 8) == (SQLITE_IOERR_WRITE >> 8) || (code >> 8) == (SQLITE_IOERR_FSYNC >> 8)
                || (code >> 8) == (SQLITE_IOERR_TRUNCATE >> 8)
                || error.databaseText().contains(u"disk I/O error"_s)
            ? Cause::DiskFull
            : Cause::DiskError;
    default:
        break;
    }
    // Without a code, SQLite's words still tell.
    const QString text = error.databaseText();
    if (text.contains(u"malformed"_s) || text.contains(u"file is not a database"_s))
        return Cause::Damaged;
    if (text.contains(u"database or disk is full"_s))
        return Cause::DiskFull;
    if (text.contains(u"database is locked"_s))
        return Cause::Busy;
    return Cause::Other;
}

QString SqlError::remedy(Cause cause)
{
    switch (cause) {
    case Cause::Other:
        return {};
    case Cause::Damaged:
        return tr("The library file is damaged: Byline will not write to it. Save what can be "
                  "read with “byline export FILE” or File > Recover into a New Library.");
    case Cause::DiskFull:
        return tr("The disk is full (or a file-size limit was reached): free some space and try "
                  "again. Nothing was lost.");
    case Cause::ReadOnly:
        return tr("The library is read-only: Byline can show it but not change it.");
    case Cause::Busy:
        return tr("Another program is holding the library locked: close it, or try again in a "
                  "moment.");
    case Cause::CannotOpen:
        return tr("Check that the file and its folder exist and that you may read and write "
                  "them.");
    case Cause::DiskError:
        return tr("The disk reported an error: check the disk, then try again.");
    }
    return {};
}

Error SqlError::wrap(const QString &sentence, const QSqlError &error)
{
    QString message = sentence;
    const QString what = remedy(cause(error));
    if (!what.isEmpty())
        message += (message.isEmpty() ? QString() : u" "_s) + what;
    const QString detail = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                    : error.databaseText().trimmed();
    if (!detail.isEmpty())
        message += (message.isEmpty() ? u"("_s : u" ("_s) + detail + u")"_s;
    return Error { message };
}
