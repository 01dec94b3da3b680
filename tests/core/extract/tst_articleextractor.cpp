// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/articleextractor.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QUrl pageUrl(u"https://news.example/2026/05/harbour-story.html"_s);

// A plausible article body: several paragraphs with commas and full stops.
QString articleBody()
{
    return u"<p>The harbour authority said on Tuesday that the old breakwater, built in 1911, "
           "would be rebuilt over the next three years, at a cost of about 40 million euros.</p>"
           "<p>Fishermen, ferry operators and residents have long complained that storms push "
           "waves over the wall, flooding the quay, damaging boats and closing the road to the "
           "lighthouse for days at a time.</p>"
           "<p>Engineers will first survey the foundations, then add a new concrete crown, and "
           "finally place thousands of rock blocks along the seaward side to break the waves "
           "before they reach the wall.</p>"
           "<p>Work is expected to begin in the autumn, once the summer ferry season is over, "
           "and the harbour will stay open throughout, the authority said in a statement.</p>"_s;
}

QString page(const QString &head, const QString &body)
{
    return u"<!DOCTYPE html><html><head><meta charset=utf-8>"_s + head + u"</head><body>"_s + body
        + u"</body></html>"_s;
}

QString articlePage(const QString &head, const QString &extra = {})
{
    return page(head,
                u"<nav><a href=/>Home</a> <a href=/world>World</a></nav><main><article><h1>"
                "Harbour wall to be rebuilt</h1>"_s
                    + articleBody() + extra + u"</article></main><footer>© News</footer>"_s);
}

ExtractedArticle extractOk(const QString &html, const QUrl &url = pageUrl)
{
    const Result<ExtractedArticle> r = ArticleExtractor::extract(html, url);
    if (!r.ok())
        qWarning("extract failed: %s", qPrintable(r.error()));
    return r.ok() ? r.value() : ExtractedArticle();
}

QString field(const ExtractedArticle &a, const QString &name)
{
    if (name == "title"_L1)
        return a.title;
    if (name == "deck"_L1)
        return a.deck;
    if (name == "section"_L1)
        return a.section;
    if (name == "author"_L1)
        return a.author;
    if (name == "published"_L1)
        return a.published.toUTC().toString(Qt::ISODate);
    if (name == "language"_L1)
        return a.language;
    if (name == "url"_L1)
        return a.url.toString();
    if (name == "leadImage"_L1)
        return a.leadImage.toString();
    if (name == "siteName"_L1)
        return a.siteName;
    return u"(no field "_s + name + u')';
}

} // namespace

class TestArticleExtractor : public QObject {
    Q_OBJECT

private slots:
    void metadata_data();
    void metadata();
    void timeDatetime();
    void titleCleaning_data();
    void titleCleaning();
    void lazyImages_data();
    void lazyImages();
    void urls_data();
    void urls();
    void savedPageUrls_data();
    void savedPageUrls();
    void captions_data();
    void captions();
    void standfirst_data();
    void standfirst();
    void clutter_data();
    void clutter();
    void keeps_data();
    void keeps();
    void language_data();
    void language();
    void wordCount_data();
    void wordCount();
    void notAnArticle();
    void declaredArticle_data();
    void declaredArticle();
    void visibleAuthor_data();
    void visibleAuthor();
    void wholePage();
    void emptyInput();
    void oddInputs_data();
    void oddInputs();
    void deepNesting();
    void bigPage();
};

