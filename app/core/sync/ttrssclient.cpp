// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ttrssclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}
} // namespace

TtRssClient::TtRssClient(const QUrl &serverUrl, QString user, QString password)
    : m_api(apiUrl(serverUrl)), m_user(std::move(user)), m_password(std::move(password))
{
}

TtRssClient::~TtRssClient() = default;

QUrl TtRssClient::apiUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    if (!path.endsWith(u"/api/"_s))
        path += u"api/"_s;
    url.setPath(path);
    return url;
}

Result<QJsonObject> TtRssClient::post(const QJsonObject &body)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(m_api);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (m_cancelled) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_cancelled->load())
                reply->abort();
        });
        poll.start(100);
    }
    if (!reply->isFinished())
        loop.exec();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owned(
            reply, [](QNetworkReply *r) { r->deleteLater(); });
    if (m_cancelled && m_cancelled->load())
        return Error { tr("Cancelled.") };
    if (reply->error() != QNetworkReply::NoError)
        return Error { tr("The server %1 did not answer: %2")
                               .arg(m_api.toDisplayString(), reply->errorString()) };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (!document.isObject())
        return Error { tr("The server %1 answered something other than tt-rss's API (%2).")
                               .arg(m_api.toDisplayString(), parseError.errorString()) };
    return document.object();
}

Result<QJsonValue> TtRssClient::call(const QString &op, QJsonObject params)
{
    const bool loggingIn = op == u"login"_s;
    if (!loggingIn && m_session.isEmpty()) {
        if (Status in = login(); !in)
            return Error { in.error() };
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        QJsonObject body = params;
        body.insert(u"op"_s, op);
        if (!loggingIn)
            body.insert(u"sid"_s, m_session);
        const Result<QJsonObject> answer = post(body);
        if (!answer)
            return Error { answer.error() };
        const QJsonValue content = answer->value(u"content"_s);
        if (answer->value(u"status"_s).toInt() == 0)
            return content;
        const QString error = content.toObject().value(u"error"_s).toString();
        if (error == u"NOT_LOGGED_IN"_s && !loggingIn && attempt == 0) {
            m_session.clear();
            if (Status in = login(); !in)
                return Error { in.error() };
            continue;
        }
        if (error == u"LOGIN_ERROR"_s)
            return Error { tr("The server %1 refused the user name or password of %2.")
                                   .arg(m_api.toDisplayString(), m_user) };
        if (error == u"API_DISABLED"_s)
            return Error { tr("The API is turned off for %1 on the server: turn on \"Enable "
                              "API\" in tt-rss's preferences.").arg(m_user) };
        return Error { tr("The server refused %1: %2.")
                               .arg(op, error.isEmpty() ? tr("no reason given") : error) };
    }
    return Error { tr("The server %1 keeps forgetting the session.").arg(m_api.toDisplayString()) };
}

Status TtRssClient::login()
{
    const Result<QJsonValue> content
            = call(u"login"_s, { { u"user"_s, m_user }, { u"password"_s, m_password } });
    if (!content)
        return Error { content.error() };
    m_session = content->toObject().value(u"session_id"_s).toString();
    if (m_session.isEmpty())
        return Error { tr("The server %1 gave no session.").arg(m_api.toDisplayString()) };
    const int level = content->toObject().value(u"api_level"_s).toInt();
    if (level < 15)
        return Error { tr("The server's API level is %1; Byline needs 15 or later (tt-rss 21).")
                               .arg(level) };
    return {};
}

Result<int> TtRssClient::apiLevel()
{
    const Result<QJsonValue> content = call(u"getApiLevel"_s);
    if (!content)
        return Error { content.error() };
    return content->toObject().value(u"level"_s).toInt();
}

Result<QJsonArray> TtRssClient::categories()
{
    const Result<QJsonValue> content
            = call(u"getCategories"_s, { { u"include_empty"_s, true } });
    if (!content)
        return Error { content.error() };
    return content->toArray();
}

Result<QJsonArray> TtRssClient::feeds(int categoryId)
{
    const Result<QJsonValue> content = call(u"getFeeds"_s, { { u"cat_id"_s, categoryId } });
    if (!content)
        return Error { content.error() };
    return content->toArray();
}

Result<QJsonArray> TtRssClient::headlines(qint64 sinceId, int skip, int limit, bool withContent,
                                          const QString &viewMode, int feedId)
{
    const Result<QJsonValue> content = call(
            u"getHeadlines"_s,
            { { u"feed_id"_s, feedId },
              { u"since_id"_s, sinceId },
              { u"skip"_s, skip },
              { u"limit"_s, limit },
              { u"show_content"_s, withContent },
              { u"show_excerpt"_s, false },
              { u"view_mode"_s, viewMode.isEmpty() ? u"all_articles"_s : viewMode },
              { u"order_by"_s, u"date_reverse"_s } });
    if (!content)
        return Error { content.error() };
    return content->toArray();
}

Result<int> TtRssClient::updateArticles(const QList<qint64> &ids, Field field, bool value)
{
    const Result<QJsonValue> content = call(u"updateArticle"_s,
                                            { { u"article_ids"_s, idList(ids) },
                                              { u"field"_s, int(field) },
                                              { u"mode"_s, value ? 1 : 0 } });
    if (!content)
        return Error { content.error() };
    return content->toObject().value(u"updated"_s).toInt();
}

Result<qint64> TtRssClient::subscribe(const QString &feedUrl, qint64 categoryId)
{
    const Result<QJsonValue> content = call(
            u"subscribeToFeed"_s, { { u"feed_url"_s, feedUrl }, { u"category_id"_s, categoryId } });
    if (!content)
        return Error { content.error() };
    const QJsonObject status = content->toObject().value(u"status"_s).toObject();
    const int code = status.value(u"code"_s).toInt(-1);
    // 0: already subscribed, 1: added.
    if (code != 0 && code != 1)
        return Error { tr("The server could not subscribe to %1 (code %2%3).")
                               .arg(feedUrl)
                               .arg(code)
                               .arg(status.contains(u"message"_s)
                                            ? u": "_s + status.value(u"message"_s).toString()
                                            : QString()) };
    return status.value(u"feed_id"_s).toVariant().toLongLong();
}

Status TtRssClient::unsubscribe(qint64 feedId)
{
    const Result<QJsonValue> content = call(u"unsubscribeFeed"_s, { { u"feed_id"_s, feedId } });
    if (!content)
        return Error { content.error() };
    return {};
}

Result<QJsonArray> TtRssClient::articles(const QList<qint64> &ids)
{
    const Result<QJsonValue> content
            = call(u"getArticle"_s, { { u"article_id"_s, idList(ids) } });
    if (!content)
        return Error { content.error() };
    return content->toArray();
}

Status TtRssClient::updateFeed(qint64 feedId)
{
    const Result<QJsonValue> content = call(u"updateFeed"_s, { { u"feed_id"_s, feedId } });
    if (!content)
        return Error { content.error() };
    return {};
}
