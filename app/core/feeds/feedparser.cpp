// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "feeddecoder.h"
#include "jsonfeedreader.h"
#include "xmlfeedreader.h"
#include "xmlprepass.h"

using namespace Qt::StringLiterals;

QString FeedParser::webPageMessage()
{
    return tr("This is a web page, not a feed");
}

QString FeedParser::entitiesMessage()
{
    return tr("This feed declares XML entities, which Byline does not expand");
}

QString FeedParser::invalidMessage(qint64 line, const QString &detail)
{
    return tr("Not a valid feed: line %1: %2").arg(line).arg(detail);
}

Result<ParsedFeed> FeedParser::parse(const QByteArray &body, const QUrl &documentUrl,
                                     const QByteArray &contentType)
{
    const QString text = FeedDecoder::decode(body, contentType);
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty())
        return Error { tr("The feed is empty") };
    if (trimmed.front() == u'{' || trimmed.front() == u'[')
        return JsonFeedReader::read(text.toUtf8(), documentUrl, maxItems);

    QString prepared;
    switch (XmlPrepass::prepare(text, prepared)) {
    case XmlPrepass::Outcome::WebPage:
        return Error { webPageMessage() };
    case XmlPrepass::Outcome::DeclaresEntities:
        return Error { entitiesMessage() };
    case XmlPrepass::Outcome::Ok:
        break;
    }
    return XmlFeedReader(prepared, documentUrl, maxItems).read();
}
