// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcestore.h"

#include "articlerow.h"
#include "database.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString kindName(Source::Kind kind)
{
    return kind == Source::Kind::Feed ? u"feed"_s : u"site"_s;
}

Source readSource(const QSqlQuery &query)
{
    Source source;
    source.id = query.value(0).toLongLong();
    source.title = query.value(1).toString();
    source.url = query.value(2).toString();
    source.kind = query.value(3).toString() == u"feed"_s ? Source::Kind::Feed : Source::Kind::Site;
    return source;
}

} // namespace

SourceStore::SourceStore(Database &db) : m_db(db) { }

Result<qint64> SourceStore::ensure(const Source &source)
{
    const QString url = source.url.trimmed();
    if (url.isEmpty())
        return Error { tr("A source needs a web address.") };
    if (Status writable = m_db.writable(); !writable)
        return Error { writable.error() };
    // One statement: insert, or refresh the title of the existing row; RETURNING gives the id.
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO sources (title, url, kind) VALUES (:title, :url, :kind) "
                  "ON CONFLICT (url) DO UPDATE SET title = CASE WHEN excluded.title <> '' "
                  "THEN excluded.title ELSE sources.title END RETURNING id"_s);
    query.bindValue(u":title"_s, ArticleRow::textValue(source.title.trimmed()));
    query.bindValue(u":url"_s, url);
    query.bindValue(u":kind"_s, kindName(source.kind));
    if (!query.exec() || !query.next())
        return m_db.fail(tr("Could not save the source %1.").arg(url), query.lastError());
    return query.value(0).toLongLong();
}

Result<Source> SourceStore::get(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT id, title, url, kind FROM sources WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return m_db.fail(tr("Could not read a source."), query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return m_db.fail(tr("Could not read a source."), query.lastError());
        return Error { tr("There is no source %1 in the library.").arg(id) };
    }
    return readSource(query);
}

Result<QList<Source>> SourceStore::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, title, url, kind FROM sources ORDER BY title COLLATE NOCASE, id"_s);
    if (!query.exec())
        return m_db.fail(tr("Could not read the sources."), query.lastError());
    QList<Source> sources;
    while (query.next())
        sources.append(readSource(query));
    if (query.lastError().isValid())
        return m_db.fail(tr("Could not read the sources."), query.lastError());
    return sources;
}
