// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class Database;
class TtRssClient;

struct SyncSummary {
    int sent = 0; // queued local changes the server took
    int feeds = 0; // feeds on the server
    int added = 0; // new articles
    int updated = 0; // changed articles
    int flagsChanged = 0; // articles whose read/starred the server changed
};

// One sync round of a tt-rss account, on the calling thread (a worker's; the client waits):
// 1. push the queue in order, each row deleted only once the server confirmed it (a failure
//    stops the round: the rest stays queued, in order);
// 2. pull categories -> folders and feeds -> feeds (matched by remote id, else url);
// 3. pull the articles newer than the account's since_id, 200 a page, each feed's stored in
//    one transaction through FeedArticleBuilder (sanitised like every article) and linked;
// 4. apply the server's read/starred to every linked article without a queued change.
// since_id and the last sync time are recorded only after a complete round: a round killed
// midway is done again, finding what it stored (items by key: no duplicates).
class Syncer {
    Q_DECLARE_TR_FUNCTIONS(Syncer)

public:
    Syncer(Database &db, qint64 accountId, TtRssClient &client);

    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }

    Result<SyncSummary> run(); // also records the error (or none) on the account

private:
    Result<SyncSummary> round();
    Status push(SyncSummary &summary);
    Status pullFeeds(SyncSummary &summary);
    Result<qint64> pullArticles(qint64 sinceId, SyncSummary &summary);
    Status pullFlags(SyncSummary &summary);
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }
    void report(const QString &message) const;

    Database &m_db;
    qint64 m_account;
    TtRssClient &m_client;
    const std::atomic<bool> *m_cancelled = nullptr;
    std::function<void(const QString &)> m_progress;
};
