// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleextractor.h"

#include "boilerplateremover.h"
#include "bylinecleaner.h"
#include "contentcleaner.h"
#include "contentfinder.h"
#include "deckcleaner.h"
#include "htmldocument.h"
#include "htmlsanitizer.h"
#include "htmlserializer.h"
#include "languagedetector.h"
#include "metadatareader.h"
#include "pagepreparer.h"
#include "plaintext.h"
#include "titlechooser.h"
#include "urlresolver.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <memory>
#include <new>

using namespace Qt::StringLiterals;

namespace {

constexpr int enoughText = 500; // characters: below this, try again with gentler rules

bool isWebUrl(const QUrl &url)
{
    return (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) && !url.host().isEmpty();
}

// <base href> when it gives a usable http(s)/file URL, else the page URL.
QUrl effectiveBase(const HtmlDocument &document, const QUrl &pageUrl)
{
    if (!document.head())
        return pageUrl;
    for (HtmlNode *n = document.head()->firstChild; n; n = n->following(document.head())) {
        if (!n->is(GUMBO_TAG_BASE) || !n->hasAttribute(u"href"))
            continue;
        const QUrl base = UrlResolver::resolve(n->attribute(u"href"), pageUrl);
        const QString scheme = base.scheme();
        if (scheme == "http"_L1 || scheme == "https"_L1 || scheme == "file"_L1)
            return base;
        break;
    }
    return pageUrl;
}

// Removes a first heading that repeats the title.
void dropRepeatedTitle(HtmlNode *article, const QString &title)
{
    for (HtmlNode *n = article->firstChild; n; n = n->following(article)) {
        if (!n->isElement())
            continue;
        if (n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6) {
            if (HtmlDocument::normalizedText(n).compare(title, Qt::CaseInsensitive) == 0)
                HtmlDocument::remove(n);
            return;
        }
        if (n->is(GUMBO_TAG_P) || n->is(GUMBO_TAG_IMG) || n->is(GUMBO_TAG_TABLE))
            return; // the text has begun
    }
}

// Characters, CJK ones counting three times (they carry more per character).
int weightedLength(QStringView text)
{
    int weighted = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        weighted += (u >= 0x3040 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7af) ? 3 : 1;
    }
    return weighted;
}

// Long paragraphs make an article: each one of over 140 characters adds sqrt(length - 140),
// and 20 is enough; failing that, long paragraphs must carry most of a not-too-short text.
// Long paragraphs make an article: each line of the text (a paragraph, list item, quote ...)
// of over 140 characters adds sqrt(length - 140), and 20 is enough; failing that, long lines
// must carry most of a not-too-short text, or the text must be long and not mostly links
// (preformatted text, poetry).
// A page whose metadata declares an article (og:type, JSON-LD) needs less: a short post, a
// recipe or a forum post is enough if it is not mostly links.
bool looksLikeArticle(HtmlNode *article, const QString &text, bool declared)
{
    const int total = weightedLength(text);
    if (declared && total >= 200) {
        ContentFinder::measure(article);
        if (ContentFinder::linkDensity(article) < 0.5)
            return true;
    }
    double score = 0;
    int longText = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const int length = weightedLength(line);
        if (length >= 140) {
            score += std::sqrt(double(length - 140));
            longText += length;
        }
    }
    if (score > 20 || (total >= 300 && longText * 2 >= total))
        return true;
    ContentFinder::measure(article);
    return total >= 1500 && ContentFinder::linkDensity(article) < 0.3;
}

