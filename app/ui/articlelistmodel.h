// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/article.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

class Database;

// The library list. Holds the ordered id list of the filter (8 bytes a row) and fetches
// summaries a page at a time, on demand, into a bounded cache: data() never runs SQL, it asks
// for the page and the rows fill in on the next turn of the event loop. A search replaces the
// rows with its hits (title and snippet with <mark>ed terms) until clearSearch().
class ArticleListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LoadedRole, // false while the row's page is being fetched
        SourceRole,
        SectionRole,
        DateRole, // published, else added (UTC)
        ReadRole,
        StarredRole,
        TitleHtmlRole, // search hits only
        SnippetHtmlRole, // search hits only
        UrlRole, // canonical url, else url; empty without one
    };
    static constexpr int pageSize = 100;
    static constexpr int maxCachedRows = 2000;

    explicit ArticleListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    ArticleFilter filter() const { return m_filter; }
    Status setFilter(const ArticleFilter &filter);
    ArticleOrder order() const { return m_order; }
    Status setOrder(ArticleOrder order); // keeps the selection, like refresh()
    // Reloads the id list; views keep their selection and current row (by article id).
    Status refresh();
    void setSearchResults(const QList<SearchHit> &hits);
    void clearSearch();
    bool isSearching() const { return m_searching; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not in the list
    Result<Article> article(qint64 id) const;
    Status setRead(qint64 id, bool read);
    Status setStarred(qint64 id, bool starred);
    // Deletes the articles (their rows go, the other rows keep their selection); returns them
    // with their reads, for restore().
    Result<QList<DeletedArticle>> take(const QList<qint64> &ids);
    Result<QList<qint64>> restore(const QList<DeletedArticle> &articles); // their ids now
    // Unread articles among the rows (the filter's, or the search hits shown).
    Result<int> unreadCount() const;
    // The unread rows (the filter's, or the search hits shown), for Mark All as Read.
    Result<QList<qint64>> unreadIds() const;
    // After these were marked read (on another connection): the rows, the cache and the filter.
    Status markedRead(const QList<qint64> &ids);
    // Changes when another connection (command line, another Byline) commits to the library.
    Result<qint64> dataVersion() const;
    Result<QList<Source>> sources() const;
    Result<QStringList> sections() const;

    int cachedRowCount() const { return int(m_cache.size()); }
    int pagesFetched() const { return m_pagesFetched; }
    void fetchPending(); // what the event loop does next; tests call it directly

signals:
    void errorOccurred(const QString &message);
    void readChanged(qint64 id, bool read);
    void starredChanged(qint64 id, bool starred);

private:
    struct Entry {
        ArticleSummary summary;
        quint64 lastUse = 0;
        bool stale = false;
    };
    const ArticleSummary *summaryAt(int row) const;
    void requestPage(int page) const;
    void evict();
    void patch(qint64 id, const std::function<void(ArticleSummary &)> &change);
    void replaceRows(QList<qint64> ids, QList<SearchHit> hits);

    Database &m_db;
    ArticleFilter m_filter;
    ArticleOrder m_order = ArticleOrder::Published;
    QList<qint64> m_ids;
    QList<SearchHit> m_hits; // while searching: the rows, in step with m_ids
    QList<SearchHit> m_allHits; // while searching: every hit, before the filter
    QList<std::pair<int, SearchHit>> m_takenHits; // the last take()'s hits and their places
    bool m_searching = false;
    mutable QHash<qint64, Entry> m_cache;
    mutable QSet<int> m_pendingPages;
    mutable bool m_fetchScheduled = false;
    mutable quint64 m_useClock = 0;
    int m_pagesFetched = 0;
};
