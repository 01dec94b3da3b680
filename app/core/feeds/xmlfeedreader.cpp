// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlfeedreader.h"

#include "feeddate.h"
#include "feedparser.h"
#include "feedtext.h"

using namespace Qt::StringLiterals;

namespace {

// Prefixes feeds use without declaring them, and what they mean.
QString wellKnownNamespace(QStringView prefix)
{
    if (prefix == u"media"_s)
        return u"http://search.yahoo.com/mrss/"_s;
    if (prefix == u"dc"_s)
        return u"http://purl.org/dc/elements/1.1/"_s;
    if (prefix == u"content"_s)
        return u"http://purl.org/rss/1.0/modules/content/"_s;
    if (prefix == u"atom"_s)
        return u"http://www.w3.org/2005/Atom"_s;
    if (prefix == u"itunes"_s)
        return u"http://www.itunes.com/dtds/podcast-1.0.dtd"_s;
    if (prefix == u"rdf"_s)
        return u"http://www.w3.org/1999/02/22-rdf-syntax-ns#"_s;
    if (prefix == u"xml"_s)
        return u"http://www.w3.org/XML/1998/namespace"_s;
    return prefix.isEmpty() ? QString() : u"urn:x-undeclared:"_s + prefix;
}

bool isWeb(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1);
}

bool isVoidElement(QStringView name)
{
    static constexpr QLatin1StringView voids[]
        = { "br"_L1,    "img"_L1,   "hr"_L1,   "source"_L1, "wbr"_L1,   "area"_L1,  "col"_L1,
            "embed"_L1, "input"_L1, "meta"_L1, "link"_L1,   "track"_L1, "param"_L1, "base"_L1 };
    for (const QLatin1StringView v : voids) {
        if (name == v)
            return true;
    }
    return false;
}

bool isUrlAttribute(QStringView name)
{
    return name == u"href"_s || name == u"src"_s || name == u"cite"_s || name == u"poster"_s;
}

QStringView localOf(QStringView qualified)
{
    const qsizetype colon = qualified.indexOf(u':');
    return colon < 0 ? qualified : qualified.mid(colon + 1);
}

// "jo@example.com (Jo Doe)" -> "Jo Doe"; anything else as it is.
QString rssAuthorName(const QString &author)
{
    const qsizetype open = author.indexOf(u'(');
    if (open > 0 && author.endsWith(u')') && author.left(open).contains(u'@'))
        return author.mid(open + 1, author.size() - open - 2).simplified();
    return author;
}

void appendUnique(QStringList &list, const QString &value)
{
    const QString v = value.simplified();
    if (!v.isEmpty() && !list.contains(v))
        list.append(v);
}

} // namespace

XmlFeedReader::XmlFeedReader(const QString &text, const QUrl &documentUrl, int maxItems)
    : m_documentUrl(documentUrl), m_maxItems(maxItems)
{
    m_xml.setNamespaceProcessing(false); // namespaces are resolved here (undeclared prefixes)
    m_xml.setEntityExpansionLimit(256); // no DTD reaches the reader; a second fence
    m_xml.addData(text);
}

bool XmlFeedReader::nextChild()
{
    if (static_cast<int>(m_feed.items.size()) >= m_maxItems || !m_xml.readNextStartElement())
        return false;
    enter();
    return true;
}

void XmlFeedReader::enter()
{
    m_scopes.append(m_bindings.size());
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        const QStringView name = a.qualifiedName();
        if (name == u"xmlns"_s)
            m_bindings.append({ QString(), a.value().toString() });
        else if (name.startsWith(u"xmlns:"_s))
            m_bindings.append({ name.mid(6).toString(), a.value().toString() });
    }
}

void XmlFeedReader::leave()
{
    if (!m_scopes.isEmpty())
        m_bindings.resize(m_scopes.takeLast());
}

QString XmlFeedReader::lookup(QStringView prefix) const
{
    for (qsizetype i = m_bindings.size() - 1; i >= 0; --i) {
        if (m_bindings.at(i).first == prefix)
            return m_bindings.at(i).second;
    }
    return wellKnownNamespace(prefix);
}

