// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddiscovery.h"

#include "feedfetcher.h"
#include "feedpagelinks.h"
#include "feedparser.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 pageTag = -1; // the address itself; usual paths are 0..n-1

} // namespace

FeedDiscovery::FeedDiscovery(QObject *parent) : QObject(parent), m_fetcher(new FeedFetcher(this))
{
    qRegisterMetaType<FeedCandidate>();
    connect(m_fetcher, &FeedFetcher::fetched, this, &FeedDiscovery::handleFetched);
}

void FeedDiscovery::setTimeout(int milliseconds)
{
    m_fetcher->setTimeout(milliseconds);
}

QStringList FeedDiscovery::usualPaths()
{
    return {
        u"/feed"_s, u"/rss"_s, u"/rss.xml"_s, u"/atom.xml"_s, u"/feed.json"_s, u"/index.xml"_s
    };
}

QUrl FeedDiscovery::urlFromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed);
    if (url.scheme().isEmpty())
        url = QUrl(u"https://"_s + trimmed);
    const QString scheme = url.scheme();
    if (!url.isValid()
        || (scheme != "http"_L1 && scheme != "https"_L1 && scheme != "file"_L1
            && scheme != "qrc"_L1)
        || ((scheme == "http"_L1 || scheme == "https"_L1) && url.host().isEmpty()))
        return {};
    return url;
}

void FeedDiscovery::discover(const QUrl &url)
{
    m_fetcher->cancel();
    m_url = url;
    m_probes.clear();
    m_probesLeft = 0;
    m_running = true;
    m_fetcher->fetch({ pageTag, url, {}, {}, 0 });
}

void FeedDiscovery::cancel()
{
    if (m_running) {
        m_fetcher->cancel();
        finish(Error { tr("Cancelled") });
    }
}

void FeedDiscovery::handleFetched(qint64 tag, const FeedFetchResult &fetched)
{
    if (tag != pageTag) { // one of the usual paths
        if (fetched.ok()) {
            const QUrl url(fetched.newUrl.isEmpty() ? m_url.resolved(QUrl(usualPaths().at(tag)))
                                                    : QUrl(fetched.newUrl));
            const Result<ParsedFeed> feed
                = FeedParser::parse(fetched.body, fetched.finalUrl, fetched.contentType);
            if (feed)
                m_probes[tag] = FeedCandidate { url.toString(), feed->title, feed->format };
        }
        if (--m_probesLeft > 0)
            return;
        QList<FeedCandidate> found;
        for (const std::optional<FeedCandidate> &candidate : std::as_const(m_probes)) {
            if (candidate)
                found.append(*candidate);
        }
        if (found.isEmpty())
            return finish(Error { tr("No feed found at %1").arg(m_url.toDisplayString()) });
        return finish(found);
    }
    if (!fetched.ok())
        return finish(Error { fetched.error });
    const QString url = fetched.newUrl.isEmpty() ? m_url.toString() : fetched.newUrl;
    const Result<ParsedFeed> feed
        = FeedParser::parse(fetched.body, fetched.finalUrl, fetched.contentType);
    if (feed)
        return finish(QList<FeedCandidate> { { url, feed->title, feed->format } });
    const QString type = QString::fromLatin1(fetched.contentType).toLower();
    ParsedFeed::Format format;
    const bool sentAsFeed = FeedPageLinks::formatForType(type, &format)
        || (type.contains(u"xml"_s) && !type.contains(u"html"_s));
    if (feed.error() != FeedParser::webPageMessage() && sentAsFeed)
        return finish(Error { feed.error() }); // a broken feed: say why
    const FeedPageLinks links(fetched.body, fetched.contentType, fetched.finalUrl);
    if (!links.feeds().isEmpty())
        return finish(links.feeds());
    m_url = fetched.finalUrl;
    tryUsualPaths();
}

void FeedDiscovery::tryUsualPaths()
{
    const QStringList paths = usualPaths();
    if (m_url.scheme() != "http"_L1 && m_url.scheme() != "https"_L1)
        return finish(Error { tr("No feed found at %1").arg(m_url.toDisplayString()) });
    m_probes = QList<std::optional<FeedCandidate>>(paths.size());
    m_probesLeft = int(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i)
        m_fetcher->fetch({ i, m_url.resolved(QUrl(paths.at(i))), {}, {}, 2 * 1024 * 1024 });
}

void FeedDiscovery::finish(Result<QList<FeedCandidate>> result)
{
    m_running = false;
    m_result = std::move(result);
    emit finished();
}

Result<QList<FeedCandidate>> FeedDiscovery::discoverBlocking(const QUrl &url)
{
    FeedDiscovery discovery;
    QEventLoop loop;
    connect(&discovery, &FeedDiscovery::finished, &loop, &QEventLoop::quit);
    discovery.discover(url);
    loop.exec();
    return discovery.result();
}
