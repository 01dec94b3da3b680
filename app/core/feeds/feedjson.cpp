// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedjson.h"

#include "parsedfeed.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString FeedJson::formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject FeedJson::toJson(const ParsedFeed &feed)
{
    QJsonArray items;
    for (const FeedItem &item : feed.items) {
        QJsonArray enclosures;
        for (const FeedEnclosure &e : item.enclosures)
            enclosures.append(QJsonObject {
                { u"url"_s, e.url }, { u"type"_s, e.type }, { u"length"_s, e.length } });
        items.append(QJsonObject {
            { u"id"_s, item.id },
            { u"title"_s, item.title },
            { u"link"_s, item.link },
            { u"author"_s, item.author },
            { u"published"_s, formatTime(item.published) },
            { u"updated"_s, formatTime(item.updated) },
            { u"summary"_s, item.summary },
            { u"content"_s, item.content },
            { u"enclosures"_s, enclosures },
            { u"categories"_s, QJsonArray::fromStringList(item.categories) },
        });
    }
    return QJsonObject {
        { u"title"_s, feed.title },
        { u"link"_s, feed.link },
        { u"items"_s, items },
    };
}