QStringView XmlFeedReader::localName() const
{
    return localOf(m_xml.qualifiedName());
}

XmlFeedReader::Ns XmlFeedReader::ns() const
{
    const QStringView qualified = m_xml.qualifiedName();
    const qsizetype colon = qualified.indexOf(u':');
    const QString uri = lookup(colon < 0 ? QStringView() : qualified.left(colon));
    if (uri.isEmpty() || uri == "http://purl.org/rss/1.0/"_L1
        || uri == "http://my.netscape.com/rdf/simple/0.9/"_L1
        || uri == "http://backend.userland.com/rss2"_L1)
        return Ns::Core;
    if (uri == "http://www.w3.org/2005/Atom"_L1 || uri == "http://purl.org/atom/ns#"_L1)
        return Ns::Atom;
    if (uri == "http://purl.org/rss/1.0/modules/content/"_L1)
        return Ns::Content;
    if (uri == "http://purl.org/dc/elements/1.1/"_L1 || uri == "http://purl.org/dc/terms/"_L1)
        return Ns::Dc;
    if (uri.startsWith("http://search.yahoo.com/mrss"_L1))
        return Ns::Media;
    if (uri == "http://www.w3.org/1999/02/22-rdf-syntax-ns#"_L1)
        return Ns::Rdf;
    if (uri.compare("http://www.itunes.com/dtds/podcast-1.0.dtd"_L1, Qt::CaseInsensitive) == 0)
        return Ns::Itunes;
    if (uri == "http://www.w3.org/1999/xhtml"_L1)
        return Ns::Xhtml;
    return Ns::Other;
}

QUrl XmlFeedReader::baseFor(const QUrl &parent) const
{
    const QStringView base = m_xml.attributes().value(u"xml:base"_s).trimmed();
    if (base.isEmpty())
        return parent;
    const QUrl url(base.toString(), QUrl::TolerantMode);
    return parent.isValid() ? parent.resolved(url) : url;
}

QString XmlFeedReader::resolve(const QUrl &base, QStringView reference) const
{
    const QString trimmed = reference.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::TolerantMode);
    QUrl effective = base;
    // A feed read from a file: its site's address is the better base.
    if (!isWeb(effective) && !m_feed.link.isEmpty() && isWeb(QUrl(m_feed.link)))
        effective = QUrl(m_feed.link);
    return (effective.isValid() ? effective.resolved(url) : url).toString();
}

QString XmlFeedReader::text()
{
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

QString XmlFeedReader::markup(const QUrl &base, Markup mode)
{
    QString out;
    QList<QUrl> bases { base };
    QList<bool> written; // per open child element: whether its tags are written
    bool unwrapped = false;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QUrl elementBase = baseFor(bases.constLast());
            bases.append(elementBase);
            const QString name = localName().toString().toLower();
            // Atom's xhtml content comes in one <div> that is not part of it.
            if (mode == Markup::Xhtml && written.isEmpty() && !unwrapped && name == "div"_L1
                && out.trimmed().isEmpty()) {
                unwrapped = true;
                written.append(false);
                break;
            }
            written.append(true);
            out += u'<' + name;
            const QXmlStreamAttributes attributes = m_xml.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                const QStringView qualified = a.qualifiedName();
                if (qualified.startsWith(u"xmlns"_s) || qualified.startsWith(u"xml:"_s))
                    continue;
                const QString attribute = localOf(qualified).toString().toLower();
                const QString value = isUrlAttribute(attribute) ? resolve(elementBase, a.value())
                                                                : a.value().toString();
                out += u' ' + attribute + u"=\""_s + value.toHtmlEscaped() + u'"';
            }
            out += u'>';
            break;
        }
        case QXmlStreamReader::EndElement: {
            if (written.isEmpty())
                return out; // the end of the element markup() started in
            bases.removeLast();
            const QString name = localName().toString().toLower();
            if (written.takeLast() && !isVoidElement(name))
                out += u"</"_s + name + u'>';
            break;
        }
        case QXmlStreamReader::Characters:
            // Text directly in an RSS description or an html content is HTML source; text in
            // elements (or in xhtml content) is character data.
            if (written.isEmpty() && mode == Markup::HtmlSource)
                out += m_xml.text();
            else
                out += m_xml.text().toString().toHtmlEscaped();
            break;
        default:
            break;
        }
    }
    return out;
}

