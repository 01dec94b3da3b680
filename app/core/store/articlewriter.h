// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

// The prepared statements that store articles inside a write transaction the caller holds,
// reused for every article of a batch (ArticleStore's imports, FeedStore's refreshes). The
// dedupe rule lives here: normalised URL (canonical, else url), else source + title + published.
// After a failed call, failed() is true and lastError() says why.
class ArticleWriter {
public:
    explicit ArticleWriter(const QSqlDatabase &db);

    bool prepare();
    bool failed() const { return m_failed; }
    QSqlError lastError() const { return m_error; }

    // The dedupe key of an article: its normalised canonical url, else url; empty without one.
    static QString key(const Article &article);
    // The id of the stored article the given one is a copy of (by key, else source + title +
    // published); nullopt when there is none (or on failure: check failed()).
    std::optional<qint64> find(const Article &article, const QString &key);
    // A new row; keeps given created/updated times and read/starred state, else now.
    std::optional<qint64> insert(const Article &article, const QString &key, qint64 now);
    // Replaces the content of article `id`, keeping its id, read, starred and created time,
    // and its source and published time when the new ones are unknown.
    bool update(qint64 id, const Article &article, qint64 now);
    // update() but for the body: content_html, plain_text, word_count and language stay.
    bool updateKeepingBody(qint64 id, const Article &article, qint64 now);
    // find, then update or insert.
    std::optional<UpsertOutcome> write(const Article &article, qint64 now);

private:
    void bindContent(QSqlQuery &query, const Article &article);
    void fail(const QSqlQuery &query);

    QSqlQuery m_findByKey;
    QSqlQuery m_findWithoutUrl;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_updateKeepingBody;
    QSqlError m_error;
    bool m_failed = false;
};
