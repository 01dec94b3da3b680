// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opmlwriter.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

void writeOutline(QXmlStreamWriter &xml, const OpmlOutline &outline)
{
    xml.writeStartElement(u"outline"_s);
    xml.writeAttribute(u"text"_s, outline.title);
    xml.writeAttribute(u"title"_s, outline.title);
    if (outline.isFeed()) {
        xml.writeAttribute(u"type"_s, u"rss"_s);
        xml.writeAttribute(u"xmlUrl"_s, outline.xmlUrl);
        if (!outline.htmlUrl.isEmpty())
            xml.writeAttribute(u"htmlUrl"_s, outline.htmlUrl);
    }
    for (const OpmlOutline &child : outline.children)
        writeOutline(xml, child);
    xml.writeEndElement();
}

OpmlOutline feedOutline(const Feed &feed)
{
    OpmlOutline outline;
    outline.title = feed.title;
    outline.xmlUrl = feed.url;
    outline.htmlUrl = feed.siteUrl;
    return outline;
}

OpmlOutline folderOutline(const FeedFolder &folder,
                          const QMultiHash<qint64, const FeedFolder *> &subFolders,
                          const QMultiHash<qint64, const Feed *> &feedsIn, int depth)
{
    OpmlOutline outline;
    outline.title = folder.title;
    if (depth > 64) // a loop in the folder tree cannot come from FeedStore; stay finite anyway
        return outline;
    QList<const FeedFolder *> children = subFolders.values(folder.id);
    std::reverse(children.begin(), children.end()); // QMultiHash returns the last added first
    for (const FeedFolder *child : children)
        outline.children.append(folderOutline(*child, subFolders, feedsIn, depth + 1));
    QList<const Feed *> feeds = feedsIn.values(folder.id);
    std::reverse(feeds.begin(), feeds.end());
    for (const Feed *feed : feeds)
        outline.children.append(feedOutline(*feed));
    return outline;
}

} // namespace

QByteArray OpmlWriter::write(const OpmlDocument &document)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"opml"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeStartElement(u"head"_s);
    xml.writeTextElement(u"title"_s, document.title);
    xml.writeEndElement();
    xml.writeStartElement(u"body"_s);
    for (const OpmlOutline &outline : document.outlines)
        writeOutline(xml, outline);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

OpmlDocument OpmlWriter::fromFeeds(const QList<FeedFolder> &folders, const QList<Feed> &feeds)
{
    QMultiHash<qint64, const FeedFolder *> subFolders;
    for (const FeedFolder &folder : folders)
        subFolders.insert(folder.parentId, &folder);
    QSet<qint64> known;
    for (const FeedFolder &folder : folders)
        known.insert(folder.id);
    QMultiHash<qint64, const Feed *> feedsIn; // a feed of an unknown folder goes to the top
    for (const Feed &feed : feeds)
        feedsIn.insert(known.contains(feed.folderId) ? feed.folderId : 0, &feed);
    OpmlDocument document;
    document.title = u"Byline subscriptions"_s;
    for (const FeedFolder &folder : folders)
        if (folder.parentId == 0)
            document.outlines.append(folderOutline(folder, subFolders, feedsIn, 0));
    QList<const Feed *> topLevel = feedsIn.values(0);
    std::reverse(topLevel.begin(), topLevel.end());
    for (const Feed *feed : topLevel)
        document.outlines.append(feedOutline(*feed));
    return document;
}
