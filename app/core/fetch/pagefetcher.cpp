// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        && !url.host().isEmpty();
}

QString standardReason(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 410:
        return QStringLiteral("Gone");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 451:
        return QStringLiteral("Unavailable For Legal Reasons");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace

PageFetcher::PageFetcher(QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PageFetcher::handleTimeout);
}

PageFetcher::~PageFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray PageFetcher::userAgent()
{
    return QByteArrayLiteral("Mozilla/5.0 (compatible; Byline/" BYLINE_VERSION
                             "; +https://byline.example.org)");
}

void PageFetcher::fetch(const QUrl &url)
{
    m_timer.stop();
    if (m_reply) { // replaced by the new fetch, silently
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_visited.clear();
    m_redirects = 0;
    m_body.clear();
    m_url = url;
    if (!isWebUrl(url)) {
        const Error error { tr("Only http and https addresses can be opened") };
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    startRequest(url);
}

void PageFetcher::abort()
{
    if (m_reply)
        finish(Error { tr("Cancelled") });
}

void PageFetcher::startRequest(const QUrl &url)
{
    m_url = url;
    m_visited.insert(url.adjusted(QUrl::NormalizePathSegments));
    m_body.clear();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
    // No Accept-Encoding of our own: QNetworkAccessManager then asks for gzip/deflate itself
    // and decompresses the body it receives.
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PageFetcher::handleMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &PageFetcher::handleReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PageFetcher::handleFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_timer.start(m_timeoutMs);
        emit progress(received, total);
    });
    m_timer.start(m_timeoutMs);
}

QString PageFetcher::sizeLimitMessage() const
{
    return tr("The page is larger than %1 MB").arg(m_maximumBytes / (1024 * 1024));
}

void PageFetcher::handleMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (status >= 200 && status < 300 && length.isValid() && length.toLongLong() > m_maximumBytes)
        finish(Error { sizeLimitMessage() });
}

void PageFetcher::handleReadyRead()
{
    m_timer.start(m_timeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (status >= 300 && status < 400)
        return; // a redirect's body is of no interest
    m_body.append(chunk);
    if (m_body.size() > m_maximumBytes)
        finish(Error { sizeLimitMessage() });
}

void PageFetcher::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_body.append(reply->readAll());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target
            = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
        if (m_visited.contains(target.adjusted(QUrl::NormalizePathSegments)))
            return finish(Error { tr("The address redirects in a loop") });
        if (m_redirects >= maximumRedirects)
            return finish(Error { tr("Too many redirects") });
        if (!isWebUrl(target))
            return finish(
                Error { tr("The address redirects to something that is not a web page") });
        ++m_redirects;
        reply->disconnect(this);
        reply->deleteLater();
        m_reply = nullptr;
        startRequest(target);
        return;
    }
    if (const QString failure = failureMessage(reply); !failure.isEmpty())
        return finish(Error { failure });
    FetchedPage page;
    page.body = std::move(m_body);
    page.finalUrl = reply->url();
    page.contentType = reply->rawHeader("Content-Type");
    page.httpStatus = status;
    finish(std::move(page));
}

QString PageFetcher::failureMessage(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    if (status >= 400) {
        QString reason = QString::fromUtf8(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        if (reason.trimmed().isEmpty())
            reason = standardReason(status);
        return tr("The server answered %1 %2").arg(status).arg(reason).trimmed();
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::HostNotFoundError:
        return tr("Could not find the server %1").arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return tr("Could not connect to %1").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 failed").arg(host);
    default:
        return tr("Could not load the page from %1: %2").arg(host, reply->errorString());
    }
}

void PageFetcher::handleTimeout()
{
    if (!m_reply)
        return;
    finish(Error { tr("Timed out after %1 seconds").arg(m_timeoutMs / 1000.0) });
}

void PageFetcher::finish(Result<FetchedPage> result)
{
    m_timer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    m_body.clear();
    m_result = std::move(result);
    emit finished();
}

Result<FetchedPage> PageFetcher::fetchBlocking(const QUrl &url, int timeoutMs, qint64 maximumBytes,
                                               const std::atomic<bool> *cancelled)
{
    PageFetcher fetcher;
    fetcher.setTimeout(timeoutMs);
    fetcher.setMaximumBytes(maximumBytes);
    QEventLoop loop;
    connect(&fetcher, &PageFetcher::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (cancelled) {
        connect(&poll, &QTimer::timeout, &fetcher, [&fetcher, cancelled] {
            if (*cancelled)
                fetcher.abort();
        });
        poll.start(100);
    }
    fetcher.fetch(url);
    loop.exec();
    return fetcher.result();
}
