// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedfetcher.h"

#include "fetch/pagefetcher.h"

#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

struct FeedFetcher::Job {
    Request request;
    QString hostKey;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    QSet<QUrl> visited;
    QByteArray body;
    int redirects = 0;
    bool permanentOnly = true;
    qint64 maximumBytes = 0;
};

namespace {

bool isLocal(const QUrl &url)
{
    return url.scheme() == "qrc"_L1 || url.scheme() == "file"_L1;
}

FeedFetchResult failed(const QString &error)
{
    FeedFetchResult result;
    result.error = error;
    return result;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        && !url.host().isEmpty();
}

} // namespace

FeedFetcher::FeedFetcher(QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<FeedFetchResult>();
}

FeedFetcher::~FeedFetcher()
{
    cancel();
}

QDateTime FeedFetcher::retryAfterTime(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok && seconds >= 0)
        return now.toUTC().addSecs(qMin<qint64>(seconds, 366LL * 24 * 3600));
    // IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text.chop(4);
    QDateTime time = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!time.isValid())
        time = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    else
        time.setTimeSpec(Qt::UTC);
    return time.isValid() ? time.toUTC() : QDateTime();
}

void FeedFetcher::fetch(const Request &request)
{
    auto *job = new Job;
    job->request = request;
    job->maximumBytes = request.maximumBytes > 0 ? request.maximumBytes : m_maximumBytes;
    job->hostKey = request.url.host().toLower();
    m_queue.append(job);
    QMetaObject::invokeMethod(this, &FeedFetcher::startNext, Qt::QueuedConnection);
}

void FeedFetcher::cancel()
{
    qDeleteAll(m_queue);
    m_queue.clear();
    const QList<Job *> running = std::exchange(m_running, {});
    m_perHost.clear();
    for (Job *job : running) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
        }
        delete job->timer;
        delete job;
    }
}

void FeedFetcher::startNext()
{
    for (qsizetype i = 0; i < m_queue.size() && m_running.size() < maximumTotal;) {
        Job *job = m_queue.at(i);
        const bool local = isLocal(job->request.url);
        if (!local && m_perHost.value(job->hostKey) >= maximumPerHost) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        m_running.append(job);
        if (!local)
            ++m_perHost[job->hostKey];
        job->timer = new QTimer(this);
        job->timer->setSingleShot(true);
        connect(job->timer, &QTimer::timeout, this, [this, job] {
            finish(job, failed(tr("Timed out after %1 seconds").arg(m_timeoutMs / 1000.0)));
        });
        if (local)
            startLocal(job);
        else if (!isWebUrl(job->request.url))
            QMetaObject::invokeMethod(
                job->timer,
                [this, job] {
                    finish(job,
                           failed(tr("Only http, https, file and qrc addresses can be fetched")));
                },
                Qt::QueuedConnection);
        else
            startRequest(job, job->request.url);
    }
}

void FeedFetcher::startLocal(Job *job)
{
    QMetaObject::invokeMethod(
        job->timer,
        [this, job] {
            const QUrl &url = job->request.url;
            const QString path = url.scheme() == "qrc"_L1 ? u':' + url.path() : url.toLocalFile();
            QFile file(path);
            FeedFetchResult result;
            result.finalUrl = url;
            if (!file.open(QIODevice::ReadOnly))
                result.error = tr("Could not read %1: %2").arg(path, file.errorString());
            else if (file.size() > job->maximumBytes)
                result.error = sizeLimitMessage(job);
            else
                result.body = file.readAll();
            finish(job, std::move(result));
        },
        Qt::QueuedConnection);
}

