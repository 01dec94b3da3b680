// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedfeed.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>
#include <QXmlStreamReader>

// Reads RSS 2.0/0.9x, RSS 1.0 (RDF) and Atom 1.0/0.3 from text XmlPrepass prepared, in one
// stream (QXmlStreamReader; no DOM). Namespaces are resolved here, not by the reader, so an
// undeclared but well-known prefix (media:, dc:, content:, atom:, itunes:) still means what it
// always means, and an unknown one is skipped. xml:base is followed at every level. FeedParser
// is the entry point; use it, not this.
class XmlFeedReader {
    Q_DECLARE_TR_FUNCTIONS(XmlFeedReader)

public:
    XmlFeedReader(const QString &text, const QUrl &documentUrl, int maxItems);
    Result<ParsedFeed> read();

private:
    enum class Ns { Core, Atom, Content, Dc, Media, Rdf, Itunes, Xhtml, Other };
    enum class Markup { HtmlSource, Xhtml };

    bool nextChild(); // readNextStartElement + enter(); pair with leave()
    void enter(); // the current element's namespace declarations
    void leave();
    Ns ns() const;
    QStringView localName() const;
    QString lookup(QStringView prefix) const;
    QUrl baseFor(const QUrl &parent) const;
    QString resolve(const QUrl &base, QStringView reference) const;
    QString text();
    QString markup(const QUrl &base, Markup mode);
    QString atomText(const QUrl &base, bool asHtml);

    void readRss(const QUrl &base, bool rdf);
    void readChannel(const QUrl &base);
    void readImage(const QUrl &base);
    void readRssItem(const QUrl &base, bool rdf);
    static constexpr int maxMediaDepth = 4; // nested media:group / media:content
    void readMedia(FeedItem &item, const QUrl &base, int &imageRank, int depth = 0);
    void readAtomFeed(const QUrl &base);
    void readAtomEntry(const QUrl &base, const QStringList &feedAuthors);
    QString readAtomPerson();
    void readAtomLink(const QUrl &base, QString &link, QString *self,
                      QList<FeedEnclosure> *enclosures);
    void addItem(FeedItem &&item);

    QXmlStreamReader m_xml;
    QUrl m_documentUrl;
    int m_maxItems;
    ParsedFeed m_feed;
    QList<std::pair<QString, QString>> m_bindings; // prefix -> namespace URI, innermost last
    QList<qsizetype> m_scopes; // m_bindings' size when each open element was entered
};
