// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "store/articlestore.h"
#include "store/sourcestore.h"

#include <QMetaObject>

#include <utility>

#include <algorithm>

namespace {
bool passes(const ArticleFilter &filter, const ArticleSummary &article)
{
    return (filter.sourceId == 0 || filter.sourceId == article.sourceId)
        && (filter.section.isEmpty() || filter.section == article.section)
        && (!filter.unreadOnly || !article.read) && (!filter.starredOnly || article.starred);
}
} // namespace

ArticleListModel::ArticleListModel(Database &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db)
{
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

const ArticleSummary *ArticleListModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    if (m_searching)
        return &m_hits.at(row).article;
    const auto it = m_cache.find(m_ids.at(row));
    if (it == m_cache.end() || it->stale)
        requestPage(row / pageSize);
    if (it == m_cache.end())
        return nullptr;
    it->lastUse = ++m_useClock;
    return &it->summary;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    const ArticleSummary *article = summaryAt(index.row());
    if (role == LoadedRole)
        return article != nullptr;
    if (!article)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return article->title;
    case SourceRole:
        return article->sourceTitle;
    case SectionRole:
        return article->section;
    case DateRole:
        return article->published.isValid() ? article->published : article->created;
    case ReadRole:
        return article->read;
    case StarredRole:
        return article->starred;
    case TitleHtmlRole:
        return m_searching ? m_hits.at(index.row()).titleHtml : QVariant();
    case SnippetHtmlRole:
        return m_searching ? m_hits.at(index.row()).snippetHtml : QVariant();
    case UrlRole:
        return article->canonicalUrl.isEmpty() ? article->url : article->canonicalUrl;
    default:
        return {};
    }
}

void ArticleListModel::requestPage(int page) const
{
    m_pendingPages.insert(page);
    if (m_fetchScheduled)
        return;
    m_fetchScheduled = true;
    auto *self = const_cast<ArticleListModel *>(this);
    QMetaObject::invokeMethod(self, &ArticleListModel::fetchPending, Qt::QueuedConnection);
}

void ArticleListModel::fetchPending()
{
    m_fetchScheduled = false;
    const QSet<int> pages = std::exchange(m_pendingPages, {});
    if (m_searching)
        return;
    ArticleStore store(m_db);
    for (const int page : pages) {
        const int first = page * pageSize;
        const int last = std::min<int>(first + pageSize, m_ids.size()) - 1;
        if (first > last)
            continue;
        QList<qint64> wanted;
        for (int row = first; row <= last; ++row) {
            const auto it = m_cache.constFind(m_ids.at(row));
            if (it == m_cache.cend() || it->stale)
                wanted.append(m_ids.at(row));
        }
        if (wanted.isEmpty())
            continue;
        const auto summaries = store.summaries(wanted);
        if (!summaries) {
            emit errorOccurred(summaries.error());
            continue;
        }
        ++m_pagesFetched;
        // Ids gone from the store (removed meanwhile) show as empty rows until the next refresh.
        for (const qint64 id : std::as_const(wanted)) {
            ArticleSummary gone;
            gone.id = id;
            m_cache.insert(id, Entry { gone, 0, false });
        }
        for (const ArticleSummary &summary : *summaries)
            m_cache.insert(summary.id, Entry { summary, ++m_useClock, false });
        emit dataChanged(index(first), index(last));
    }
    evict();
}

void ArticleListModel::evict()
{
    if (m_cache.size() <= maxCachedRows)
        return;
    // Drop the least recently used down to three quarters, so eviction runs once a few pages.
    QList<quint64> uses;
    uses.reserve(m_cache.size());
    for (const Entry &entry : std::as_const(m_cache))
        uses.append(entry.lastUse);
    const qsizetype drop = m_cache.size() - maxCachedRows * 3 / 4;
    std::nth_element(uses.begin(), uses.begin() + (drop - 1), uses.end());
    const quint64 cutoff = uses.at(drop - 1);
    m_cache.removeIf([cutoff](const auto &it) { return it.value().lastUse <= cutoff; });
}

Status ArticleListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    if (m_searching) {
        setSearchResults(QList<SearchHit>(m_allHits));
        return {};
    }
    return refresh();
}

Status ArticleListModel::setOrder(ArticleOrder order)
{
    if (order == m_order)
        return {};
    m_order = order;
    return refresh(); // search hits keep their ranking
}

Status ArticleListModel::refresh()
{
    if (m_searching)
        return {};
    const auto ids = ArticleStore(m_db).listIds(m_filter, m_order);
    if (!ids)
        return Error { ids.error() };
    // Keep what is cached, but fetch it again when shown: an import may have changed it.
    for (Entry &entry : m_cache)
        entry.stale = true;
    replaceRows(*ids, {});
    return {};
}