void TestArticleExtractor::metadata_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    const QString ld = u"<script type=\"application/ld+json\">"_s;
    const QString end = u"</script>"_s;
    QTest::newRow("jsonld-headline") << ld
            + u"{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
              "\"headline\":\"Harbour wall to be rebuilt\"}"_s
            + end << u"title"_s << u"Harbour wall to be rebuilt"_s;
    QTest::newRow("jsonld-graph-author-object") << ld
            + u"{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
              "\"name\":\"News\"},{\"@type\":\"ReportageNewsArticle\",\"headline\":\"H\","
              "\"author\":{\"@type\":\"Person\",\"name\":\"Mina Park\"}}]}"_s
            + end << u"author"_s << u"Mina Park"_s;
    QTest::newRow("jsonld-array-author-array") << ld
            + u"[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"BlogPosting\","
              "\"author\":[{\"name\":\"Ann Lee\"},\"Bo Kim\"]}]"_s
            + end << u"author"_s << u"Ann Lee, Bo Kim"_s;
    QTest::newRow("jsonld-author-string")
        << ld + u"{\"@type\":\"Article\",\"author\":\"Jo Smith\"}"_s + end << u"author"_s
        << u"Jo Smith"_s;
    QTest::newRow("jsonld-type-array-published") << ld
            + u"{\"@type\":[\"NewsArticle\",\"Thing\"],\"datePublished\":"
              "\"2026-05-12T08:30:00+02:00\"}"_s
            + end << u"published"_s << u"2026-05-12T06:30:00Z"_s;
    QTest::newRow("jsonld-publisher-sitename") << ld
            + u"{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\","
              "\"name\":\"Harbour Times\"}}"_s
            + end << u"siteName"_s << u"Harbour Times"_s;
    QTest::newRow("jsonld-section") << ld
            + u"{\"@type\":\"NewsArticle\",\"articleSection\":"
              "[\"Local\",\"News\"]}"_s
            + end << u"section"_s << u"Local"_s;
    QTest::newRow("jsonld-broken-ignored") << ld + u"{\"@type\":\"NewsArticle\",\"headline\":"_s
            + end + u"<meta property=\"og:title\" content=\"From OG\">"_s
                                           << u"title"_s << u"From OG"_s;
    QTest::newRow("meta-author-by-prefix")
        << u"<meta name=\"author\" content=\"By Jo Smith\">"_s << u"author"_s << u"Jo Smith"_s;
    QTest::newRow("double-escaped-og-title")
        << u"<meta property=\"og:title\" content=\"Salt &amp;amp; pepper\">"_s << u"title"_s
        << u"Salt & pepper"_s;
    QTest::newRow("og-title") << u"<meta property=\"og:title\" content=\"OG headline\">"_s
                              << u"title"_s << u"OG headline"_s;
    QTest::newRow("og-description")
        << u"<meta property=\"og:description\" content=\"What happened at the port.\">"_s
        << u"deck"_s << u"What happened at the port."_s;
    QTest::newRow("og-site-name") << u"<meta property=\"og:site_name\" content=\"Harbour Times\">"_s
                                  << u"siteName"_s << u"Harbour Times"_s;
    QTest::newRow("og-image-relative")
        << u"<meta property=\"og:image\" content=\"/img/wall.jpg\">"_s << u"leadImage"_s
        << u"https://news.example/img/wall.jpg"_s;
    QTest::newRow("twitter-title") << u"<meta name=\"twitter:title\" content=\"Tweet title\">"_s
                                   << u"title"_s << u"Tweet title"_s;
    QTest::newRow("twitter-description")
        << u"<meta name=\"twitter:description\" content=\"Short deck\">"_s << u"deck"_s
        << u"Short deck"_s;
    QTest::newRow("dublin-core-title")
        << u"<meta name=\"DC.title\" content=\"DC headline\">"_s << u"title"_s << u"DC headline"_s;
    QTest::newRow("dublin-core-creator")
        << u"<meta name=\"DC.creator\" content=\"Dee Writer\">"_s << u"author"_s << u"Dee Writer"_s;
    QTest::newRow("meta-author") << u"<meta name=\"author\" content=\"Sam Reporter\">"_s
                                 << u"author"_s << u"Sam Reporter"_s;
    QTest::newRow("article-section") << u"<meta property=\"article:section\" content=\"Opinion\">"_s
                                     << u"section"_s << u"Opinion"_s;
    QTest::newRow("article-published-time")
        << u"<meta property=\"article:published_time\" content=\"2026-01-02T03:04:05Z\">"_s
        << u"published"_s << u"2026-01-02T03:04:05Z"_s;
    QTest::newRow("canonical") << u"<link rel=\"canonical\" href=\"/2026/05/harbour\">"_s
                               << u"url"_s << u"https://news.example/2026/05/harbour"_s;
    QTest::newRow("og-url") << u"<meta property=\"og:url\" content=\"https://news.example/h\">"_s
                            << u"url"_s << u"https://news.example/h"_s;
    QTest::newRow("no-canonical-base-url") << QString() << u"url"_s << pageUrl.toString();
    QTest::newRow("content-language")
        << u"<meta http-equiv=\"content-language\" content=\"de-AT\">"_s << u"language"_s
        << u"de"_s;
    QTest::newRow("og-locale") << u"<meta property=\"og:locale\" content=\"fr_FR\">"_s
                               << u"language"_s << u"fr"_s;
    QTest::newRow("meta-space-separated-properties")
        << u"<meta property=\"og:title twitter:title\" content=\"Both\">"_s << u"title"_s
        << u"Both"_s;
}

void TestArticleExtractor::metadata()
{
    QFETCH(QString, head);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const ExtractedArticle a = extractOk(articlePage(head));
    QCOMPARE(field(a, name), expected);
}

void TestArticleExtractor::timeDatetime()
{
    const QString html
        = page(QString(),
               u"<article><p class=meta>Published <time datetime=\"2026-03-04T05:06:07"
               "+09:00\">4 March</time></p>"_s
                   + articleBody() + u"</article>"_s);
    const ExtractedArticle a = extractOk(html);
    QCOMPARE(a.published, QDateTime(QDate(2026, 3, 3), QTime(20, 6, 7), Qt::UTC));
}