// One line on what the prefilter left out of the page, or empty.
QString trimNotice(const HtmlDocument &document)
{
    const HtmlPrefilter::Counts &c = document.prefilterCounts();
    QStringList parts;
    if (c.charactersOverBudget > 0)
        parts.append(QCoreApplication::translate("ArticleExtractor",
                                                 "only its first %1 million characters were read")
                         .arg(HtmlPrefilter::Limits().characters / 1000000));
    if (c.elementsOverBudget > 0 || document.truncated())
        parts.append(
            QCoreApplication::translate("ArticleExtractor",
                                        "past %1 elements, its markup was dropped, its text kept")
                .arg(HtmlPrefilter::Limits().elements));
    if (c.attributesOverBudget > 0)
        parts.append(QCoreApplication::translate("ArticleExtractor",
                                                 "%n attribute(s) over the limit were dropped",
                                                 nullptr, c.attributesOverBudget));
    if (c.formattingOverBudget > 0)
        parts.append(QCoreApplication::translate("ArticleExtractor",
                                                 "%n unclosed formatting tag(s) were dropped",
                                                 nullptr, c.formattingOverBudget));
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("ArticleExtractor", "The page was trimmed: %1.")
        .arg(parts.join(u"; "_s));
}

bool isStandfirstClass(const HtmlNode *n)
{
    static const QSet<QString> words
        = { u"standfirst"_s, u"lead"_s,    u"leadtext"_s, u"intro"_s,  u"abstract"_s,
            u"chapo"_s,      u"chapeau"_s, u"dek"_s,      u"subline"_s };
    const QString hints = n->attribute(u"class") + u' ' + n->attribute(u"id") + u' ';
    QString word;
    for (QChar c : hints) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            if (words.contains(word))
                return true;
            word.clear();
        }
    }
    return false;
}

// The standfirst shown under the headline when it stayed outside the chosen text (in the
// page's header): the first element after the headline whose class names it (lead, intro,
// abstract, standfirst, chapo ...), of a paragraph's length and not links. Empty if none.
QString standfirstOutside(const HtmlDocument &document)
{
    HtmlNode *body = document.body();
    if (!body)
        return {};
    bool afterHeadline = false;
    int textSeen = 0;
    for (HtmlNode *n = body->firstChild; n; n = n->following(body)) {
        if (n->isText()) {
            if (afterHeadline && (textSeen += int(n->text.size())) > 3000)
                return {};
            continue;
        }
        if (n->is(GUMBO_TAG_H1)) {
            afterHeadline = true;
            continue;
        }
        if (!afterHeadline || !isStandfirstClass(n))
            continue;
        ContentFinder::measure(n);
        if (n->textLength >= 40 && n->textLength <= 700 && ContentFinder::linkDensity(n) < 0.2)
            return HtmlDocument::normalizedText(n);
    }
    return {};
}

struct Attempt {
    std::unique_ptr<HtmlDocument> document;
    HtmlNode *article = nullptr;
    QString byline;
    int textLength = 0;
};

Attempt attempt(const HtmlDocument &page, const QString &title, int flags, bool wholePage)
{
    Attempt a;
    a.document = page.clone();
    HtmlDocument &document = *a.document;
    PagePreparer::prepare(document);
    if (wholePage) {
        a.article = document.createElement(GUMBO_TAG_DIV);
        while (HtmlNode *c = document.body()->firstChild)
            HtmlDocument::appendChild(a.article, c);
    } else {
        a.article = ContentFinder::find(document, title, flags, &a.byline);
        ContentCleaner::clean(document, a.article, flags);
    }
    ContentFinder::measure(a.article);
    a.textLength = a.article->textLength;
    return a;
}

} // namespace

Result<ExtractedArticle> ArticleExtractor::extract(const QString &html, const QUrl &baseUrl,
                                                   const Options &options)
{
    try {
        return extractPage(html, baseUrl, options);
    } catch (const std::bad_alloc &) {
        return Error { QCoreApplication::translate(
            "ArticleExtractor", "There is not enough memory to read this page.") };
    }
}

