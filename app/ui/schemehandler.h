// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

// Serves the reader's own scheme, byline://reader/...: the rendered article (no setHtml size
// limit) and images from Qt resources (byline://reader/qrc/sample/images/x.jpg -> :/sample/...).
class SchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT

public:
    static QByteArray schemeName(); // "byline"
    // Must run before the QApplication is created (gui.cpp, tests).
    static void registerScheme();
    static QUrl resourceUrl(const QString &qrcPath); // ":/a/b.png" or "qrc:/a/b.png" -> byline://

    explicit SchemeHandler(QObject *parent = nullptr);

    // Keeps the HTML (only the latest document is served) and returns its address.
    QUrl publish(const QByteArray &html);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void serveResource(QWebEngineUrlRequestJob *job, const QString &path);

    QByteArray m_html;
    int m_serial = 0;
};
