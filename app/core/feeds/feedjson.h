// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct ParsedFeed;

// A parsed feed as `byline feed --json` prints it: {title, link, items: [{id, title, link,
// author, published, updated, summary, content, enclosures: [{url, type, length}],
// categories: [strings]}]}. Times are ISO 8601 in UTC ("2025-06-02T23:15:00Z"); absent values
// are empty ("" for strings and times, [] for lists, 0 for an unknown length).
class FeedJson {
public:
    static QJsonObject toJson(const ParsedFeed &feed);
    static QString formatTime(const QDateTime &time); // "" when invalid
};