void TestArticleExtractor::titleCleaning_data()
{
    QTest::addColumn<QString>("documentTitle");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pipe-site-tail") << u"Harbour wall to be rebuilt at last | Harbour Times"_s
                                    << u"Harbour wall to be rebuilt at last"_s;
    QTest::newRow("dash-site-tail") << u"Harbour wall to be rebuilt at last - Harbour Times"_s
                                    << u"Harbour wall to be rebuilt at last"_s;
    QTest::newRow("en-dash-site-tail") << u"Harbour wall to be rebuilt at last – Harbour Times"_s
                                       << u"Harbour wall to be rebuilt at last"_s;
    QTest::newRow("two-tails-keep-first") << u"Harbour wall to be rebuilt | Local | Times"_s
                                          << u"Harbour wall to be rebuilt | Local"_s;
    QTest::newRow("site-colon-head") << u"Harbour Times: Harbour wall to be rebuilt at last"_s
                                     << u"Harbour wall to be rebuilt at last"_s;
    QTest::newRow("hyphenated-word-kept") << u"Spider-Man swings back into cinemas this summer"_s
                                          << u"Spider-Man swings back into cinemas this summer"_s;
    QTest::newRow("short-title-kept") << u"Tides - Weekly"_s << u"Tides - Weekly"_s;
    QTest::newRow("short-title-domain-tail") << u"Tides - News"_s << u"Tides"_s; // news.example
    QTest::newRow("dash-in-real-title-kept")
        << u"Hong Kong - Shanghai rail link opens"_s << u"Hong Kong - Shanghai rail link opens"_s;
    QTest::newRow("entities-and-space")
        << u"  Salt &amp; pepper   harbour   stories  "_s << u"Salt & pepper harbour stories"_s;
}

void TestArticleExtractor::titleCleaning()
{
    QFETCH(QString, documentTitle);
    QFETCH(QString, expected);
    const QString html = page(u"<title>"_s + documentTitle + u"</title>"_s,
                              u"<div class=content>"_s + articleBody() + u"</div>"_s);
    QCOMPARE(extractOk(html).title, expected);
}

void TestArticleExtractor::lazyImages_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("expected"); // in contentHtml
    QTest::addColumn<QString>("absent"); // not in contentHtml

    const QString gif
        = u"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"_s;
    QTest::newRow("data-src") << u"<img src=\""_s + gif + u"\" data-src=\"/img/real.jpg\">"_s
                              << u"src=\"https://news.example/img/real.jpg\""_s << u"R0lGOD"_s;
    QTest::newRow("data-srcset") << u"<img data-srcset=\"/img/s.jpg 400w, /img/l.jpg 1200w\">"_s
                                 << u"src=\"https://news.example/img/l.jpg\""_s << u"srcset"_s;
    QTest::newRow("data-original") << u"<img class=lazy data-original=\"/img/o.png\">"_s
                                   << u"src=\"https://news.example/img/o.png\""_s << u"data-"_s;
    QTest::newRow("srcset-with-placeholder")
        << u"<img src=\"/img/blank.gif\" srcset=\"/img/a.jpg 1x, /img/b.jpg 2x\">"_s
        << u"src=\"https://news.example/img/b.jpg\""_s << u"blank.gif"_s;
    QTest::newRow("noscript-fallback")
        << u"<img src=\""_s + gif
            + u"\" class=\"lazy\"><noscript><img src=\"/img/ns.jpg\" alt=\"Wall\"></noscript>"_s
        << u"src=\"https://news.example/img/ns.jpg\""_s << u"R0lGOD"_s;
    QTest::newRow("srcset-larger-than-src")
        << u"<img src=\"/img/w300.jpg\" srcset=\"/img/w300.jpg 300w, /img/w1200.jpg 1200w\">"_s
        << u"src=\"https://news.example/img/w1200.jpg\""_s << u"w300"_s;
    QTest::newRow("data-srcset-larger-than-src")
        << u"<img src=\"/img/w300.jpg\" data-srcset=\"/img/w300.jpg 300w, /img/w900.jpg 900w\">"_s
        << u"src=\"https://news.example/img/w900.jpg\""_s << u"w300"_s;
    QTest::newRow("picture-largest-source")
        << u"<picture><source media=\"(max-width: 600px)\" srcset=\"/img/p400.jpg 400w\">"
           "<source srcset=\"/img/p1400.jpg 1400w, /img/p700.jpg 700w\">"
           "<img src=\"/img/p300.jpg\"></picture>"_s
        << u"src=\"https://news.example/img/p1400.jpg\""_s << u"p300"_s;
    QTest::newRow("plain-src-kept")
        << u"<img src=\"/img/plain.jpg\" alt=\"x\">"_s
        << u"src=\"https://news.example/img/plain.jpg\""_s << u"noscript"_s;
}