// An Atom text construct (title, summary, content, subtitle) as HTML, or as plain text.
QString XmlFeedReader::atomText(const QUrl &base, bool asHtml)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString type = attributes.value(u"type"_s).trimmed().toString().toLower();
    const QString mode = attributes.value(u"mode"_s).trimmed().toString().toLower(); // Atom 0.3
    if (attributes.hasAttribute(u"src"_s) || mode == "base64"_L1) {
        m_xml.skipCurrentElement();
        return {};
    }
    QString html;
    if (type == "xhtml"_L1 || type == "application/xhtml+xml"_L1 || mode == "xml"_L1) {
        html = markup(base, Markup::Xhtml);
    } else if (type == "html"_L1 || type == "text/html"_L1 || mode == "escaped"_L1) {
        html = markup(base, Markup::HtmlSource);
    } else if (type.isEmpty() || type == "text"_L1 || type.startsWith("text/"_L1)) {
        const QString plain = text();
        return asHtml ? FeedText::htmlFromText(plain) : plain.simplified();
    } else {
        m_xml.skipCurrentElement();
        return {};
    }
    return asHtml ? html : FeedText::plainFromHtml(html);
}

void XmlFeedReader::addItem(FeedItem &&item)
{
    if (static_cast<int>(m_feed.items.size()) < m_maxItems)
        m_feed.items.append(std::move(item));
}

Result<ParsedFeed> XmlFeedReader::read()
{
    if (m_xml.readNextStartElement()) {
        enter();
        const QUrl base = baseFor(m_documentUrl);
        const QStringView root = localName();
        if (root == u"rss"_s && ns() == Ns::Core) {
            m_feed.format = ParsedFeed::Format::Rss;
            readRss(base, false);
        } else if (root == u"RDF"_s && (ns() == Ns::Rdf || ns() == Ns::Core)) {
            m_feed.format = ParsedFeed::Format::Rdf;
            readRss(base, true);
        } else if (root == u"feed"_s && (ns() == Ns::Atom || ns() == Ns::Core)) {
            m_feed.format = ParsedFeed::Format::Atom;
            readAtomFeed(base);
        } else if (root.compare(u"html"_s, Qt::CaseInsensitive) == 0) {
            return Error { FeedParser::webPageMessage() };
        } else {
            return Error { FeedParser::invalidMessage(
                m_xml.lineNumber(),
                tr("<%1> is not an RSS, Atom or RDF document").arg(m_xml.qualifiedName())) };
        }
    }
    if (m_xml.hasError() && m_feed.items.isEmpty())
        return Error { FeedParser::invalidMessage(m_xml.lineNumber(), m_xml.errorString()) };
    return std::move(m_feed);
}

void XmlFeedReader::readRss(const QUrl &base, bool rdf)
{
    while (nextChild()) {
        const QStringView name = localName();
        if (ns() == Ns::Core && name == u"channel"_s)
            readChannel(baseFor(base));
        else if (ns() == Ns::Core && name == u"item"_s)
            readRssItem(base, rdf);
        else if (ns() == Ns::Core && name == u"image"_s && rdf)
            readImage(baseFor(base));
        else
            m_xml.skipCurrentElement();
        leave();
    }
}

void XmlFeedReader::readChannel(const QUrl &base)
{
    while (nextChild()) {
        const Ns space = ns();
        const QStringView name = localName();
        if (space == Ns::Core && name == u"item"_s) {
            readRssItem(base, false);
        } else if (space == Ns::Core && name == u"title"_s && m_feed.title.isEmpty()) {
            m_feed.title = FeedText::plainFromHtml(text());
        } else if (space == Ns::Core && name == u"link"_s && m_feed.link.isEmpty()) {
            m_feed.link = resolve(baseFor(base), text());
        } else if (space == Ns::Core && name == u"description"_s) {
            m_feed.description = FeedText::plainFromHtml(text());
        } else if (space == Ns::Core && name == u"image"_s) {
            readImage(baseFor(base));
        } else if (space == Ns::Itunes && name == u"image"_s && m_feed.iconUrl.isEmpty()) {
            m_feed.iconUrl = resolve(base, m_xml.attributes().value(u"href"_s));
            m_xml.skipCurrentElement();
        } else if (space == Ns::Atom && name == u"link"_s) {
            readAtomLink(baseFor(base), m_feed.link, &m_feed.feedUrl, nullptr);
        } else {
            m_xml.skipCurrentElement();
        }
        leave();
    }
}

