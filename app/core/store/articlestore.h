// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <optional>

class Database;

// Articles: the only place with SQL about them. One statement or one transaction per call.
class ArticleStore {
    Q_DECLARE_TR_FUNCTIONS(ArticleStore)

public:
    explicit ArticleStore(Database &db);

    // Dedupes by normalised URL (canonical, else url), else by source + title + published.
    // An existing article keeps its id, read and starred state and created time.
    Result<UpsertOutcome> upsert(const Article &article);
    // All in one transaction; returns how many were stored as new articles (the others updated
    // an existing one). Same dedupe rules as upsert. Both keep a given created time and read/
    // starred state for a new article (imports); otherwise created is now. `outcomes`, when
    // given, receives each article's id and whether it was new, in order, once committed.
    Result<int> insertBulk(const QList<Article> &articles,
                           QList<UpsertOutcome> *outcomes = nullptr);

    Result<Article> get(qint64 id) const; // Error when there is no such article
    Result<ArticlePage> listPage(const ArticleFilter &filter, ArticleOrder order,
                                 const PageCursor &after, int limit = 100) const;
    Result<int> count(const ArticleFilter &filter) const;
    Result<QStringList> sections() const;
    // Every id in list order (for models that page over a whole filter).
    Result<QList<qint64>> listIds(const ArticleFilter &filter, ArticleOrder order) const;
    // Summaries of the given ids, in the given order; missing ids are skipped, and so are the
    // ids on a damaged page (which marks the library damaged).
    Result<QList<ArticleSummary>> summaries(const QList<qint64> &ids) const;

    // FTS5 over title, deck, author and text, bm25-ranked (see FtsQuery for how words match).
    // Any user text is safe. A query matching more than rankedMatchLimit articles ranks only
    // the rankedMatchLimit most recently added of them (bm25 would otherwise score every row).
    static constexpr int rankedMatchLimit = 1000;
    Result<QList<SearchHit>> search(const QString &userText, int limit = 50) const;

    Status setRead(qint64 id, bool read);
    Status setStarred(qint64 id, bool starred);
    // Deletes the article; its search entry (trigger) and reads (foreign key) go with it.
    Status remove(qint64 id);
    // Deletes the articles and returns them with their reads, for restore(). One transaction:
    // an unknown id deletes nothing.
    Result<QList<DeletedArticle>> take(const QList<qint64> &ids);
    // Puts taken articles back with their ids, state, times and reads, in one transaction;
    // returns their ids. An id taken meanwhile (SQLite reuses the highest id) gets a new one;
    // an article whose url came back meanwhile stays as it is now (its id is returned).
    Result<QList<qint64>> restore(const QList<DeletedArticle> &articles);
    // Marks every unread article of the filter read in one statement; how many changed.
    Result<int> markAllRead(const ArticleFilter &filter);
    // Marks the given articles read in one statement (search results); how many changed.
    Result<int> markRead(const QList<qint64> &ids);
    // SQLite's PRAGMA data_version on this connection: changes when another connection
    // (the command line, another Byline, a worker thread) commits a change to the file.
    Result<qint64> dataVersion() const;

private:
    Result<QList<ReadRecord>> readsOf(qint64 id) const;
    Result<qint64> insertWithId(const DeletedArticle &deleted);
    std::optional<qint64> existingId(const QString &sql, const QVariant &value, QSqlError &error);
    QSqlError readSummaries(const QList<qint64> &part, QHash<qint64, ArticleSummary> &found) const;
    // One UPDATE of a 0/1 column (statement binds :value and :id).
    Status setFlag(const QString &statement, qint64 id, bool value, const QString &failure);

    Database &m_db;
};