void TestArticleExtractor::lazyImages()
{
    QFETCH(QString, image);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    const QString body = u"<article><p>The harbour authority said on Tuesday that the old "
                         "breakwater, built in 1911, would be rebuilt.</p><figure>"_s
        + image + u"<figcaption>The wall in winter.</figcaption></figure>"_s + articleBody()
        + u"</article>"_s;
    const ExtractedArticle a = extractOk(page(QString(), body));
    QVERIFY2(a.contentHtml.contains(expected), qPrintable(a.contentHtml));
    QVERIFY2(!a.contentHtml.contains(absent), qPrintable(a.contentHtml));
}

void TestArticleExtractor::urls_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("expected");

    QTest::newRow("relative-link") << QString() << u"<a href=\"../world/tides.html\">tides</a>"_s
                                   << u"href=\"https://news.example/2026/world/tides.html\""_s;
    QTest::newRow("root-relative-image")
        << QString() << u"<img src=\"/i/p.jpg\">"_s << u"src=\"https://news.example/i/p.jpg\""_s;
    QTest::newRow("protocol-relative") << QString() << u"<img src=\"//cdn.example/p.jpg\">"_s
                                       << u"src=\"https://cdn.example/p.jpg\""_s;
    QTest::newRow("base-href") << u"<base href=\"https://static.example/base/\">"_s
                               << u"<a href=\"page.html\">page</a>"_s
                               << u"href=\"https://static.example/base/page.html\""_s;
    QTest::newRow("base-href-relative")
        << u"<base href=\"/other/\">"_s << u"<a href=\"page.html\">page</a>"_s
        << u"href=\"https://news.example/other/page.html\""_s;
    QTest::newRow("base-href-javascript-ignored")
        << u"<base href=\"javascript:alert(1)//\">"_s << u"<a href=\"page.html\">page</a>"_s
        << u"href=\"https://news.example/2026/05/page.html\""_s;
}

void TestArticleExtractor::urls()
{
    QFETCH(QString, head);
    QFETCH(QString, snippet);
    QFETCH(QString, expected);
    const QString body = u"<article>"_s + articleBody() + u"<p>See also, for more, the "_s + snippet
        + u" and the other stories of the week, with photos.</p></article>"_s;
    const ExtractedArticle a = extractOk(page(head, body));
    QVERIFY2(a.contentHtml.contains(expected), qPrintable(a.contentHtml));
}

void TestArticleExtractor::savedPageUrls_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body"); // expected in contentHtml
    QTest::addColumn<QString>("lead"); // expected leadImage

    const QString og = u"<meta property=\"og:image\" content=\"../lead.jpg\">"_s;
    QTest::newRow("canonical")
        << u"<link rel=canonical href=\"https://news.example/2026/story.html\">"_s + og
        << u"src=\"https://news.example/2026/i/p.jpg\""_s << u"https://news.example/lead.jpg"_s;
    QTest::newRow("og-url")
        << u"<meta property=\"og:url\" content=\"https://news.example/2026/story.html\">"_s + og
        << u"src=\"https://news.example/2026/i/p.jpg\""_s << u"https://news.example/lead.jpg"_s;
    QTest::newRow("base-element") << u"<base href=\"https://cdn.example/a/b/\">"_s + og
                                  << u"src=\"https://cdn.example/a/b/i/p.jpg\""_s
                                  << u"https://cdn.example/a/lead.jpg"_s;
    QTest::newRow("no-web-address-relative-dropped") << og << u"<p>"_s << QString();
}

// A page saved from the web (read from a file: URL) never links to file: URLs.
void TestArticleExtractor::savedPageUrls()
{
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(QString, lead);
    const QString html = page(head,
                              u"<article>"_s + articleBody()
                                  + u"<p>The new crown, drawn by the engineers:</p>"
                                    "<img src=\"i/p.jpg\" alt=\"crown\"></article>"_s);
    const ExtractedArticle a = extractOk(html, QUrl::fromLocalFile(u"/tmp/saved/story.html"_s));
    QVERIFY2(a.contentHtml.contains(body), qPrintable(a.contentHtml));
    QVERIFY2(!a.contentHtml.contains(u"file:"_s), qPrintable(a.contentHtml));
    QCOMPARE(a.leadImage.toString(), lead);
}

