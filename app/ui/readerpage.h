// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWebEnginePage>

class QWebEngineNewWindowRequest;
class UrlOpener;

// The reader's page. It never navigates away from the document Byline loads into it: a click on
// an http(s) or mailto link goes to the UrlOpener (the system browser), anything else does nothing.
class ReaderPage : public QWebEnginePage {
    Q_OBJECT

public:
    ReaderPage(QWebEngineProfile *profile, UrlOpener *opener, QObject *parent = nullptr);

    // The one address the page may load (set before load()).
    void setDocumentUrl(const QUrl &url) { m_documentUrl = url; }
    static bool isExternal(const QUrl &url); // http, https, mailto

signals:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;

private:
    void handleNewWindowRequested(QWebEngineNewWindowRequest &request);
    void openExternal(const QUrl &url);

    UrlOpener *m_opener;
    QUrl m_documentUrl;
};
