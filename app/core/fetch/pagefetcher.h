// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetchedpage.h"
#include "result.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>

class QNetworkAccessManager;

// Downloads one page over http or https, asynchronously: fetch(), then finished() once.
// Follows up to maximumRedirects redirects (and notices loops), gives up after `timeout` ms
// without progress, refuses bodies over maximumBytes, accepts gzip/deflate (decompressed by
// QNetworkAccessManager). Failures are one-line reasons a person can read.
class PageFetcher : public QObject {
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr qint64 defaultMaximumBytes = 20 * 1024 * 1024;
    static constexpr int maximumRedirects = 10;

    explicit PageFetcher(QObject *parent = nullptr);
    ~PageFetcher() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }
    qint64 maximumBytes() const { return m_maximumBytes; }

    void fetch(const QUrl &url);
    void abort(); // finished() follows with "Cancelled"
    bool isRunning() const { return m_reply != nullptr; }
    const Result<FetchedPage> &result() const { return m_result; }

    static QByteArray userAgent();
    // Why a finished reply failed, in one line ("The server answered 404 Not Found"), or empty.
    static QString failureMessage(const QNetworkReply *reply);
    // Runs a local event loop until done: for the command line and worker threads only.
    // `cancelled`, when given, is polled: setting it from another thread aborts the fetch.
    static Result<FetchedPage> fetchBlocking(const QUrl &url, int timeoutMs = defaultTimeoutMs,
                                             qint64 maximumBytes = defaultMaximumBytes,
                                             const std::atomic<bool> *cancelled = nullptr);

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void startRequest(const QUrl &url);
    void handleMetaData();
    void handleReadyRead();
    void handleFinished();
    void handleTimeout();
    void finish(Result<FetchedPage> result);
    QString sizeLimitMessage() const;

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QSet<QUrl> m_visited;
    QUrl m_url;
    QByteArray m_body;
    int m_redirects = 0;
    int m_timeoutMs = defaultTimeoutMs;
    qint64 m_maximumBytes = defaultMaximumBytes;
    Result<FetchedPage> m_result = Error { QString() };
};
