// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedpagelinks.h"

#include "extract/htmldecoder.h"
#include "extract/htmldocument.h"

#include <QSet>

using namespace Qt::StringLiterals;

bool FeedPageLinks::formatForType(const QString &type, ParsedFeed::Format *format)
{
    const QString mime = type.section(u';', 0, 0).trimmed().toLower();
    if (mime == "application/rss+xml"_L1 || mime == "application/x.atom+xml"_L1)
        *format = ParsedFeed::Format::Rss;
    else if (mime == "application/atom+xml"_L1)
        *format = ParsedFeed::Format::Atom;
    else if (mime == "application/rdf+xml"_L1)
        *format = ParsedFeed::Format::Rdf;
    else if (mime == "application/feed+json"_L1 || mime == "application/json"_L1)
        *format = ParsedFeed::Format::JsonFeed;
    else
        return false;
    return true;
}

FeedPageLinks::FeedPageLinks(const QByteArray &body, const QByteArray &contentType,
                             const QUrl &pageUrl)
{
    const HtmlDocument document(HtmlDecoder::decode(body, contentType));
    if (document.isEmpty())
        return;
    QUrl base = pageUrl;
    for (const HtmlNode *node : HtmlDocument::elements(document.root(), GUMBO_TAG_BASE)) {
        const QString href = node->attribute(u"href").trimmed();
        if (!href.isEmpty()) {
            base = pageUrl.resolved(QUrl(href));
            break;
        }
    }
    QSet<QString> seen;
    QUrl touchIcon;
    for (const HtmlNode *node : HtmlDocument::elements(document.root(), GUMBO_TAG_LINK)) {
        const QStringList rel = node->attribute(u"rel").toLower().split(u' ', Qt::SkipEmptyParts);
        const QString href = node->attribute(u"href").trimmed();
        if (href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(href));
        ParsedFeed::Format format;
        if (rel.contains(u"alternate"_s) && formatForType(node->attribute(u"type"), &format)) {
            const QString text = url.toString();
            if (url.isValid() && !seen.contains(text)) {
                seen.insert(text);
                m_feeds.append({ text, node->attribute(u"title").simplified(), format });
            }
        } else if (rel.contains(u"icon"_s) && !m_icon.isValid()) {
            m_icon = url;
        } else if (rel.contains(u"apple-touch-icon"_s) && !touchIcon.isValid()) {
            touchIcon = url;
        }
    }
    if (!m_icon.isValid())
        m_icon = touchIcon;
}
