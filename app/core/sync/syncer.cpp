// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncer.h"

#include "feeds/feedarticlebuilder.h"
#include "feeds/parsedfeed.h"
#include "store/feedstore.h"
#include "store/syncstore.h"
#include "ttrssclient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
constexpr int pageSize = 200;

qint64 idOf(const QJsonObject &object, const QString &key = u"id"_s)
{
    return object.value(key).toVariant().toLongLong();
}

QString itemKey(qint64 remoteId)
{
    return u"ttrss:"_s + QString::number(remoteId);
}
} // namespace

Syncer::Syncer(Database &db, qint64 accountId, TtRssClient &client)
    : m_db(db), m_account(accountId), m_client(client)
{
}

void Syncer::report(const QString &message) const
{
    if (m_progress)
        m_progress(message);
}

Result<SyncSummary> Syncer::run()
{
    m_client.setCancelFlag(m_cancelled);
    const Result<SyncSummary> summary = round();
    if (!summary) {
        // since_id is kept: the next round pulls again what this one did not finish.
        (void)SyncStore(m_db).recordSync(m_account, QDateTime::currentDateTimeUtc(),
                                         summary.error(), 0);
    }
    return summary;
}

Result<SyncSummary> Syncer::round()
{
    SyncSummary summary;
    const auto account = SyncStore(m_db).account(m_account);
    if (!account)
        return Error { account.error() };
    if (Status pushed = push(summary); !pushed)
        return Error { pushed.error() };
    if (Status feeds = pullFeeds(summary); !feeds)
        return Error { feeds.error() };
    const Result<qint64> since = pullArticles(account->sinceId, summary);
    if (!since)
        return Error { since.error() };
    if (Status flags = pullFlags(summary); !flags)
        return Error { flags.error() };
    if (Status recorded = SyncStore(m_db).recordSync(m_account, QDateTime::currentDateTimeUtc(),
                                                     QString(), *since);
        !recorded)
        return Error { recorded.error() };
    return summary;
}

Status Syncer::push(SyncSummary &summary)
{
    SyncStore store(m_db);
    const auto changes = store.pending(m_account);
    if (!changes)
        return Error { changes.error() };
    for (const SyncChange &change : *changes) {
        if (cancelled())
            return Error { tr("Cancelled.") };
        report(tr("Sending change %1 of %2").arg(summary.sent + 1).arg(changes->size()));
        Status sent;
        if (change.kind == u"read"_s || change.kind == u"unread"_s) {
            const auto done = m_client.updateArticles({ change.remoteId }, TtRssClient::Field::Unread,
                                                      change.kind == u"unread"_s);
            sent = done ? Status() : Status(Error { done.error() });
        } else if (change.kind == u"star"_s || change.kind == u"unstar"_s) {
            const auto done = m_client.updateArticles({ change.remoteId }, TtRssClient::Field::Starred,
                                                      change.kind == u"star"_s);
            sent = done ? Status() : Status(Error { done.error() });
        } else if (change.kind == u"unsubscribe"_s) {
            sent = m_client.unsubscribe(change.remoteId);
        } else if (change.kind == u"subscribe"_s) {
            const auto done = m_client.subscribe(change.feedUrl, change.remoteFolder);
            sent = done ? Status() : Status(Error { done.error() });
        }
        if (!sent)
            return sent;
        if (Status confirmed = store.confirm(change.id); !confirmed)
            return confirmed;
        ++summary.sent;
    }
    return {};
}

Status Syncer::pullFeeds(SyncSummary &summary)
{
    report(tr("Reading the server's feeds"));
    SyncStore sync(m_db);
    FeedStore feeds(m_db);
    const auto categories = m_client.categories();
    if (!categories)
        return Error { categories.error() };
    QHash<qint64, qint64> folderOf; // remote category -> local folder
    for (const QJsonValue &value : *categories) {
        const QJsonObject category = value.toObject();
        const qint64 remote = idOf(category);
        if (remote <= 0) // special (-1, -2) and uncategorised (0)
            continue;
        auto folder = sync.folderForRemote(m_account, remote);
        if (!folder)
            return Error { folder.error() };
        if (*folder == 0) {
            const auto made = feeds.ensureFolder(category.value(u"title"_s).toString());
            if (!made)
                return Error { made.error() };
            if (Status linked = sync.linkFolder(*made, m_account, remote); !linked)
                return linked;
            folder = *made;
        }
        folderOf.insert(remote, *folder);
    }
    const auto remoteFeeds = m_client.feeds(-3);
    if (!remoteFeeds)
        return Error { remoteFeeds.error() };
    for (const QJsonValue &value : *remoteFeeds) {
        const QJsonObject feed = value.toObject();
        const qint64 remote = idOf(feed);
        if (remote <= 0)
            continue;
        ++summary.feeds;
        const auto known = sync.feedForRemote(m_account, remote);
        if (!known)
            return Error { known.error() };
        if (*known != 0)
            continue;
        const QString url = feed.value(u"feed_url"_s).toString();
        const qint64 folder = folderOf.value(idOf(feed, u"cat_id"_s), 0);
        const auto existing = feeds.findByUrl(url);
        if (!existing)
            return Error { existing.error() };
        qint64 local = existing->value_or(0);
        if (local == 0) {
            const auto made = feeds.subscribe(url, feed.value(u"title"_s).toString(), folder);
            if (!made)
                return Error { made.error() };
            local = *made;
        }
        if (Status linked = sync.linkFeed(local, m_account, remote); !linked)
            return linked;
    }
    return {};
}

