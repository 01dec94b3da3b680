// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedfetchresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Fetches many feeds at once on one QNetworkAccessManager, asynchronously: conditional GET
// (If-None-Match, If-Modified-Since), gzip (asked for and decompressed by QNAM), redirects with
// loop detection, a timeout without progress, a body cap; at most maximumPerHost requests to one
// host and maximumTotal in all, the rest queued. qrc: and file: URLs are read directly.
// fetched() comes once per fetch(), in the order answers arrive; never during fetch().
class FeedFetcher : public QObject {
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr qint64 defaultMaximumBytes = 20 * 1024 * 1024;
    static constexpr int maximumRedirects = 10;
    static constexpr int maximumPerHost = 2;
    static constexpr int maximumTotal = 8;

    struct Request {
        qint64 tag = 0; // the caller's, given back with the result (the feed's id)
        QUrl url;
        QString etag; // empty: unconditional
        QString lastModified;
        qint64 maximumBytes = 0; // 0: maximumBytes()
    };

    explicit FeedFetcher(QObject *parent = nullptr);
    ~FeedFetcher() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }
    qint64 maximumBytes() const { return m_maximumBytes; }

    void fetch(const Request &request);
    // Retry-After in seconds or as an HTTP date; invalid when it is neither.
    static QDateTime retryAfterTime(const QByteArray &value, const QDateTime &now);

    void cancel(); // drops the queue and aborts what runs; no fetched() for any of them
    bool isIdle() const { return m_queue.isEmpty() && m_running.isEmpty(); }
    int pendingCount() const { return int(m_queue.size() + m_running.size()); }

signals:
    void fetched(qint64 tag, const FeedFetchResult &result);
    void idle(); // after the last fetched() of a batch

private:
    struct Job;
    void startNext();
    void startLocal(Job *job);
    void startRequest(Job *job, const QUrl &url);
    void handleReadyRead(Job *job);
    void handleFinished(Job *job);
    void finish(Job *job, FeedFetchResult result);
    QString sizeLimitMessage(const Job *job) const;

    QNetworkAccessManager *m_manager;
    QList<Job *> m_queue;
    QList<Job *> m_running;
    QHash<QString, int> m_perHost;
    int m_timeoutMs = defaultTimeoutMs;
    qint64 m_maximumBytes = defaultMaximumBytes;
};
