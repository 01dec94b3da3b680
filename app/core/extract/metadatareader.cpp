// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatareader.h"

#include "datefinder.h"
#include "htmldocument.h"
#include "titlechooser.h"
#include "titlecleaner.h"
#include "urlresolver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

struct PageFacts {
    QHash<QString, QString> meta; // normalised name/property -> content (last wins)
    QString documentTitle, canonical, htmlLang, firstTimeDatetime;
    QString timeAfterHeadline; // datetime of the first <time> after the first h1
    QString textAfterHeadline; // the first visible text after the first h1
    QString visibleAuthor; // microdata itemprop=author, rel=author, an author/byline element
    QDate datedElement; // the first date in a short element whose class names a date
    QStringList h1s, h2s, jsonLd;
    QStringList headlines; // h1 texts for TitleChooser (a kicker-less variant first)
};

bool separatorOnly(const QString &text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return false;
    }
    return true;
}

// A headline's texts: the whole (its parts joined with spaces, so that "<span>Kicker</span>
// <span>Headline</span>" keeps its words apart) and, when it opens with a short element of its
// own (a kicker, a date), the rest without it. The rest comes first.
QStringList headlineTexts(HtmlNode *h1)
{
    HtmlNode *holder = h1;
    while (holder->firstChild && holder->firstChild == holder->lastChild
           && holder->firstChild->isElement())
        holder = holder->firstChild;
    QStringList parts;
    bool firstIsElement = false;
    for (HtmlNode *c = holder->firstChild; c; c = c->next) {
        const QString text = c->isText() ? c->text.simplified() : HtmlDocument::normalizedText(c);
        if (c->isElement() && c->tag == GUMBO_TAG_BR)
            continue;
        if (text.isEmpty() || separatorOnly(text))
            continue;
        if (parts.isEmpty())
            firstIsElement = c->isElement();
        parts.append(text);
    }
    QString whole = parts.join(u' ').simplified();
    if (whole.isEmpty())
        whole = HtmlDocument::normalizedText(h1);
    if (parts.size() < 2 || !firstIsElement)
        return { whole };
    const QString rest = parts.mid(1).join(u' ');
    const int kickerWords = TitleCleaner::wordCount(parts.first());
    const int restWords = TitleCleaner::wordCount(rest);
    if (kickerWords > 8 || restWords < 3 || restWords < kickerWords)
        return { whole };
    return { rest, whole };
}

bool hasWord(const QString &value, QLatin1String word)
{
    return value.contains(word, Qt::CaseInsensitive);
}

// An author's name shown on the page: microdata (itemprop=author, its itemprop=name), a
// rel=author link, or, after the headline, a short element whose class names the author or
// the byline (not a comment's author).
QString visibleAuthor(HtmlNode *n, bool afterHeadline)
{
    const QString itemprop = n->attribute(u"itemprop");
    const QString rel = n->attribute(u"rel");
    const QString hints = n->attribute(u"class") + u' ' + n->attribute(u"id");
    const bool microdata = itemprop.split(u' ').contains("author"_L1) && !n->is(GUMBO_TAG_META)
        && !n->is(GUMBO_TAG_LINK);
    const bool relAuthor = n->is(GUMBO_TAG_A) && rel.split(u' ').contains("author"_L1);
    const bool classed = afterHeadline
        && (hasWord(hints, "author"_L1) || hasWord(hints, "byline"_L1)
            || hasWord(hints, "autor"_L1))
        && !hasWord(hints, "comment"_L1) && !hasWord(hints, "bio"_L1)
        && !hasWord(hints, "avatar"_L1) && !n->is(GUMBO_TAG_IMG);
    if (!microdata && !relAuthor && !classed)
        return {};
    if (microdata) {
        for (HtmlNode *c = n->firstChild; c; c = c->following(n)) {
            if (c->isElement() && c->attribute(u"itemprop") == "name"_L1) {
                const QString name = c->is(GUMBO_TAG_META) ? c->attribute(u"content").simplified()
                                                           : HtmlDocument::normalizedText(c);
                if (!name.isEmpty())
                    return name;
            }
        }
    }
    const QString text = HtmlDocument::normalizedText(n);
    if (text.isEmpty() || text.size() > 80 || TitleCleaner::wordCount(text) > 8)
        return {};
    return text;
}