// A channel's <image>: its <url> is the feed's icon.
void XmlFeedReader::readImage(const QUrl &base)
{
    while (nextChild()) {
        if (ns() == Ns::Core && localName() == u"url"_s && m_feed.iconUrl.isEmpty())
            m_feed.iconUrl = resolve(baseFor(base), text());
        else
            m_xml.skipCurrentElement();
        leave();
    }
}

void XmlFeedReader::readRssItem(const QUrl &parentBase, bool rdf)
{
    const QUrl base = baseFor(parentBase);
    FeedItem item;
    item.contentBase = base.toString();
    if (rdf)
        item.id = m_xml.attributes().value(u"rdf:about"_s).trimmed().toString();
    QStringList authors;
    QString guid;
    bool guidIsLink = false;
    int imageRank = 0;
    while (nextChild()) {
        const Ns space = ns();
        const QStringView name = localName();
        if (space == Ns::Core && name == u"title"_s) {
            item.title = FeedText::plainFromHtml(text());
        } else if (space == Ns::Core && name == u"link"_s) {
            // <link href="..."/> (Atom's habit, without Atom's namespace) or <link>URL</link>.
            const QUrl here = baseFor(base);
            QString href = m_xml.attributes().value(u"href"_s).trimmed().toString();
            if (href.isEmpty())
                href = text();
            else
                m_xml.skipCurrentElement();
            const QString link = resolve(here, href);
            if (item.link.isEmpty())
                item.link = link;
        } else if (space == Ns::Core && name == u"description"_s) {
            item.summary = markup(baseFor(base), Markup::HtmlSource).trimmed();
        } else if (space == Ns::Content && name == u"encoded"_s) {
            item.contentBase = baseFor(base).toString();
            item.content = markup(baseFor(base), Markup::HtmlSource).trimmed();
        } else if (space == Ns::Core && name == u"guid"_s) {
            const QString permaLink
                = m_xml.attributes().value(u"isPermaLink"_s).trimmed().toString().toLower();
            guidIsLink = permaLink.isEmpty() || permaLink == "true"_L1;
            guid = text().trimmed();
        } else if ((space == Ns::Core && name == u"author"_s)
                   || (space == Ns::Dc && (name == u"creator"_s || name == u"contributor"_s))) {
            appendUnique(authors, rssAuthorName(FeedText::plainFromHtml(text())));
        } else if (space == Ns::Itunes && name == u"author"_s && authors.isEmpty()) {
            appendUnique(authors, FeedText::plainFromHtml(text()));
        } else if ((space == Ns::Core && name == u"pubDate"_s)
                   || (space == Ns::Dc && (name == u"date"_s || name == u"issued"_s))
                   || (space == Ns::Atom && name == u"published"_s)) {
            const QDateTime date = FeedDate::parse(text());
            if (!item.published.isValid())
                item.published = date;
        } else if ((space == Ns::Dc && name == u"modified"_s)
                   || (space == Ns::Atom && name == u"updated"_s)) {
            item.updated = FeedDate::parse(text());
        } else if ((space == Ns::Core && name == u"category"_s)
                   || (space == Ns::Dc && name == u"subject"_s)) {
            appendUnique(item.categories, FeedText::plainFromHtml(text()));
        } else if (space == Ns::Core && name == u"comments"_s) {
            item.comments = resolve(baseFor(base), text());
        } else if (space == Ns::Core && name == u"enclosure"_s) {
            const QXmlStreamAttributes a = m_xml.attributes();
            FeedEnclosure enclosure { resolve(baseFor(base), a.value(u"url"_s)),
                                      a.value(u"type"_s).trimmed().toString(),
                                      a.value(u"length"_s).trimmed().toLongLong() };
            if (!enclosure.url.isEmpty())
                item.enclosures.append(enclosure);
            m_xml.skipCurrentElement();
        } else if (space == Ns::Media) {
            readMedia(item, baseFor(base), imageRank);
        } else if (space == Ns::Itunes && name == u"image"_s && imageRank < 1) {
            item.imageUrl = resolve(base, m_xml.attributes().value(u"href"_s));
            imageRank = 1;
            m_xml.skipCurrentElement();
        } else if (space == Ns::Atom && name == u"link"_s) {
            readAtomLink(baseFor(base), item.link, nullptr, &item.enclosures);
        } else {
            m_xml.skipCurrentElement();
        }
        leave();
    }
    if (!guid.isEmpty())
        item.id = guid;
    // A permalink guid is the item's address when it has no <link>.
    if (item.link.isEmpty() && guidIsLink && !guid.isEmpty()) {
        const QUrl url(resolve(base, guid));
        if (isWeb(url))
            item.link = url.toString();
    }
    item.author = authors.join(u", "_s);
    if (!m_xml.hasError())
        addItem(std::move(item));
}

