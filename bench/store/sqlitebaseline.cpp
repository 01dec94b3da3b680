// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebaseline.h"

#include "store/urlnormalizer.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

void bindText(sqlite3_stmt *statement, int index, const QByteArray &text)
{
    sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

void bindTime(sqlite3_stmt *statement, int index, qint64 ms)
{
    if (ms == 0)
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_int64(statement, index, ms);
}

} // namespace

SqliteBaseline::~SqliteBaseline()
{
    sqlite3_finalize(m_insert);
    sqlite3_close(m_db);
}

bool SqliteBaseline::open(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(m_db, 5000);
    return exec("PRAGMA journal_mode = WAL") && exec("PRAGMA synchronous = NORMAL")
        && exec("PRAGMA foreign_keys = ON")
        && sqlite3_prepare_v2(m_db,
                              "INSERT INTO articles (source_id, url, url_key, canonical_url, "
                              "title, deck, section, author, published, fetched, language, "
                              "summary, content_html, plain_text, word_count, "
                              "lead_image_url, read, starred, created, updated) VALUES "
                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)",
                              -1, &m_insert, nullptr)
        == SQLITE_OK;
}

QString SqliteBaseline::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"not open"_s;
}

bool SqliteBaseline::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

SqliteBaseline::Row SqliteBaseline::rowFrom(const Article &a)
{
    Row row;
    row.sourceId = a.sourceId;
    row.url = a.url.toUtf8();
    row.urlKey
        = UrlNormalizer::normalize(a.canonicalUrl.isEmpty() ? a.url : a.canonicalUrl).toUtf8();
    row.canonicalUrl = a.canonicalUrl.toUtf8();
    row.title = a.title.toUtf8();
    row.deck = a.deck.toUtf8();
    row.section = a.section.toUtf8();
    row.author = a.author.toUtf8();
    row.language = a.language.toUtf8();
    row.summary = a.summary.toUtf8();
    row.contentHtml = a.contentHtml.toUtf8();
    row.plainText = a.plainText.toUtf8();
    row.leadImageUrl = a.leadImageUrl.toUtf8();
    row.published = a.published.isValid() ? a.published.toMSecsSinceEpoch() : 0;
    row.fetched = a.fetched.isValid() ? a.fetched.toMSecsSinceEpoch() : 0;
    row.created = a.created.isValid() ? a.created.toMSecsSinceEpoch() : 0;
    row.wordCount = a.wordCount;
    return row;
}

bool SqliteBaseline::insertSources(int count)
{
    sqlite3_stmt *statement = nullptr;
    if (!exec("BEGIN")
        || sqlite3_prepare_v2(m_db, "INSERT INTO sources (title, url, kind) VALUES (?, ?, 'feed')",
                              -1, &statement, nullptr)
            != SQLITE_OK)
        return false;
    bool ok = true;
    for (int i = 1; ok && i <= count; ++i) {
        const QByteArray title = u"Source %1"_s.arg(i).toUtf8();
        const QByteArray url = u"https://source%1.example/feed.xml"_s.arg(i).toUtf8();
        bindText(statement, 1, title);
        bindText(statement, 2, url);
        ok = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return exec(ok ? "COMMIT" : "ROLLBACK") && ok;
}

bool SqliteBaseline::insertArticles(const std::vector<Row> &rows, qint64 now)
{
    if (!exec("BEGIN"))
        return false;
    bool ok = true;
    for (const Row &row : rows) {
        sqlite3_stmt *s = m_insert;
        if (row.sourceId > 0)
            sqlite3_bind_int64(s, 1, row.sourceId);
        else
            sqlite3_bind_null(s, 1);
        bindText(s, 2, row.url);
        if (row.urlKey.isEmpty())
            sqlite3_bind_null(s, 3);
        else
            bindText(s, 3, row.urlKey);
        bindText(s, 4, row.canonicalUrl);
        bindText(s, 5, row.title);
        bindText(s, 6, row.deck);
        bindText(s, 7, row.section);
        bindText(s, 8, row.author);
        bindTime(s, 9, row.published);
        bindTime(s, 10, row.fetched);
        bindText(s, 11, row.language);
        bindText(s, 12, row.summary);
        bindText(s, 13, row.contentHtml);
        bindText(s, 14, row.plainText);
        sqlite3_bind_int(s, 15, row.wordCount);
        bindText(s, 16, row.leadImageUrl);
        sqlite3_bind_int64(s, 17, row.created ? row.created : now);
        sqlite3_bind_int64(s, 18, now);
        ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
        if (!ok)
            break;
    }
    return exec(ok ? "COMMIT" : "ROLLBACK") && ok;
}

bool SqliteBaseline::insertReads(const std::vector<Read> &reads)
{
    sqlite3_stmt *statement = nullptr;
    if (!exec("BEGIN")
        || sqlite3_prepare_v2(m_db, "INSERT INTO reads (article_id, at, seconds) VALUES (?, ?, ?)",
                              -1, &statement, nullptr)
            != SQLITE_OK)
        return false;
    bool ok = true;
    for (const Read &read : reads) {
        sqlite3_bind_int64(statement, 1, read.article);
        sqlite3_bind_int64(statement, 2, read.at);
        sqlite3_bind_int(statement, 3, read.seconds);
        ok = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
        if (!ok)
            break;
    }
    sqlite3_finalize(statement);
    return exec(ok ? "COMMIT" : "ROLLBACK") && ok;
}