PageFacts collectFacts(const HtmlDocument &document)
{
    PageFacts facts;
    HtmlNode *root = document.root();
    facts.htmlLang = root->attribute(u"lang");
    if (facts.htmlLang.isEmpty())
        facts.htmlLang = root->attribute(u"xml:lang");
    bool inBody = false;
    int datedTries = 0;
    HtmlNode *next = nullptr;
    for (HtmlNode *n = root; n; n = next) {
        next = n->following(root);
        if (n->isText()) {
            if (!facts.h1s.isEmpty() && facts.textAfterHeadline.size() < 1500)
                facts.textAfterHeadline += n->text + u' ';
            continue;
        }
        if (!n->isElement())
            continue;
        if (inBody && facts.visibleAuthor.isEmpty())
            facts.visibleAuthor = visibleAuthor(n, !facts.h1s.isEmpty());
        if (inBody && !facts.datedElement.isValid() && datedTries < 40) {
            const QString hints = (n->attribute(u"class") + u' ' + n->attribute(u"id")).toLower();
            if (hints.contains("date"_L1) || hints.contains("datum"_L1)
                || hints.contains("posted"_L1) || hints.contains("published"_L1)
                || hints.contains("meta"_L1) || hints.contains("time"_L1)) {
                ++datedTries;
                const QString text = HtmlDocument::normalizedText(n);
                if (!text.isEmpty() && text.size() <= 200)
                    facts.datedElement = DateFinder::find(text);
            }
        }
        switch (n->tag) {
        case GUMBO_TAG_BODY:
            inBody = true;
            break;
        case GUMBO_TAG_META: {
            const QString content = n->attribute(u"content").trimmed();
            if (content.isEmpty())
                break;
            const QString property = n->attribute(u"property").toLower();
            for (const QString &p : property.split(u' ', Qt::SkipEmptyParts))
                facts.meta.insert(p, content);
            QString name = n->attribute(u"name").toLower().trimmed();
            if (name.isEmpty())
                name = n->attribute(u"itemprop").toLower().trimmed();
            if (name.isEmpty() && n->attribute(u"http-equiv").toLower() == "content-language"_L1)
                name = u"content-language"_s;
            if (!name.isEmpty()) {
                name.replace(u'.', u':');
                name.remove(u' ');
                facts.meta.insert(name, content);
            }
            break;
        }
        case GUMBO_TAG_TITLE:
            if (facts.documentTitle.isEmpty() && !n->isInside(document.body()))
                facts.documentTitle = HtmlDocument::normalizedText(n);
            break;
        case GUMBO_TAG_LINK:
            if (facts.canonical.isEmpty()
                && n->attribute(u"rel").toLower().split(u' ').contains("canonical"_L1))
                facts.canonical = n->attribute(u"href");
            break;
        case GUMBO_TAG_H1:
            if (facts.h1s.size() < 20)
                facts.headlines.append(headlineTexts(n));
            facts.h1s.append(HtmlDocument::normalizedText(n));
            break;
        case GUMBO_TAG_H2:
            facts.h2s.append(HtmlDocument::normalizedText(n));
            break;
        case GUMBO_TAG_TIME:
            if (inBody && facts.firstTimeDatetime.isEmpty())
                facts.firstTimeDatetime = n->attribute(u"datetime");
            if (!facts.h1s.isEmpty() && facts.timeAfterHeadline.isEmpty())
                facts.timeAfterHeadline = n->attribute(u"datetime");
            break;
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
            if (n->is(GUMBO_TAG_SCRIPT)
                && n->attribute(u"type").trimmed().toLower() == "application/ld+json"_L1)
                facts.jsonLd.append(HtmlDocument::textContent(n));
            next = n->following(root, true);
            break;
        default:
            break;
        }
    }
    return facts;
}

