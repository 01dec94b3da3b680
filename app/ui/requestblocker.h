// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlRequestInterceptor>

// Blocks every request of the reader's profile except the app's own scheme, qrc: and data:.
// Remote images (http/https, images only) pass when allowed for the current article.
class RequestBlocker : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    explicit RequestBlocker(QObject *parent = nullptr);

    bool remoteImagesAllowed() const { return m_remoteImages; }
    void setRemoteImagesAllowed(bool allowed) { m_remoteImages = allowed; }
    int blockedCount() const { return m_blocked; } // since the last reset
    void resetBlockedCount() { m_blocked = 0; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    void blocked(const QUrl &url);

private:
    bool allows(const QWebEngineUrlRequestInfo &info) const;

    bool m_remoteImages = false;
    int m_blocked = 0;
};
