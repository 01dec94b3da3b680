// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfeedreader.h"

#include "feeddate.h"
#include "feedparser.h"
#include "feedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString string(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

QString resolve(const QUrl &base, const QString &reference)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::TolerantMode);
    return (base.isValid() ? base.resolved(url) : url).toString();
}

QStringList authorsOf(const QJsonObject &object)
{
    QStringList names;
    QJsonArray authors = object.value("authors"_L1).toArray();
    if (authors.isEmpty() && object.value("author"_L1).isObject())
        authors.append(object.value("author"_L1));
    for (const QJsonValue &author : std::as_const(authors)) {
        const QString name = author.toObject().value("name"_L1).toString().simplified();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

FeedItem itemOf(const QJsonObject &object, const QUrl &base, const QStringList &feedAuthors)
{
    FeedItem item;
    item.contentBase = base.toString();
    item.id = string(object, "id"_L1).trimmed();
    item.title = FeedText::plainFromHtml(object.value("title"_L1).toString());
    item.link = resolve(base, object.value("url"_L1).toString());
    if (item.link.isEmpty())
        item.link = resolve(base, object.value("external_url"_L1).toString());
    const QStringList authors = authorsOf(object);
    item.author = (authors.isEmpty() ? feedAuthors : authors).join(u", "_s);
    item.published = FeedDate::parse(object.value("date_published"_L1).toString());
    item.updated = FeedDate::parse(object.value("date_modified"_L1).toString());
    item.summary = FeedText::htmlFromText(object.value("summary"_L1).toString());
    item.content = object.value("content_html"_L1).toString().trimmed();
    if (item.content.isEmpty())
        item.content = FeedText::htmlFromText(object.value("content_text"_L1).toString());
    item.imageUrl = resolve(base, object.value("image"_L1).toString());
    if (item.imageUrl.isEmpty())
        item.imageUrl = resolve(base, object.value("banner_image"_L1).toString());
    const QJsonArray attachments = object.value("attachments"_L1).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject attachment = value.toObject();
        const QString url = resolve(base, attachment.value("url"_L1).toString());
        if (!url.isEmpty())
            item.enclosures.append(
                { url, attachment.value("mime_type"_L1).toString().trimmed(),
                  qint64(std::max(0.0, attachment.value("size_in_bytes"_L1).toDouble())) });
    }
    const QJsonArray tags = object.value("tags"_L1).toArray();
    for (const QJsonValue &tag : tags) {
        const QString t = tag.toString().simplified();
        if (!t.isEmpty() && !item.categories.contains(t))
            item.categories.append(t);
    }
    return item;
}

} // namespace

Result<ParsedFeed> JsonFeedReader::read(const QByteArray &json, const QUrl &documentUrl,
                                        int maxItems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 line = json.left(error.offset).count('\n') + 1;
        return Error { FeedParser::invalidMessage(line, error.errorString()) };
    }
    const QJsonObject root = document.object();
    const QString version = root.value("version"_L1).toString();
    if (!document.isObject()
        || (!version.contains("jsonfeed.org"_L1) && !root.value("items"_L1).isArray()))
        return Error { FeedParser::invalidMessage(1, tr("this JSON is not a JSON Feed")) };

    ParsedFeed feed;
    feed.format = ParsedFeed::Format::JsonFeed;
    feed.title = FeedText::plainFromHtml(root.value("title"_L1).toString());
    feed.link = resolve(documentUrl, root.value("home_page_url"_L1).toString());
    feed.feedUrl = resolve(documentUrl, root.value("feed_url"_L1).toString());
    feed.description = root.value("description"_L1).toString().simplified();
    feed.iconUrl = resolve(documentUrl, root.value("icon"_L1).toString());
    if (feed.iconUrl.isEmpty())
        feed.iconUrl = resolve(documentUrl, root.value("favicon"_L1).toString());
    const QStringList feedAuthors = authorsOf(root);
    const QJsonArray items = root.value("items"_L1).toArray();
    for (const QJsonValue &value : items) {
        if (feed.items.size() >= maxItems)
            break;
        if (value.isObject())
            feed.items.append(itemOf(value.toObject(), documentUrl, feedAuthors));
    }
    return feed;
}
