// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionstore.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

PositionStore::PositionStore(Database &db) : m_db(db) { }

Status PositionStore::save(qint64 articleId, double position)
{
    const QString failed = tr("Could not remember the reading position.");
    if (Status writable = m_db.writable(); !writable)
        return Error { failed + u' ' + writable.error() };
    position = std::isfinite(position) ? std::clamp(position, 0.0, 1.0) : 0.0;
    QSqlQuery query(m_db.connection());
    if (position < topThreshold) {
        query.prepare(u"DELETE FROM reading_positions WHERE article_id = :article"_s);
        query.bindValue(u":article"_s, articleId);
    } else {
        // Nothing is remembered for an article that is gone (deleted meanwhile).
        query.prepare(u"INSERT INTO reading_positions (article_id, position, updated) "
                      "SELECT id, :position, :updated FROM articles WHERE id = :article "
                      "ON CONFLICT (article_id) "
                      "DO UPDATE SET position = excluded.position, updated = excluded.updated"_s);
        query.bindValue(u":article"_s, articleId);
        query.bindValue(u":position"_s, position);
        query.bindValue(u":updated"_s, QDateTime::currentMSecsSinceEpoch());
    }
    if (!query.exec())
        return m_db.fail(failed, query.lastError());
    return {};
}

Result<double> PositionStore::position(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT position FROM reading_positions WHERE article_id = :article"_s);
    query.bindValue(u":article"_s, articleId);
    const QString failed = tr("Could not read the reading position.");
    if (!query.exec())
        return m_db.fail(failed, query.lastError());
    if (query.next())
        return std::clamp(query.value(0).toDouble(), 0.0, 1.0);
    if (query.lastError().isValid())
        return m_db.fail(failed, query.lastError());
    return 0.0;
}