// media:content, media:thumbnail, media:group (recursively) and media:description.
void XmlFeedReader::readMedia(FeedItem &item, const QUrl &base, int &imageRank, int depth)
{
    if (depth > maxMediaDepth) { // media:group in media:content ... : no deeper than real feeds
        m_xml.skipCurrentElement();
        return;
    }
    const QStringView name = localName();
    const QXmlStreamAttributes a = m_xml.attributes();
    if (name == u"thumbnail"_s) {
        const QString url = resolve(base, a.value(u"url"_s));
        if (!url.isEmpty() && imageRank < 3) {
            item.imageUrl = url;
            imageRank = 3;
        }
        m_xml.skipCurrentElement();
    } else if (name == u"content"_s || name == u"group"_s) {
        if (name == u"content"_s) {
            const QString url = resolve(base, a.value(u"url"_s));
            const QString type = a.value(u"type"_s).trimmed().toString();
            const QStringView medium = a.value(u"medium"_s).trimmed();
            if (url.isEmpty()) {
            } else if (medium == u"image"_s || type.startsWith("image/"_L1)) {
                if (imageRank < 2) {
                    item.imageUrl = url;
                    imageRank = 2;
                }
            } else {
                const bool known
                    = std::any_of(item.enclosures.cbegin(), item.enclosures.cend(),
                                  [&url](const FeedEnclosure &e) { return e.url == url; });
                if (!known)
                    item.enclosures.append({ url, type, a.value(u"fileSize"_s).toLongLong() });
            }
        }
        while (nextChild()) {
            if (ns() == Ns::Media)
                readMedia(item, baseFor(base), imageRank, depth + 1);
            else
                m_xml.skipCurrentElement();
            leave();
        }
    } else if (name == u"description"_s && item.summary.isEmpty()) {
        const bool html = a.value(u"type"_s) == u"html"_s;
        item.summary
            = html ? markup(base, Markup::HtmlSource).trimmed() : FeedText::htmlFromText(text());
    } else {
        m_xml.skipCurrentElement();
    }
}

// An atom:link: rel=alternate (or none) -> `link` (the first one, or a text/html one over one
// of another type), self -> `self`, enclosure -> `enclosures`.
void XmlFeedReader::readAtomLink(const QUrl &base, QString &link, QString *self,
                                 QList<FeedEnclosure> *enclosures)
{
    const QXmlStreamAttributes a = m_xml.attributes();
    const QString rel = a.value(u"rel"_s).trimmed().toString().toLower();
    const QString href = resolve(base, a.value(u"href"_s));
    const QString type = a.value(u"type"_s).trimmed().toString();
    m_xml.skipCurrentElement();
    if (href.isEmpty())
        return;
    if (rel.isEmpty() || rel == "alternate"_L1) {
        if (link.isEmpty() || type == "text/html"_L1)
            link = href;
    } else if (rel == "self"_L1 && self) {
        *self = href;
    } else if (rel == "enclosure"_L1 && enclosures) {
        enclosures->append({ href, type, a.value(u"length"_s).trimmed().toLongLong() });
    }
}

