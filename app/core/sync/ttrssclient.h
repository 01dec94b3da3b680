// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

// A client of Tiny Tiny RSS's JSON API (level >= 15). Each call waits for its answer: meant for
// a worker thread (the Syncer), on which it owns its QNetworkAccessManager. Logs in on the
// first call and again when the server answers NOT_LOGGED_IN (an expired session). Errors are
// one line: the operation, then the server's or the network's words.
class TtRssClient {
    Q_DECLARE_TR_FUNCTIONS(TtRssClient)

public:
    // serverUrl: the tt-rss address (".../" ; "api/" is added) or its API address.
    TtRssClient(const QUrl &serverUrl, QString user, QString password);
    ~TtRssClient();

    static QUrl apiUrl(const QUrl &serverUrl);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Checked while waiting: a set flag aborts the call with an Error.
    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }

    Status login();
    Result<int> apiLevel();
    Result<QJsonArray> categories(); // getCategories, with empty ones
    Result<QJsonArray> feeds(int categoryId = -3); // -3: all feeds, uncategorised included
    // getHeadlines of feed -4 (all articles), oldest id first from sinceId, with content.
    Result<QJsonArray> headlines(qint64 sinceId, int skip, int limit = 200,
                                 bool withContent = true, const QString &viewMode = {},
                                 int feedId = -4); // viewMode {}: all_articles
    // updateArticle: field 0 starred, 2 unread; mode 0 false, 1 true.
    enum class Field { Starred = 0, Unread = 2 };
    Result<int> updateArticles(const QList<qint64> &ids, Field field, bool value);
    Result<qint64> subscribe(const QString &feedUrl, qint64 categoryId = 0); // the new feed id
    Status unsubscribe(qint64 feedId);
    Result<QJsonArray> articles(const QList<qint64> &ids); // getArticle
    Status updateFeed(qint64 feedId); // asks the server to fetch the feed now

    // One API call; the answer's "content". Logs in first when needed.
    Result<QJsonValue> call(const QString &op, QJsonObject params = {});

private:
    Result<QJsonObject> post(const QJsonObject &body);

    QUrl m_api;
    QString m_user;
    QString m_password;
    QString m_session;
    int m_timeoutMs = 30000;
    const std::atomic<bool> *m_cancelled = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
