// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

// What FeedFetcher brings back for one feed. `error` empty: body holds the feed (or, with
// notModified, nothing because the server answered 304).
struct FeedFetchResult {
    QByteArray body; // decompressed
    QUrl finalUrl; // after redirects
    QByteArray contentType; // as sent, "application/rss+xml; charset=utf-8"
    int status = 0; // HTTP status of the last answer; 0 for qrc: and file:
    QString etag; // ETag of the answer, for the next If-None-Match
    QString lastModified; // Last-Modified as sent, for the next If-Modified-Since
    QString newUrl; // set when every redirect on the way was permanent (301, 308)
    bool notModified = false; // 304
    bool gone = false; // 410
    QDateTime retryAfter; // 429/503 with Retry-After: no request before this (UTC)
    QString error; // one line a person can read; empty on success
    bool ok() const { return error.isEmpty(); }
};

Q_DECLARE_METATYPE(FeedFetchResult)