void TestArticleExtractor::captions_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<bool>("captionKept");
    QTest::newRow("caption-with-image")
        << u"<figure><img src=\"/i/wall.jpg\"><figcaption>The wall in 1911.</figcaption></figure>"_s
        << true;
    QTest::newRow("caption-with-lazy-image")
        << u"<figure><img data-src=\"/i/wall.jpg\"><figcaption>The wall in 1911.</figcaption>"
           "</figure>"_s
        << true;
    QTest::newRow("caption-whose-image-is-lost")
        << u"<figure><img src=\"javascript:x()\"><figcaption>The wall in 1911.</figcaption>"
           "</figure>"_s
        << false;
    QTest::newRow("caption-without-image")
        << u"<figure><figcaption>The wall in 1911.</figcaption></figure>"_s << false;
}

// A caption stays with its image, and goes when the image is lost.
void TestArticleExtractor::captions()
{
    QFETCH(QString, figure);
    QFETCH(bool, captionKept);
    const QString html = page(QString(),
                              u"<article>"_s + articleBody() + figure
                                  + u"<p>The "
                                    "authority will publish the plans on its web site "
                                    "next week, with drawings of the new crown.</p>"
                                    "</article>"_s);
    const ExtractedArticle a = extractOk(html);
    QCOMPARE(a.plainText.contains(u"The wall in 1911."_s), captionKept);
    if (captionKept)
        QVERIFY2(a.contentHtml.contains(u"/i/wall.jpg"_s), qPrintable(a.contentHtml));
}

void TestArticleExtractor::standfirst_data()
{
    QTest::addColumn<QString>("header"); // between the headline and the article
    QTest::addColumn<QString>("description"); // meta description
    QTest::addColumn<int>("inText"); // times the standfirst is in plainText
    QTest::addColumn<bool>("deck"); // whether the deck is kept

    const QString standfirst = u"Storms have battered the old wall for a century; now the "
                               "authority will rebuild it."_s;
    QTest::newRow("standfirst-in-header-joins-the-text")
        << u"<p class=article-lead>"_s + standfirst + u"</p>"_s << standfirst << 1 << false;
    QTest::newRow("unclassed-header-paragraph-left-out")
        << u"<p class=note>"_s + standfirst + u"</p>"_s << QString() << 0 << false;
    QTest::newRow("description-alone-stays-the-deck") << QString() << standfirst << 0 << true;
}

// The standfirst is in the text once, and not repeated as the deck.
void TestArticleExtractor::standfirst()
{
    QFETCH(QString, header);
    QFETCH(QString, description);
    QFETCH(int, inText);
    QFETCH(bool, deck);
    const QString head = description.isEmpty()
        ? QString()
        : u"<meta name=description content=\""_s + description + u"\">"_s;
    const QString html
        = page(head,
               u"<header><h1>Harbour wall to be rebuilt</h1>"_s + header
                   + u"</header><div class=content>"_s + articleBody() + u"</div>"_s);
    const ExtractedArticle a = extractOk(html);
    QCOMPARE(int(a.plainText.count(u"Storms have battered"_s)), inText);
    QCOMPARE(!a.deck.isEmpty(), deck);
}

void TestArticleExtractor::clutter_data()
{
    QTest::addColumn<QString>("clutter"); // placed inside the article; holds the word CLUTTER

    QTest::newRow("share-bar")
        << u"<div class=\"share-bar\"><a href=\"#\">Share on X</a> <a href=\"#\">Share "
           "CLUTTER by mail</a></div>"_s;
    QTest::newRow("top-10-box")
        << u"<div class=\"top-10\"><h3>Top 10</h3><ol><li><a href=/a>CLUTTER one</a></li>"
           "<li><a href=/b>Two</a></li></ol></div>"_s;
    QTest::newRow("most-read-by-heading")
        << u"<div class=\"box\"><h3>Most read</h3><ul><li><a href=/a>CLUTTER story one "
           "</a></li><li><a href=/b>Story two</a></li><li><a href=/c>Story three</a></li>"
           "</ul></div>"_s;
    QTest::newRow("related") << u"<div class=\"related-articles\"><h3>Related</h3><a href=/r>"
                                "CLUTTER related story headline</a></div>"_s;
    QTest::newRow("comments")
        << u"<div id=\"comments\"><h3>3 comments</h3><p>CLUTTER first, I think this is "
           "great, really, truly.</p></div>"_s;
    QTest::newRow("cookie-banner")
        << u"<div class=\"cookie-banner\">We use cookies, CLUTTER, to improve your "
           "experience. <a href=/privacy>Learn more</a></div>"_s;
    QTest::newRow("newsletter-prompt")
        << u"<div class=\"newsletter-signup\"><p>Sign up for our CLUTTER newsletter, "
           "free, every morning.</p><form><input type=email><button>Go</button></form></div>"_s;
    QTest::newRow("hidden-style") << u"<p style=\"display: none\">CLUTTER hidden text</p>"_s;
    QTest::newRow("hidden-visibility") << u"<p style=\"visibility:hidden\">CLUTTER invisible</p>"_s;
    QTest::newRow("hidden-attribute") << u"<p hidden>CLUTTER hidden paragraph</p>"_s;
    QTest::newRow("aria-hidden") << u"<div aria-hidden=\"true\">CLUTTER for screens only</div>"_s;
    QTest::newRow("repeated-byline") << u"<p class=\"byline\">By CLUTTER Reporter</p>"_s;
    QTest::newRow("advertisement") << u"<div class=\"ad-slot\">Advertisement CLUTTER</div>"_s;
    QTest::newRow("script") << u"<script>var CLUTTER = 1;</script>"_s;
}