// A time the page gives in UTC is shown in the page's own zone: the offset another of its
// times carries (article:modified_time, a <time datetime> ...), else the zone of a language
// spoken in one zone only (the date of a late-evening story in Berlin is Berlin's date).
QDateTime inPageZone(const QDateTime &published, const PageFacts &facts, const QString &language)
{
    if (!published.isValid() || published.timeSpec() != Qt::UTC || published.time() == QTime(0, 0))
        return published;
    static const QRegularExpression offset(
        u"T\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?([+-])(\\d\\d):?(\\d\\d)\\b"_s);
    QStringList texts = facts.meta.values();
    texts << facts.timeAfterHeadline << facts.firstTimeDatetime << facts.jsonLd;
    for (const QString &text : std::as_const(texts)) {
        const QRegularExpressionMatch m = offset.match(text);
        if (!m.hasMatch())
            continue;
        const int seconds = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60)
            * (m.captured(1) == u"-"_s ? -1 : 1);
        if (seconds != 0 && qAbs(seconds) <= 14 * 3600)
            return published.toOffsetFromUtc(seconds);
    }
    static const QHash<QString, QByteArray> zones = {
        { u"de"_s, "Europe/Berlin" },     { u"fr"_s, "Europe/Paris" },
        { u"it"_s, "Europe/Rome" },       { u"pl"_s, "Europe/Warsaw" },
        { u"nl"_s, "Europe/Amsterdam" },  { u"cs"_s, "Europe/Prague" },
        { u"da"_s, "Europe/Copenhagen" }, { u"sv"_s, "Europe/Stockholm" },
        { u"fi"_s, "Europe/Helsinki" },   { u"hu"_s, "Europe/Budapest" },
        { u"ja"_s, "Asia/Tokyo" },        { u"ko"_s, "Asia/Seoul" },
        { u"zh"_s, "Asia/Shanghai" },
    };
    const QByteArray zone = zones.value(language);
    if (zone.isEmpty())
        return published;
    const QTimeZone tz(zone);
    if (!tz.isValid())
        return published;
    return published.toOffsetFromUtc(tz.offsetFromUtc(published));
}

bool isArticleType(const QJsonValue &type)
{
    static const QSet<QString> types = {
        u"Article"_s,
        u"AdvertiserContentArticle"_s,
        u"NewsArticle"_s,
        u"AnalysisNewsArticle"_s,
        u"AskPublicNewsArticle"_s,
        u"BackgroundNewsArticle"_s,
        u"OpinionNewsArticle"_s,
        u"ReportageNewsArticle"_s,
        u"ReviewNewsArticle"_s,
        u"Report"_s,
        u"SatiricalArticle"_s,
        u"ScholarlyArticle"_s,
        u"MedicalScholarlyArticle"_s,
        u"SocialMediaPosting"_s,
        u"BlogPosting"_s,
        u"LiveBlogPosting"_s,
        u"DiscussionForumPosting"_s,
        u"TechArticle"_s,
        u"APIReference"_s,
        u"Recipe"_s,
        u"HowTo"_s,
        u"Review"_s,
    };
    if (type.isArray()) {
        const QJsonArray array = type.toArray();
        for (const QJsonValue &t : array) {
            if (types.contains(t.toString()))
                return true;
        }
        return false;
    }
    return types.contains(type.toString());
}

// The first article object in a JSON-LD value: the value itself, in an array, or in @graph.
QJsonObject findArticle(const QJsonValue &value, int depth = 0)
{
    if (depth > 8)
        return {};
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject found = findArticle(v, depth + 1);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    const QJsonObject object = value.toObject();
    if (isArticleType(object.value("@type"_L1)))
        return object;
    if (object.contains("@graph"_L1))
        return findArticle(object.value("@graph"_L1), depth + 1);
    return {};
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject())
        return value.toObject().value("name"_L1).toString().trimmed();
    if (value.isArray()) {
        QStringList names;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array) {
            const QString n = nameOf(v);
            if (!n.isEmpty() && !names.contains(n))
                names.append(n);
        }
        return names.join(", "_L1);
    }
    return {};
}

QString urlOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        return o.contains("url"_L1) ? urlOf(o.value("url"_L1)) : o.value("@id"_L1).toString();
    }
    if (value.isArray() && !value.toArray().isEmpty())
        return urlOf(value.toArray().first());
    return {};
}

// Word-bigram similarity used to decide between JSON-LD name and headline.
double similarity(const QString &a, const QString &b)
{
    const QStringList ta = a.toLower().split(u' ', Qt::SkipEmptyParts);
    const QStringList tb = b.toLower().split(u' ', Qt::SkipEmptyParts);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    qsizetype unique = 0, total = 0;
    for (const QString &t : tb) {
        total += t.size();
        if (!ta.contains(t))
            unique += t.size() + 1;
    }
    return 1.0 - double(unique) / double(total + tb.size() - 1);
}