Result<qint64> Syncer::pullArticles(qint64 sinceId, SyncSummary &summary)
{
    SyncStore sync(m_db);
    FeedStore feeds(m_db);
    qint64 highest = sinceId;
    for (int skip = 0;; skip += pageSize) {
        if (cancelled())
            return Error { tr("Cancelled.") };
        report(tr("Reading articles %1 to %2").arg(skip + 1).arg(skip + pageSize));
        const auto page = m_client.headlines(sinceId, skip, pageSize);
        if (!page)
            return Error { page.error() };
        // Each feed's articles of this page: one transaction.
        QMap<qint64, QList<QJsonObject>> byFeed;
        for (const QJsonValue &value : *page)
            byFeed[idOf(value.toObject(), u"feed_id"_s)].append(value.toObject());
        for (auto it = byFeed.cbegin(); it != byFeed.cend(); ++it) {
            const auto local = sync.feedForRemote(m_account, it.key());
            if (!local)
                return Error { local.error() };
            if (*local == 0)
                continue; // a feed the server gained since pullFeeds: next round
            ParsedFeed parsed;
            QList<FeedEntry> entries;
            QList<QPair<QString, qint64>> links;
            for (const QJsonObject &headline : it.value()) {
                const qint64 remote = idOf(headline);
                highest = std::max(highest, remote);
                FeedItem item;
                item.id = itemKey(remote);
                item.title = headline.value(u"title"_s).toString();
                item.link = headline.value(u"link"_s).toString();
                item.author = headline.value(u"author"_s).toString();
                item.content = headline.value(u"content"_s).toString();
                item.contentBase = item.link;
                const qint64 updated = headline.value(u"updated"_s).toVariant().toLongLong();
                if (updated > 0)
                    item.published = QDateTime::fromSecsSinceEpoch(updated, Qt::UTC);
                FeedEntry entry;
                entry.key = item.id;
                entry.article = FeedArticleBuilder::build(item, parsed, *local, {});
                entry.article.read = !headline.value(u"unread"_s).toBool();
                entry.article.starred = headline.value(u"marked"_s).toBool();
                entries.append(entry);
                links.append({ item.id, remote });
            }
            FeedRefreshState state;
            state.at = QDateTime::currentDateTimeUtc();
            const auto outcome = feeds.storeItems(*local, entries, state);
            if (!outcome)
                return Error { outcome.error() };
            summary.added += outcome->added;
            summary.updated += outcome->updated;
            if (Status linked = sync.linkItems(m_account, *local, links); !linked)
                return Error { linked.error() };
        }
        if (page->size() < pageSize)
            break;
    }
    return highest;
}

Status Syncer::pullFlags(SyncSummary &summary)
{
    report(tr("Reading read and starred state"));
    // The server's unread (feed -4, unread only) and starred (feed -1) article ids.
    QSet<qint64> unread;
    QSet<qint64> starred;
    const auto collect = [this](int feedView, const QString &mode, QSet<qint64> &into) -> Status {
        for (int skip = 0;; skip += pageSize) {
            if (cancelled())
                return Error { tr("Cancelled.") };
            const auto page = feedView == -4
                    ? m_client.headlines(0, skip, pageSize, false, mode)
                    : m_client.headlines(0, skip, pageSize, false, mode, feedView);
            if (!page)
                return Error { page.error() };
            for (const QJsonValue &value : *page)
                into.insert(idOf(value.toObject()));
            if (page->size() < pageSize)
                return {};
        }
    };
    if (Status got = collect(-4, u"unread"_s, unread); !got)
        return got;
    if (Status got = collect(-1, u"all_articles"_s, starred); !got)
        return got;
    SyncStore sync(m_db);
    const auto mapped = sync.remoteArticleIds(m_account);
    if (!mapped)
        return Error { mapped.error() };
    QList<RemoteFlags> flags;
    flags.reserve(mapped->size());
    for (qint64 id : *mapped)
        flags.append({ id, !unread.contains(id), starred.contains(id) });
    const auto changed = sync.applyServerFlags(m_account, flags);
    if (!changed)
        return Error { changed.error() };
    summary.flagsChanged = *changed;
    return {};
}
