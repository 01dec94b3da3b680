// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readhistory.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<QHash<qint64, QList<ArticleRead>>> ReadHistory::all(Database &db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT article_id, at, seconds FROM reads ORDER BY article_id, at, id"_s))
        return Error { tr("Could not read the reading history: %1").arg(query.lastError().text()) };
    QHash<qint64, QList<ArticleRead>> reads;
    while (query.next()) {
        ArticleRead read;
        read.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        read.seconds = query.value(2).toInt();
        reads[query.value(0).toLongLong()].append(read);
    }
    return reads;
}