void FeedFetcher::startRequest(Job *job, const QUrl &url)
{
    job->visited.insert(url.adjusted(QUrl::NormalizePathSegments));
    job->body.clear();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, PageFetcher::userAgent());
    request.setRawHeader("Accept",
                         "application/rss+xml,application/atom+xml,application/feed+json,"
                         "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5");
    // No Accept-Encoding of our own: QNetworkAccessManager then asks for gzip/deflate itself
    // and decompresses what it receives.
    if (!job->request.etag.isEmpty())
        request.setRawHeader("If-None-Match", job->request.etag.toLatin1());
    if (!job->request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", job->request.lastModified.toLatin1());
    QNetworkReply *reply = m_manager->get(request);
    job->reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, job] { handleReadyRead(job); });
    connect(reply, &QNetworkReply::finished, this, [this, job] { handleFinished(job); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, job] {
        const int status = job->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QVariant length = job->reply->header(QNetworkRequest::ContentLengthHeader);
        if (status >= 200 && status < 300 && length.isValid()
            && length.toLongLong() > job->maximumBytes)
            finish(job, failed(sizeLimitMessage(job)));
    });
    connect(reply, &QNetworkReply::downloadProgress, job->timer,
            [this, job] { job->timer->start(m_timeoutMs); });
    job->timer->start(m_timeoutMs);
}

QString FeedFetcher::sizeLimitMessage(const Job *job) const
{
    if (job->maximumBytes >= 1024 * 1024)
        return tr("The feed is larger than %1 MB").arg(job->maximumBytes / (1024 * 1024));
    return tr("The feed is larger than %1 KB").arg(qMax<qint64>(1, job->maximumBytes / 1024));
}

void FeedFetcher::handleReadyRead(Job *job)
{
    job->timer->start(m_timeoutMs);
    const int status = job->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = job->reply->readAll();
    if (status < 200 || status >= 300)
        return; // only a feed's body is of interest
    job->body.append(chunk);
    if (job->body.size() > job->maximumBytes)
        finish(job, failed(sizeLimitMessage(job)));
}

void FeedFetcher::handleFinished(Job *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300)
        job->body.append(reply->readAll());

    if (status >= 300 && status < 400 && status != 304 && reply->hasRawHeader("Location")) {
        const QUrl target
            = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
        if (job->visited.contains(target.adjusted(QUrl::NormalizePathSegments)))
            return finish(job, failed(tr("The address redirects in a loop")));
        if (job->redirects >= maximumRedirects)
            return finish(job, failed(tr("Too many redirects")));
        if (!isWebUrl(target))
            return finish(job,
                          failed(tr("The address redirects to something that is not a "
                                    "web address")));
        ++job->redirects;
        job->permanentOnly = job->permanentOnly && (status == 301 || status == 308);
        reply->disconnect(this);
        reply->deleteLater();
        job->reply = nullptr;
        startRequest(job, target);
        return;
    }

    FeedFetchResult result;
    result.status = status;
    result.finalUrl = reply->url();
    result.contentType = reply->rawHeader("Content-Type");
    result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (job->redirects > 0 && job->permanentOnly)
        result.newUrl = reply->url().toString();
    if (status == 304) {
        result.notModified = true;
        if (result.etag.isEmpty())
            result.etag = job->request.etag;
        if (result.lastModified.isEmpty())
            result.lastModified = job->request.lastModified;
    } else if (status == 410) {
        result.gone = true;
        result.error = PageFetcher::failureMessage(reply);
    } else if (const QString failure = PageFetcher::failureMessage(reply); !failure.isEmpty()) {
        result.error = failure;
        if ((status == 429 || status == 503) && reply->hasRawHeader("Retry-After"))
            result.retryAfter
                = retryAfterTime(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    } else {
        result.body = std::move(job->body);
    }
    finish(job, std::move(result));
}

void FeedFetcher::finish(Job *job, FeedFetchResult result)
{
    if (!m_running.removeOne(job))
        return;
    if (!isLocal(job->request.url) && --m_perHost[job->hostKey] <= 0)
        m_perHost.remove(job->hostKey);
    if (job->reply) {
        QNetworkReply *reply = job->reply;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    if (result.finalUrl.isEmpty())
        result.finalUrl = job->request.url;
    job->timer->stop();
    job->timer->deleteLater();
    const qint64 tag = job->request.tag;
    delete job;
    startNext();
    emit fetched(tag, result);
    if (isIdle())
        emit idle();
}
