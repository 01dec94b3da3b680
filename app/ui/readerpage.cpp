// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpage.h"

#include "share/urlopener.h"

#include <QTimer>
#include <QWebEngineNewWindowRequest>

using namespace Qt::StringLiterals;

ReaderPage::ReaderPage(QWebEngineProfile *profile, UrlOpener *opener, QObject *parent)
    : QWebEnginePage(profile, parent), m_opener(opener)
{
    connect(this, &QWebEnginePage::newWindowRequested, this, &ReaderPage::handleNewWindowRequested);
}

bool ReaderPage::isExternal(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == "mailto"_L1)
        return !url.path().isEmpty() || url.hasQuery();
    return (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (isExternal(url))
            openExternal(url);
        // A link to a place in the same document (a footnote) may move within it.
        return isMainFrame && !m_documentUrl.isEmpty() && url.hasFragment()
            && url.adjusted(QUrl::RemoveFragment) == m_documentUrl;
    }
    // Only Byline's own load of the document it rendered; no redirects, forms, refreshes.
    return isMainFrame && !m_documentUrl.isEmpty()
        && url.adjusted(QUrl::RemoveFragment) == m_documentUrl
        && (type == NavigationTypeTyped || type == NavigationTypeReload
            || type == NavigationTypeOther);
}

void ReaderPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                          const QString &)
{
    // The article's console output is not ours to print.
}

void ReaderPage::handleNewWindowRequested(QWebEngineNewWindowRequest &request)
{
    // No new windows. A target=_blank link to the web still opens in the browser.
    if (request.isUserInitiated() && isExternal(request.requestedUrl()))
        openExternal(request.requestedUrl());
}

void ReaderPage::openExternal(const QUrl &url)
{
    emit externalLinkRequested(url);
    if (!m_opener)
        return;
    // Out of Chromium's callback before anything else happens.
    QTimer::singleShot(0, this, [this, url] { m_opener->open(url); });
}
