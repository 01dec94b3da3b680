// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedarticlebuilder.h"

#include "extract/htmldocument.h"
#include "extract/htmlsanitizer.h"
#include "extract/languagedetector.h"
#include "extract/plaintext.h"
#include "feedtext.h"
#include "library/articlesanitizer.h"
#include "parsedfeed.h"

using namespace Qt::StringLiterals;

namespace {

bool isWeb(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        && !url.host().isEmpty();
}

QString leadImage(const FeedItem &item)
{
    if (!item.imageUrl.trimmed().isEmpty())
        return item.imageUrl.trimmed();
    for (const FeedEnclosure &enclosure : item.enclosures) {
        if (enclosure.type.trimmed().startsWith("image/"_L1, Qt::CaseInsensitive))
            return enclosure.url;
    }
    return {};
}

QString firstWords(const QString &text, int count)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString title = words.mid(0, count).join(u' ');
    return FeedArticleBuilder::shorten(title, 100) + (words.size() > count ? u"…"_s : QString());
}

} // namespace

QString FeedArticleBuilder::shorten(const QString &text, int maxChars)
{
    QString out = text.simplified();
    if (out.size() <= maxChars)
        return out;
    out.truncate(maxChars);
    const qsizetype space = out.lastIndexOf(u' ');
    if (space > maxChars * 2 / 3)
        out.truncate(space);
    while (!out.isEmpty() && (out.back().isPunct() || out.back().isSpace()))
        out.chop(1);
    return out + u'…';
}

Article FeedArticleBuilder::build(const FeedItem &item, const ParsedFeed &feed, qint64 feedId,
                                  const QDateTime &firstSeen)
{
    Article article;
    article.sourceId = feedId;
    article.url = item.link.trimmed();
    article.canonicalUrl = article.url;
    article.author = item.author.simplified();
    article.section
        = item.categories.isEmpty() ? QString() : item.categories.constFirst().simplified();
    if (item.published.isValid())
        article.published = item.published.toUTC();
    else if (item.updated.isValid())
        article.published = item.updated.toUTC();
    else
        article.published = firstSeen.toUTC();
    article.fetched = firstSeen.isValid() ? firstSeen.toUTC() : QDateTime::currentDateTimeUtc();
    article.leadImageUrl = leadImage(item);

    QString html = item.content.trimmed().isEmpty() ? item.summary : item.content;
    // Relative URLs in the item's HTML belong to its xml:base (or the feed's address), which
    // ArticleSanitizer does not know: resolve them first when that base is not the link.
    QUrl base(item.contentBase, QUrl::TolerantMode);
    if (!isWeb(base) && !isWeb(QUrl(article.url))) // a feed read from a file: its site
        base = QUrl(feed.link, QUrl::TolerantMode);
    // Sanitised once: HTML sanitised against a web base has no relative URL left, so the
    // sanitiser's pass against the article's own base would only parse it again.
    const bool resolved
        = !html.isEmpty() && isWeb(base) && base != ArticleSanitizer::contentBase(article);
    if (resolved)
        html = HtmlSanitizer::sanitize(html, base);
    article.contentHtml = resolved ? QString() : html;
    ArticleSanitizer::sanitize(article);
    if (resolved)
        article.contentHtml = html;

    if (!article.contentHtml.isEmpty()) {
        const HtmlDocument document(article.contentHtml);
        if (!document.isEmpty())
            article.plainText = PlainText::fromHtml(document.body()).trimmed();
    }
    article.wordCount = PlainText::countWords(article.plainText);
    article.language = LanguageDetector::detect(article.plainText);

    // A summary that only repeats the start of the content ("First sentence [...]") is no deck.
    if (!item.content.trimmed().isEmpty()) { // else the summary is the content: no deck
        const QString summaryText = FeedText::plainFromHtml(item.summary);
        QString stem = summaryText.left(200);
        while (!stem.isEmpty() && (stem.back().isPunct() || stem.back().isSpace()))
            stem.chop(1);
        if (!stem.isEmpty() && !article.plainText.simplified().startsWith(stem))
            article.deck = shorten(summaryText, maxDeck);
    }
    article.summary = !article.deck.isEmpty()
        ? article.deck
        : shorten(article.plainText.section(u'\n', 0, 0), maxDeck);

    article.title = item.title.simplified();
    if (article.title.isEmpty())
        article.title = firstWords(article.plainText, titleWords);
    if (article.title.isEmpty() && isWeb(QUrl(article.url)))
        article.title = QUrl(article.url).host();
    if (article.title.isEmpty())
        article.title = tr("Untitled");
    return article;
}