void TestArticleExtractor::clutter()
{
    QFETCH(QString, clutter);
    const QString body = u"<article><h1>Harbour wall to be rebuilt</h1>"_s + clutter + articleBody()
        + u"</article>"_s;
    const ExtractedArticle a
        = extractOk(page(u"<title>Harbour wall to be rebuilt</title>"_s, body));
    QVERIFY2(!a.plainText.contains(u"CLUTTER"_s), qPrintable(a.plainText));
    QVERIFY2(!a.contentHtml.contains(u"CLUTTER"_s), qPrintable(a.contentHtml));
    QVERIFY2(a.plainText.contains(u"thousands of rock blocks"_s), qPrintable(a.plainText));
    QVERIFY2(!a.plainText.startsWith(u"Harbour wall"_s), qPrintable(a.plainText)); // title heading
    QVERIFY(a.looksLikeArticle);
}

void TestArticleExtractor::keeps_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("expected");

    QTest::newRow("figure-caption")
        << u"<figure><img src=\"/w.jpg\" alt=\"Wall\"><figcaption>The wall, in 1911.</figcaption></figure>"_s
        << u"<figcaption>The wall, in 1911.</figcaption>"_s;
    QTest::newRow("data-table")
        << u"<table><caption>Costs</caption><tr><th>Year</th><th>Euros</th></tr><tr><td>2026"
           "</td><td>10m</td></tr><tr><td>2027</td><td>30m</td></tr></table>"_s
        << u"<th>Euros</th>"_s;
    QTest::newRow("code") << u"<pre><code>if (wave &gt; wall) flood();</code></pre>"_s
                          << u"<pre><code>if (wave &gt; wall) flood();</code></pre>"_s;
    QTest::newRow("list")
        << u"<ul><li>Survey the foundations, first.</li><li>Add a new concrete crown, then.</li>"
           "<li>Place rock blocks, last.</li></ul>"_s
        << u"<li>Add a new concrete crown, then.</li>"_s;
    QTest::newRow("blockquote")
        << u"<blockquote><p>We have waited, frankly, for far too long.</p></blockquote>"_s
        << u"<blockquote><p>We have waited, frankly, for far too long.</p></blockquote>"_s;
    QTest::newRow("subheading") << u"<h2>What happens next</h2>"_s
                                << u"<h2>What happens next</h2>"_s;
}

void TestArticleExtractor::keeps()
{
    QFETCH(QString, snippet);
    QFETCH(QString, expected);
    const QString body = u"<article><p>The harbour authority said on Tuesday that the old "
                         "breakwater would be rebuilt, at last, after years of storms.</p>"_s
        + snippet + articleBody() + u"</article>"_s;
    const ExtractedArticle a = extractOk(page(QString(), body));
    QVERIFY2(a.contentHtml.contains(expected), qPrintable(a.contentHtml));
}

void TestArticleExtractor::language_data()
{
    QTest::addColumn<QString>("htmlLang");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString ko
        = u"항구 관리청은 화요일에 1911년에 지어진 오래된 방파제를 앞으로 3년에 걸쳐 다시 짓겠다고 밝혔다. "_s;
    const QString ja
        = u"港湾当局は火曜日、1911年に建設された古い防波堤を今後3年間で再建すると発表した。"_s;
    const QString zh
        = u"港务局周二表示，建于1911年的旧防波堤将在未来三年内重建，耗资约四千万欧元。"_s;
    const QString en
        = u"The harbour authority said that the old wall, built in 1911, is to be rebuilt. "_s;
    QTest::newRow("declared") << u"ko-KR"_s << en << u"ko"_s;
    QTest::newRow("hangul") << QString() << ko << u"ko"_s;
    QTest::newRow("kana") << QString() << ja << u"ja"_s;
    QTest::newRow("han") << QString() << zh << u"zh"_s;
    QTest::newRow("english") << QString() << en << u"en"_s;
}

void TestArticleExtractor::language()
{
    QFETCH(QString, htmlLang);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString paragraphs;
    for (int i = 0; i < 6; ++i)
        paragraphs += u"<p>"_s + text + text + u"</p>"_s;
    const QString lang = htmlLang.isEmpty() ? QString() : u" lang=\""_s + htmlLang + u'"';
    const QString html = u"<html"_s + lang + u"><head><title>T</title></head><body><article>"_s
        + paragraphs + u"</article></body></html>"_s;
    QCOMPARE(extractOk(html).language, expected);
}