void readJsonLd(const PageFacts &facts, const QString &pageTitle, MetadataReader::Metadata &m)
{
    for (QString text : facts.jsonLd) {
        text = text.trimmed();
        if (text.startsWith("<![CDATA["_L1))
            text = text.mid(9).chopped(text.endsWith("]]>"_L1) ? 3 : 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        const QJsonObject a
            = findArticle(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()));
        if (a.isEmpty())
            continue;
        m.declaresArticle = true;
        const QString name = a.value("name"_L1).toString().trimmed();
        const QString headline = a.value("headline"_L1).toString().trimmed();
        if (!name.isEmpty() && !headline.isEmpty() && name != headline) {
            const bool nameMatches = similarity(name, pageTitle) > 0.75;
            const bool headlineMatches = similarity(headline, pageTitle) > 0.75;
            m.title = headlineMatches && !nameMatches ? headline : name;
        } else {
            m.title = name.isEmpty() ? headline : name;
        }
        m.author = nameOf(a.value("author"_L1));
        m.deck = a.value("description"_L1).toString().trimmed();
        m.siteName = nameOf(a.value("publisher"_L1));
        m.published = MetadataReader::parseDate(a.value("datePublished"_L1).toString());
        m.leadImage = QUrl(urlOf(a.value("image"_L1)));
        QString url = urlOf(a.value("mainEntityOfPage"_L1));
        if (url.isEmpty())
            url = a.value("url"_L1).toString();
        m.url = QUrl(url);
        m.language = a.value("inLanguage"_L1).toString();
        const QJsonValue section = a.value("articleSection"_L1);
        m.section = section.isArray() ? section.toArray().first().toString() : section.toString();
        return;
    }
}

QString firstOf(const QHash<QString, QString> &meta, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString v = meta.value(QLatin1String(key));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QString primaryLanguage(QString tag)
{
    tag = tag.trimmed().toLower().replace(u'_', u'-');
    const qsizetype dash = tag.indexOf(u'-');
    if (dash > 0)
        tag.truncate(dash);
    for (QChar c : std::as_const(tag)) {
        if (!c.isLetter() || c.unicode() > 'z')
            return {};
    }
    return tag.size() >= 2 && tag.size() <= 3 ? tag : QString();
}

} // namespace

