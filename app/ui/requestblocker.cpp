// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestblocker.h"

#include "schemehandler.h"

using namespace Qt::StringLiterals;

RequestBlocker::RequestBlocker(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) { }

void RequestBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    // Qt 6 calls this on the UI thread.
    if (allows(info))
        return;
    info.block(true);
    ++m_blocked;
    emit blocked(info.requestUrl());
}

bool RequestBlocker::allows(const QWebEngineUrlRequestInfo &info) const
{
    const QString scheme = info.requestUrl().scheme().toLower();
    if (scheme == QLatin1String(SchemeHandler::schemeName()) || scheme == "qrc"_L1
        || scheme == "data"_L1)
        return true;
    return m_remoteImages && (scheme == "http"_L1 || scheme == "https"_L1)
        && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage
        && info.requestMethod() == "GET";
}