void TestArticleExtractor::wordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("english") << u"The wall, built in 1911, is old."_s << 7;
    QTest::newRow("punctuation-only-tokens") << u"Wall — sea – storm"_s << 3;
    QTest::newRow("korean-spaced") << u"항구 관리청은 방파제를 다시 짓겠다고 밝혔다"_s << 6;
    QTest::newRow("chinese-two-per-word") << u"港务局周二表示"_s << 4;
}

void TestArticleExtractor::wordCount()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const QString html = page(QString(), u"<p>"_s + text + u"</p>"_s);
    const ExtractedArticle a = extractOk(html);
    QCOMPARE(a.plainText, text);
    QCOMPARE(a.wordCount, expected);
}

void TestArticleExtractor::notAnArticle()
{
    const QString html
        = page(u"<title>Harbour Times</title>"_s,
               u"<nav><ul><li><a href=/a>World</a></li><li><a href=/b>Sport</a>"
               "</li><li><a href=/c>Weather</a></li></ul></nav><div class=grid>"
               "<a href=/1>Wall to be rebuilt</a><a href=/2>Ferry times</a></div>"_s);
    const Result<ExtractedArticle> r = ArticleExtractor::extract(html, pageUrl);
    QVERIFY(r.ok());
    QVERIFY(!r->looksLikeArticle);
    QVERIFY(extractOk(articlePage(QString())).looksLikeArticle);
}

void TestArticleExtractor::declaredArticle_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("expected");

    const QString recipe = u"<article><h1>Lemon cake</h1><ul><li>200 g flour</li><li>3 eggs</li>"
                           "<li>1 lemon</li></ul><p>Mix the flour and eggs, add the zest of the "
                           "lemon and the sugar, and stir until smooth.</p><p>Bake for 40 minutes "
                           "at 180 degrees, then let it cool on a rack before you cut it. It keeps "
                           "for three days in a tin.</p>"
                           "</article>"_s;
    const QString links = u"<div><a href=/1>Lemon cake with a crisp top and a soft middle</a> "
                          "<a href=/2>Orange cake with almonds and a glaze of honey</a> "
                          "<a href=/3>Apple pie with cinnamon and a lattice crust</a> "
                          "<a href=/4>Plum crumble with oats, butter and brown sugar</a> "
                          "<a href=/5>Pear tart with vanilla cream and toasted nuts</a></div>"_s;
    const QString ogArticle = u"<meta property=\"og:type\" content=\"article\">"_s;
    QTest::newRow("short-recipe-undeclared") << QString() << recipe << false;
    QTest::newRow("short-recipe-og-article") << ogArticle << recipe << true;
    QTest::newRow("short-recipe-jsonld-recipe")
        << u"<script type=\"application/ld+json\">{\"@type\":\"Recipe\",\"name\":"
           "\"Lemon cake\"}</script>"_s
        << recipe << true;
    QTest::newRow("link-list-og-article-still-asks") << ogArticle << links << false;
}

void TestArticleExtractor::declaredArticle()
{
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(bool, expected);
    const Result<ExtractedArticle> r = ArticleExtractor::extract(page(head, body), pageUrl);
    QVERIFY(r.ok());
    QCOMPARE(r->looksLikeArticle, expected);
}

void TestArticleExtractor::visibleAuthor_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("expected");
    QTest::newRow("microdata-name")
        << QString()
        << u"<span itemprop=author itemscope><span itemprop=name>Mina Park</span></span>"_s
        << u"Mina Park"_s;
    QTest::newRow("rel-author") << QString() << u"<a rel=author href=/mina>Mina Park</a>"_s
                                << u"Mina Park"_s;
    QTest::newRow("author-class-after-headline-von")
        << QString() << u"<div class=post-autor>von Mina Park</div>"_s << u"Mina Park"_s;
    QTest::newRow("meta-author-names-site-byline-wins")
        << u"<meta name=author content=\"news.example\">"_s << u"<p class=byline>By Mina Park</p>"_s
        << u"Mina Park"_s;
    QTest::newRow("meta-author-first")
        << u"<meta name=author content=\"Jo Smith\">"_s
        << u"<a rel=author href=/mina>Mina Park</a>"_s << u"Jo Smith"_s;
}

void TestArticleExtractor::visibleAuthor()
{
    QFETCH(QString, head);
    QFETCH(QString, byline);
    QFETCH(QString, expected);
    const QString html
        = page(head,
               u"<article><h1>Harbour wall to be rebuilt</h1>"_s + byline + articleBody()
                   + u"</article><aside><p class=comment-author>"
                     "Someone Else</p></aside>"_s);
    QCOMPARE(extractOk(html).author, expected);
}