MetadataReader::Metadata MetadataReader::read(const HtmlDocument &document, const QUrl &baseUrl)
{
    Metadata m;
    if (document.isEmpty())
        return m;
    const PageFacts facts = collectFacts(document);
    const QString cleanedTitle = TitleCleaner::clean(facts.documentTitle, facts.h1s, facts.h2s);
    readJsonLd(facts, cleanedTitle, m);
    const QHash<QString, QString> &meta = facts.meta;
    TitleChooser::Candidates titles;
    if (!m.title.isEmpty())
        titles.metadata.append(m.title);
    for (const char *key : { "og:title", "twitter:title", "dc:title", "dcterm:title" }) {
        const QString t = meta.value(QLatin1String(key));
        if (!t.isEmpty())
            titles.metadata.append(t);
    }
    if (m.title.isEmpty())
        m.title = firstOf(meta,
                          { "dc:title", "dcterm:title", "og:title", "weibo:article:title",
                            "weibo:webpage:title", "title", "twitter:title", "parsely-title" });
    if (m.title.isEmpty())
        m.title = cleanedTitle;
    titles.fallback = m.title;
    titles.headlines = facts.headlines;
    titles.documentTitle = facts.documentTitle;
    for (const QString &name :
         { m.siteName, meta.value(u"og:site_name"_s), meta.value(u"application-name"_s) }) {
        if (!name.isEmpty())
            titles.siteNames.append(TitleChooser::decodeEntities(name));
    }
    titles.host
        = UrlResolver::resolve(
              facts.canonical.isEmpty() ? meta.value(u"og:url"_s) : facts.canonical, baseUrl)
              .host();
    if (titles.host.isEmpty())
        titles.host = baseUrl.host();
    m.title = TitleChooser::choose(titles);
    m.declaresArticle = m.declaresArticle || meta.value(u"og:type"_s).toLower() == "article"_L1;
    if (m.author.isEmpty())
        m.author = firstOf(meta,
                           { "dc:creator", "dcterm:creator", "author", "parsely-author",
                             "article:author", "sailthru:author", "byl" });
    if (m.author.startsWith("http"_L1)) // article:author is often a profile URL
        m.author.clear();
    m.visibleAuthor = facts.visibleAuthor;
    if (m.deck.isEmpty())
        m.deck = firstOf(meta,
                         { "dc:description", "dcterm:description", "og:description",
                           "weibo:article:description", "weibo:webpage:description", "description",
                           "twitter:description" });
    if (m.siteName.isEmpty())
        m.siteName = firstOf(meta, { "og:site_name", "application-name" });
    if (!m.published.isValid())
        m.published = parseDate(
            firstOf(meta,
                    { "article:published_time", "parsely-pub-date", "dc:date", "dcterm:created",
                      "date", "pubdate", "og:article:published_time", "datepublished" }));
    if (!m.published.isValid())
        m.published = parseDate(facts.timeAfterHeadline);
    if (!m.published.isValid()) {
        const QDate near = DateFinder::find(facts.textAfterHeadline);
        if (near.isValid())
            m.published = QDateTime(near, QTime(0, 0), Qt::UTC);
    }
    if (!m.published.isValid() && facts.datedElement.isValid())
        m.published = QDateTime(facts.datedElement, QTime(0, 0), Qt::UTC);
    if (!m.published.isValid())
        m.published = parseDate(facts.firstTimeDatetime);
    if (m.section.isEmpty())
        m.section = firstOf(meta, { "article:section", "parsely-section", "section" });
    if (m.leadImage.isEmpty())
        m.leadImage = QUrl(firstOf(meta,
                                   { "og:image:secure_url", "og:image", "og:image:url",
                                     "twitter:image", "twitter:image:src" }));

    QUrl url = UrlResolver::resolve(facts.canonical, baseUrl);
    if (url.isEmpty())
        url = UrlResolver::resolve(meta.value(u"og:url"_s), baseUrl);
    if (url.isEmpty())
        url = UrlResolver::resolve(m.url.toString(), baseUrl);
    const bool web = url.scheme() == "http"_L1 || url.scheme() == "https"_L1;
    m.url = web ? url : baseUrl;

    // A page saved from the web resolves its lead image against its own web address, never
    // against the file it was saved to.
    const bool webBase = baseUrl.scheme() == "http"_L1 || baseUrl.scheme() == "https"_L1;
    const QUrl imageBase = webBase ? baseUrl : (web ? url : QUrl());
    const QString image = m.leadImage.toString();
    m.leadImage = imageBase.isEmpty() && QUrl(image).isRelative()
        ? QUrl()
        : UrlResolver::resolve(image, imageBase.isEmpty() ? baseUrl : imageBase);
    if (!UrlResolver::isSafe(m.leadImage, UrlResolver::Use::Image) || m.leadImage.isLocalFile())
        m.leadImage.clear();

    QString language = primaryLanguage(facts.htmlLang);
    if (language.isEmpty())
        language = primaryLanguage(m.language);
    if (language.isEmpty())
        language = primaryLanguage(
            firstOf(meta, { "content-language", "og:locale", "dc:language", "language" }));
    m.language = language;
    m.published = inPageZone(m.published, facts, language);
    return m;
}

QDateTime MetadataReader::parseDate(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    for (const QLatin1String zone : { " UTC"_L1, " GMT"_L1 }) {
        if (s.endsWith(zone))
            s = s.chopped(4) + u'Z';
    }
    QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!d.isValid() && s.size() > 10 && s.at(10) == u' ') {
        s[10] = u'T';
        d = QDateTime::fromString(s, Qt::ISODateWithMs);
    }
    if (!d.isValid())
        d = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    if (d.isValid() && d.timeSpec() == Qt::LocalTime && s.size() <= 10)
        d.setTimeSpec(Qt::UTC); // a bare date
    // The page's own zone is kept (its date is the page's date), a local time read as UTC.
    if (d.isValid() && d.timeSpec() == Qt::LocalTime)
        d.setTimeSpec(Qt::UTC);
    return d.isValid() ? d : QDateTime();
}