void ArticleListModel::replaceRows(QList<qint64> ids, QList<SearchHit> hits)
{
    // A layout change rather than a reset, so selections and the current row follow their
    // article to its new row (or go when it left the list).
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    QHash<qint64, int> newRows;
    for (const QModelIndex &index : before) {
        beforeIds.append(m_ids.value(index.row()));
        newRows.insert(beforeIds.last(), -1);
    }
    m_ids = std::move(ids);
    m_hits = std::move(hits);
    for (int row = 0; !newRows.isEmpty() && row < m_ids.size(); ++row) {
        const auto it = newRows.find(m_ids.at(row));
        if (it != newRows.end())
            *it = row;
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const qint64 id : std::as_const(beforeIds)) {
        const int row = newRows.value(id, -1);
        after.append(row >= 0 ? index(row) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void ArticleListModel::setSearchResults(const QList<SearchHit> &hits)
{
    QList<SearchHit> kept;
    QList<qint64> ids;
    for (const SearchHit &hit : hits) {
        if (passes(m_filter, hit.article)) {
            kept.append(hit);
            ids.append(hit.article.id);
        }
    }
    // Keep the unfiltered hits, so a filter change while searching can filter them again.
    m_allHits = hits;
    m_searching = true;
    m_pendingPages.clear();
    replaceRows(std::move(ids), std::move(kept));
}

void ArticleListModel::clearSearch()
{
    if (!m_searching)
        return;
    m_searching = false;
    m_allHits.clear();
    if (const Status status = refresh(); !status)
        emit errorOccurred(status.error());
}

qint64 ArticleListModel::idAt(int row) const
{
    return m_ids.value(row, 0);
}

int ArticleListModel::rowOf(qint64 id) const
{
    return id == 0 ? -1 : int(m_ids.indexOf(id));
}

Result<Article> ArticleListModel::article(qint64 id) const
{
    return ArticleStore(m_db).get(id);
}

void ArticleListModel::patch(qint64 id, const std::function<void(ArticleSummary &)> &change)
{
    if (const auto it = m_cache.find(id); it != m_cache.end())
        change(it->summary);
    for (SearchHit &hit : m_hits) {
        if (hit.article.id == id)
            change(hit.article);
    }
    for (SearchHit &hit : m_allHits) {
        if (hit.article.id == id)
            change(hit.article);
    }
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row), index(row), { ReadRole, StarredRole });
}

Status ArticleListModel::setRead(qint64 id, bool read)
{
    const Status status = ArticleStore(m_db).setRead(id, read);
    if (!status)
        return status;
    patch(id, [read](ArticleSummary &summary) { summary.read = read; });
    emit readChanged(id, read);
    return {};
}

Status ArticleListModel::setStarred(qint64 id, bool starred)
{
    const Status status = ArticleStore(m_db).setStarred(id, starred);
    if (!status)
        return status;
    patch(id, [starred](ArticleSummary &summary) { summary.starred = starred; });
    emit starredChanged(id, starred);
    return {};
}

Result<QList<Source>> ArticleListModel::sources() const
{
    return SourceStore(m_db).list();
}

Result<QStringList> ArticleListModel::sections() const
{
    return ArticleStore(m_db).sections();
}

Result<QList<DeletedArticle>> ArticleListModel::take(const QList<qint64> &ids)
{
    auto taken = ArticleStore(m_db).take(ids);
    if (!taken)
        return taken;
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    const auto isGone = [&gone](const SearchHit &hit) { return gone.contains(hit.article.id); };
    m_takenHits.clear();
    for (int i = 0; i < m_allHits.size(); ++i) {
        if (isGone(m_allHits.at(i)))
            m_takenHits.append({ i, m_allHits.at(i) });
    }
    m_allHits.removeIf(isGone);
    QList<qint64> rows = m_ids;
    QList<SearchHit> hits = m_hits;
    rows.removeIf([&gone](qint64 id) { return gone.contains(id); });
    hits.removeIf(isGone);
    for (const qint64 id : ids)
        m_cache.remove(id);
    replaceRows(std::move(rows), std::move(hits));
    return taken;
}

Result<QList<qint64>> ArticleListModel::restore(const QList<DeletedArticle> &articles)
{
    const auto restored = ArticleStore(m_db).restore(articles);
    if (!restored)
        return restored;
    if (m_searching && !m_takenHits.isEmpty()) {
        // Back among the search results, in their places (when they kept their ids).
        for (const auto &[place, hit] : std::as_const(m_takenHits)) {
            if (restored->contains(hit.article.id))
                m_allHits.insert(std::min<qsizetype>(place, m_allHits.size()), hit);
        }
        m_takenHits.clear();
        setSearchResults(QList<SearchHit>(m_allHits));
    }
    if (Status refreshed = refresh(); !refreshed)
        return Error { refreshed.error() };
    return restored;
}

Result<int> ArticleListModel::unreadCount() const
{
    if (m_searching) {
        return int(std::count_if(m_hits.cbegin(), m_hits.cend(),
                                 [](const SearchHit &hit) { return !hit.article.read; }));
    }
    ArticleFilter unread = m_filter;
    unread.unreadOnly = true;
    return ArticleStore(m_db).count(unread);
}

Result<QList<qint64>> ArticleListModel::unreadIds() const
{
    if (m_searching) {
        QList<qint64> ids;
        for (const SearchHit &hit : std::as_const(m_hits)) {
            if (!hit.article.read)
                ids.append(hit.article.id);
        }
        return ids;
    }
    ArticleFilter unread = m_filter;
    unread.unreadOnly = true;
    return ArticleStore(m_db).listIds(unread, m_order);
}

Status ArticleListModel::markedRead(const QList<qint64> &ids)
{
    if (m_searching) {
        for (const qint64 id : ids)
            patch(id, [](ArticleSummary &summary) { summary.read = true; });
    }
    for (const qint64 id : ids) {
        if (const auto it = m_cache.find(id); it != m_cache.end())
            it->summary.read = true;
    }
    if (Status refreshed = refresh(); !refreshed) // the Unread filter empties
        return refreshed;
    for (const qint64 id : ids)
        emit readChanged(id, true);
    return {};
}

Result<qint64> ArticleListModel::dataVersion() const
{
    return ArticleStore(m_db).dataVersion();
}
