// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactor.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Compactor::Compactor(Database &db) : m_db(db) { }

Status Compactor::compact()
{
    const QString failed = tr("Could not compact the library; it is unchanged.");
    if (Status writable = m_db.writable(); !writable)
        return Error { failed + u' ' + writable.error() };
    QSqlQuery query(m_db.connection());
    for (const QString &statement :
         { u"PRAGMA optimize"_s, u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s }) {
        if (!query.exec(statement))
            return m_db.fail(failed, query.lastError());
        while (query.next()) { } // the checkpoint answers with a row
        query.finish();
    }
    return {};
}
