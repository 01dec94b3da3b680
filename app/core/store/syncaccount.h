// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// A feed server account (accounts table). The password is kept elsewhere (secret store).
struct SyncAccount {
    qint64 id = 0;
    QString kind; // "ttrss"
    QString url;
    QString user;
    QDateTime lastSync; // invalid: never
    QString lastError;
    qint64 sinceId = 0; // highest remote article id pulled
};

// One queued local change (sync_queue row), sent in id order.
struct SyncChange {
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 articleId = 0;
    qint64 remoteId = 0; // the article's, or the feed's for "unsubscribe"
    QString kind; // read, unread, star, unstar, subscribe, unsubscribe
    QString feedUrl; // subscribe
    qint64 remoteFolder = 0; // subscribe
    QDateTime at;
};

// The server's read/starred state of one of its articles.
struct RemoteFlags {
    qint64 remoteId = 0;
    bool read = false;
    bool starred = false;
};
