// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QUrl>

// What PageFetcher brings back: the body (decompressed), where it ended up and its type.
struct FetchedPage {
    QByteArray body;
    QUrl finalUrl; // after redirects
    QByteArray contentType; // the Content-Type header as sent, "text/html; charset=utf-8"
    int httpStatus = 0;
};