void TestArticleExtractor::wholePage()
{
    const QString html = page(QString(),
                              u"<div class=grid><a href=/1>Wall to be rebuilt</a>"
                              "<p>Ferry timetable for May</p></div>"_s);
    ArticleExtractor::Options options;
    options.wholePage = true;
    const Result<ExtractedArticle> r = ArticleExtractor::extract(html, pageUrl, options);
    QVERIFY(r.ok());
    QVERIFY(r->plainText.contains(u"Ferry timetable for May"_s));
    QVERIFY(r->plainText.contains(u"Wall to be rebuilt"_s));
}

void TestArticleExtractor::emptyInput()
{
    const Result<ExtractedArticle> r = ArticleExtractor::extract(u"   "_s, pageUrl);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
}

void TestArticleExtractor::oddInputs_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text"); // expected in plainText ("" : just no crash)

    QTest::newRow("text-without-tags") << u"Just a line of text, no markup at all."_s
                                       << u"Just a line of text, no markup at all."_s;
    QTest::newRow("head-only") << u"<html><head><title>Only a title</title></head></html>"_s
                               << QString();
    QTest::newRow("frameset") << u"<html><frameset><frame src=a.html></frameset></html>"_s
                              << QString();
    QTest::newRow("unclosed-comment")
        << u"<p>Before the comment</p><!-- never closed <p>x"_s << u"Before the comment"_s;
    QTest::newRow("unclosed-script")
        << u"<p>Visible words</p><script>var a = '<p>"_s << u"Visible words"_s;
    QTest::newRow("lone-angle") << u"<"_s << QString();
    QTest::newRow("control-characters") << u"<p>a\x01b\x00c\xFFFF</p>"_s << QString();
    QTest::newRow("svg-only") << u"<svg><text>Chart</text></svg>"_s << QString();
    QTest::newRow("table-soup") << u"<table><td><table><td><p>Cell text, deep in soup.</table>"_s
                                << u"Cell text, deep in soup."_s;
    QTest::newRow("unclosed-quote-attribute")
        << u"<p class=\"x>Text after a broken quote</p>"_s << QString();
}

void TestArticleExtractor::oddInputs()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    const Result<ExtractedArticle> r = ArticleExtractor::extract(html, pageUrl);
    if (text.isEmpty()) {
        QVERIFY(r.ok() || !r.error().isEmpty()); // returned, either way
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY2(r->plainText.contains(text), qPrintable(r->plainText));
}

void TestArticleExtractor::deepNesting()
{
    QString html = u"<html><body>"_s;
    html.reserve(100000 * 11 + 2000);
    for (int i = 0; i < 100000; ++i)
        html += u"<div>"_s;
    html += articleBody();
    for (int i = 0; i < 100000; ++i)
        html += u"</div>"_s;
    html += u"</body></html>"_s;
    const Result<ExtractedArticle> r = ArticleExtractor::extract(html, pageUrl);
    QVERIFY(r.ok());
    QVERIFY2(r->plainText.contains(u"thousands of rock blocks"_s), qPrintable(r->plainText));
}

void TestArticleExtractor::bigPage()
{
    // ~4 MB: the article among hundreds of link boxes and a long comment section.
    QString body = u"<div id=page>"_s;
    for (int i = 0; i < 400; ++i)
        body
            += u"<div class=\"promo\"><a href=\"/s/%1\">Story number %1 of the day</a></div>"_s.arg(
                i);
    body += u"<article class=\"story-body\">"_s;
    for (int i = 0; i < 4000; ++i)
        body += articleBody();
    body += u"</article><div id=\"comments\">"_s;
    for (int i = 0; i < 3000; ++i)
        body += u"<div class=comment><p>Comment %1, I agree, completely.</p></div>"_s.arg(i);
    body += u"</div></div>"_s;
    const QString html = page(u"<title>Harbour wall to be rebuilt | Harbour Times</title>"_s, body);
    QVERIFY(html.size() > 3'000'000);
    QElapsedTimer timer;
    timer.start();
    const Result<ExtractedArticle> r = ArticleExtractor::extract(html, pageUrl);
    qInfo("big page: %lld chars in %lld ms", qlonglong(html.size()), qlonglong(timer.elapsed()));
    QVERIFY(r.ok());
    QVERIFY(r->looksLikeArticle);
    QVERIFY(r->wordCount > 4000 * 120);
    QVERIFY(!r->plainText.contains(u"Story number"_s));
    QVERIFY(!r->plainText.contains(u"I agree"_s));
    QCOMPARE(r->title, u"Harbour wall to be rebuilt"_s);
}

QTEST_APPLESS_MAIN(TestArticleExtractor)
#include "tst_articleextractor.moc"
