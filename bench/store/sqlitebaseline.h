// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QByteArray>
#include <QList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// The yardstick for ArticleStore::insertBulk: the same rows into the same schema (and FTS
// triggers) with plain sqlite3 prepared statements, one transaction per batch, UTF-8 prepared
// beforehand. Also writes the synthetic reads.
class SqliteBaseline {
public:
    struct Row {
        qint64 sourceId = 0;
        QByteArray url, urlKey, canonicalUrl, title, deck, section, author, language, summary,
            contentHtml, plainText, leadImageUrl;
        qint64 published = 0; // 0: NULL
        qint64 fetched = 0;
        qint64 created = 0;
        int wordCount = 0;
    };
    struct Read {
        qint64 article;
        qint64 at;
        int seconds;
    };

    ~SqliteBaseline();
    bool open(const QString &path);
    QString lastError() const;
    static Row rowFrom(const Article &article); // the conversion, done before timing

    bool insertSources(int count);
    bool insertArticles(const std::vector<Row> &rows, qint64 now);
    bool insertReads(const std::vector<Read> &reads);
    bool exec(const char *sql);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};
