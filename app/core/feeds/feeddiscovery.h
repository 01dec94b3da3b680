// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedcandidate.h"
#include "feedfetchresult.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QUrl>

class FeedFetcher;

// Finds the feeds of an address, asynchronously: fetches it; a feed is the one candidate; a web
// page gives its <link rel="alternate"> feeds, else the usual paths on its site that answer
// with a feed (/feed, /rss, /rss.xml, /atom.xml, /feed.json, /index.xml). Several candidates:
// the caller lets the user pick. finished() once per discover().
class FeedDiscovery : public QObject {
    Q_OBJECT

public:
    explicit FeedDiscovery(QObject *parent = nullptr);

    void setTimeout(int milliseconds);
    void discover(const QUrl &url);
    void cancel(); // finished() follows with "Cancelled"
    bool isRunning() const { return m_running; }
    const Result<QList<FeedCandidate>> &result() const { return m_result; }

    // Runs a local event loop until done: for the command line only.
    static Result<QList<FeedCandidate>> discoverBlocking(const QUrl &url);
    static QStringList usualPaths();
    // "https://example.org" for what a person types as "example.org"; invalid when unusable.
    static QUrl urlFromUserInput(const QString &text);

signals:
    void finished();

private:
    void handleFetched(qint64 tag, const FeedFetchResult &fetched);
    void tryUsualPaths();
    void finish(Result<QList<FeedCandidate>> result);

    FeedFetcher *m_fetcher;
    QUrl m_url;
    QList<std::optional<FeedCandidate>> m_probes; // by usual path, filled as answers come
    int m_probesLeft = 0;
    bool m_running = false;
    Result<QList<FeedCandidate>> m_result = Error { QString() };
};