Result<ExtractedArticle> ArticleExtractor::extractPage(const QString &html, const QUrl &baseUrl,
                                                       const Options &options)
{
    if (html.trimmed().isEmpty())
        return Error { QCoreApplication::translate("ArticleExtractor", "The page is empty.") };

    ExtractedArticle result;
    const HtmlDocument document(html);
    if (document.outOfMemory())
        return Error { QCoreApplication::translate(
                           "ArticleExtractor",
                           "The page needs more than %1 MB of memory to read; it was not read.")
                           .arg(HtmlDocument::maxParseBytes >> 20) };
    if (document.isEmpty() || !document.body())
        return Error { QCoreApplication::translate("ArticleExtractor",
                                                   "The page could not be read as HTML.") };
    QUrl base = effectiveBase(document, baseUrl);
    bool declared = false;
    QString visibleAuthor;
    {
        const MetadataReader::Metadata m = MetadataReader::read(document, base);
        result.title = m.title;
        result.deck = m.deck;
        result.section = m.section;
        result.author = m.author;
        result.published = m.published;
        result.language = m.language;
        result.url = m.url.isEmpty() ? baseUrl : m.url;
        result.leadImage = m.leadImage;
        result.siteName = m.siteName;
        declared = m.declaresArticle;
        visibleAuthor = m.visibleAuthor;
    }
    result.notice = trimNotice(document);
    // Links and images resolve against a web address only: <base href> or the page's own,
    // else its canonical / og:url. A saved file's own file: URL is no base (UrlResolver drops
    // what stays relative).
    if (!isWebUrl(base))
        base = isWebUrl(result.url) ? result.url : QUrl();

    // Strict rules first; gentler ones when they leave too little text.
    const int flagSets[] = {
        ContentFinder::StripUnlikely | ContentFinder::WeightClasses
            | ContentFinder::CleanConditionally,
        ContentFinder::WeightClasses | ContentFinder::CleanConditionally,
        ContentFinder::CleanConditionally,
        0,
    };
    ContentFinder::measure(document.root()); // text figures computed once, inherited by clones
    Attempt best;
    for (const int flags : flagSets) {
        Attempt a = attempt(document, result.title, flags, options.wholePage);
        const bool enough = a.textLength >= enoughText;
        if (!best.document || a.textLength > best.textLength)
            best = std::move(a);
        if (enough || options.wholePage)
            break;
    }

    HtmlNode *article = best.article;
    if (!options.wholePage) {
        BoilerplateRemover::clean(article);
        // The standfirst is part of the text, once.
        const QString standfirst = standfirstOutside(document);
        ContentFinder::measure(article);
        if (!standfirst.isEmpty() && article->textLength >= enoughText
            && !HtmlDocument::normalizedText(article).contains(standfirst.left(80))) {
            HtmlNode *p = best.document->createElement(GUMBO_TAG_P);
            HtmlDocument::appendChild(p, best.document->createText(standfirst));
            if (article->firstChild)
                HtmlDocument::insertBefore(article->firstChild, p);
            else
                HtmlDocument::appendChild(article, p);
        }
    }
    dropRepeatedTitle(article, result.title);
    HtmlSanitizer::sanitizeChildren(*best.document, article, base);
    ContentCleaner::removeEmpty(article);
    result.contentHtml = HtmlSerializer::serializeChildren(article);
    result.plainText = PlainText::fromHtml(article);
    result.wordCount = PlainText::countWords(result.plainText);
    result.deck = DeckCleaner::clean(result.deck, result.title, result.plainText);
    // The metadata's author first, unless it names the site rather than a person.
    result.author = BylineCleaner::clean(TitleChooser::decodeEntities(result.author));
    QString byline = BylineCleaner::clean(visibleAuthor);
    if (byline.isEmpty())
        byline = BylineCleaner::clean(best.byline);
    if (result.author.isEmpty()
        || (!byline.isEmpty()
            && TitleChooser::namesSite(result.author, { result.siteName }, result.url.host())))
        result.author = byline;
    if (result.language.isEmpty())
        result.language = LanguageDetector::detect(result.plainText);
    result.looksLikeArticle = looksLikeArticle(article, result.plainText, declared);
    return result;
}