void XmlFeedReader::readAtomFeed(const QUrl &base)
{
    QStringList authors;
    QString alternate;
    while (nextChild()) {
        const Ns space = ns();
        const bool atom = space == Ns::Atom || space == Ns::Core;
        const QStringView name = localName();
        const QUrl here = baseFor(base);
        if (atom && name == u"entry"_s) {
            readAtomEntry(base, authors);
        } else if (atom && name == u"title"_s) {
            m_feed.title = atomText(here, false);
        } else if (atom && (name == u"subtitle"_s || name == u"tagline"_s)) {
            m_feed.description = atomText(here, false);
        } else if (atom && name == u"link"_s) {
            readAtomLink(here, alternate, &m_feed.feedUrl, nullptr);
            m_feed.link = alternate;
        } else if (atom && (name == u"icon"_s || name == u"logo"_s)) {
            const QString url = resolve(here, text());
            if (m_feed.iconUrl.isEmpty() || name == u"icon"_s)
                m_feed.iconUrl = url;
        } else if (atom && name == u"author"_s) {
            appendUnique(authors, readAtomPerson());
        } else {
            m_xml.skipCurrentElement();
        }
        leave();
    }
}

QString XmlFeedReader::readAtomPerson()
{
    QString name;
    QString email;
    while (nextChild()) {
        if (localName() == u"name"_s)
            name = FeedText::plainFromHtml(text());
        else if (localName() == u"email"_s)
            email = text().simplified();
        else
            m_xml.skipCurrentElement();
        leave();
    }
    return name.isEmpty() ? email : name;
}

void XmlFeedReader::readAtomEntry(const QUrl &parentBase, const QStringList &feedAuthors)
{
    const QUrl base = baseFor(parentBase);
    FeedItem item;
    item.contentBase = base.toString();
    QStringList authors;
    QStringList contributors;
    QString contentSource;
    int imageRank = 0;
    while (nextChild()) {
        const Ns space = ns();
        const bool atom = space == Ns::Atom || space == Ns::Core;
        const QStringView name = localName();
        const QUrl here = baseFor(base);
        if (atom && name == u"id"_s) {
            item.id = text().trimmed();
        } else if (atom && name == u"title"_s) {
            item.title = atomText(here, false);
        } else if (atom && name == u"link"_s) {
            readAtomLink(here, item.link, nullptr, &item.enclosures);
        } else if (atom && name == u"author"_s) {
            appendUnique(authors, readAtomPerson());
        } else if (atom && name == u"contributor"_s) {
            appendUnique(contributors, readAtomPerson());
        } else if (atom && (name == u"published"_s || name == u"issued"_s)) {
            item.published = FeedDate::parse(text());
        } else if (atom && (name == u"updated"_s || name == u"modified"_s)) {
            item.updated = FeedDate::parse(text());
        } else if (atom && name == u"summary"_s) {
            item.summary = atomText(here, true).trimmed();
        } else if (atom && name == u"content"_s) {
            const QStringView src = m_xml.attributes().value(u"src"_s);
            if (!src.trimmed().isEmpty())
                contentSource = resolve(here, src);
            item.contentBase = here.toString();
            item.content = atomText(here, true).trimmed();
        } else if (atom && name == u"category"_s) {
            const QXmlStreamAttributes a = m_xml.attributes();
            const QStringView label = a.value(u"label"_s);
            appendUnique(item.categories,
                         (label.trimmed().isEmpty() ? a.value(u"term"_s) : label).toString());
            m_xml.skipCurrentElement();
        } else if (space == Ns::Media) {
            readMedia(item, here, imageRank);
        } else if (space == Ns::Dc && name == u"creator"_s) {
            appendUnique(authors, FeedText::plainFromHtml(text()));
        } else {
            m_xml.skipCurrentElement();
        }
        leave();
    }
    if (item.link.isEmpty())
        item.link = contentSource;
    for (const QString &c : std::as_const(contributors))
        appendUnique(authors, c);
    item.author = (authors.isEmpty() ? feedAuthors : authors).join(u", "_s);
    if (!m_xml.hasError())
        addItem(std::move(item));
}
