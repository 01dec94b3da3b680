// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feeditemkey.h"
#include "feeds/feedparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BYLINE_SOURCE_DIR "/tests/core/feeds/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// One field of a parsed feed as a string: "feed.title", "count", "0.link", "1.enclosures" ...
QString field(const ParsedFeed &feed, const QString &key)
{
    static const char *const formats[] = { "rss", "rdf", "atom", "json" };
    if (key == "format"_L1)
        return QString::fromLatin1(formats[int(feed.format)]);
    if (key == "count"_L1)
        return QString::number(feed.items.size());
    if (key == "feed.title"_L1)
        return feed.title;
    if (key == "feed.link"_L1)
        return feed.link;
    if (key == "feed.feedUrl"_L1)
        return feed.feedUrl;
    if (key == "feed.description"_L1)
        return feed.description;
    if (key == "feed.iconUrl"_L1)
        return feed.iconUrl;
    const int index = key.section(u'.', 0, 0).toInt();
    const QString name = key.section(u'.', 1);
    if (index >= feed.items.size())
        return u"<no item %1>"_s.arg(index);
    const FeedItem &item = feed.items.at(index);
    if (name == "id"_L1)
        return item.id;
    if (name == "title"_L1)
        return item.title;
    if (name == "link"_L1)
        return item.link;
    if (name == "author"_L1)
        return item.author;
    if (name == "published"_L1)
        return iso(item.published);
    if (name == "updated"_L1)
        return iso(item.updated);
    if (name == "summary"_L1)
        return item.summary;
    if (name == "content"_L1)
        return item.content;
    if (name == "imageUrl"_L1)
        return item.imageUrl;
    if (name == "comments"_L1)
        return item.comments;
    if (name == "contentBase"_L1)
        return item.contentBase;
    if (name == "categories"_L1)
        return item.categories.join(u'|');
    if (name == "enclosures"_L1) {
        QStringList out;
        for (const FeedEnclosure &e : item.enclosures)
            out.append(e.url + u'|' + e.type + u'|' + QString::number(e.length));
        return out.join(u';');
    }
    return u"<unknown field %1>"_s.arg(name);
}

ParsedFeed parseOk(const QByteArray &body, const QUrl &url = QUrl(u"https://feeds.example/feed"_s),
                   const QByteArray &contentType = {})
{
    const Result<ParsedFeed> parsed = FeedParser::parse(body, url, contentType);
    if (!parsed) {
        qWarning("unexpected error: %s", qPrintable(parsed.error()));
        return {};
    }
    return *parsed;
}

QByteArray rss(const QByteArray &items, const QByteArray &channelExtra = {})
{
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>" + channelExtra
        + items + "</channel></rss>\n";
}

} // namespace

class TestFeedParser : public QObject {
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void robustness_data();
    void robustness();
    void errors_data();
    void errors();
    void keepsItemsBeforeAnError();
    void duplicateGuidsKeepBothItems();
    void itemKey_data();
    void itemKey();
    void billionLaughsRefused();
    void externalEntitiesNeverRead();
    void itemCap();
    void severalThreadsAtOnce();
    void deepNesting();
};

void TestFeedParser::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *file, const char *url, const char *key, const QString &value) {
        QTest::addRow("%s %s", file, key) << QString::fromLatin1(file) << QString::fromLatin1(url)
                                          << QString::fromLatin1(key) << value;
    };

    const char *r = "rss2.xml";
    const char *ru = "https://gazette.example/feed.xml";
    row(r, ru, "format", u"rss"_s);
    row(r, ru, "count", u"2"_s);
    row(r, ru, "feed.title", u"Harbour Town & Gazette"_s);
    row(r, ru, "feed.link", u"https://gazette.example/"_s);
    row(r, ru, "feed.feedUrl", u"https://gazette.example/feed.xml"_s);
    row(r, ru, "feed.description", u"News from the harbour"_s);
    row(r, ru, "feed.iconUrl", u"https://gazette.example/logo.png"_s);
    row(r, ru, "0.id", u"ferry-2025-06"_s);
    row(r, ru, "0.title", u"Ferry timetable changes"_s);
    row(r, ru, "0.link", u"https://gazette.example/news/ferry"_s);
    row(r, ru, "0.author", u"Mina Park"_s);
    row(r, ru, "0.published", u"2025-06-02T23:15:00Z"_s);
    row(r, ru, "0.updated", QString());
    row(r, ru, "0.summary", u"<p>The <b>summer</b> timetable starts Monday.</p>"_s);
    row(r, ru, "0.content",
        u"<p>The summer timetable starts Monday. <a href=\"/timetable\">See it</a>.</p>"_s);
    row(r, ru, "0.contentBase", u"https://gazette.example/feed.xml"_s);
    row(r, ru, "0.imageUrl", u"https://img.gazette.example/ferry-thumb.jpg"_s);
    row(r, ru, "0.comments", u"https://gazette.example/news/ferry#comments"_s);
    row(r, ru, "0.enclosures", u"https://gazette.example/audio/ferry.mp3|audio/mpeg|123456"_s);
    row(r, ru, "0.categories", u"Transport|Local"_s);
    row(r, ru, "1.id", u"https://gazette.example/news/market"_s);
    row(r, ru, "1.link", u"https://gazette.example/news/market"_s); // the permalink guid
    row(r, ru, "1.title", u"Market day"_s);
    row(r, ru, "1.summary", u"Stalls open at <em>nine</em>."_s);
    row(r, ru, "1.author", u"Jo Lee"_s);
    row(r, ru, "1.published", u"2025-06-02T07:00:00Z"_s);
    row(r, ru, "1.imageUrl", u"https://img.gazette.example/market.jpg"_s);
    row(r, ru, "1.enclosures", u"https://video.gazette.example/market.mp4|video/mp4|2048"_s);

    const char *o = "rss091.xml";
    const char *ou = "http://oldtown.example/rss.xml";
    row(o, ou, "format", u"rss"_s);
    row(o, ou, "count", u"1"_s);
    row(o, ou, "feed.title", u"Old Town Notes"_s);
    row(o, ou, "feed.link", u"http://oldtown.example/"_s);
    row(o, ou, "0.title", u"Café reopens — at last"_s);
    row(o, ou, "0.link", u"http://oldtown.example/cafe.html"_s);
    row(o, ou, "0.summary", u"The café on Main Street reopens."_s);
    row(o, ou, "0.id", QString());
    row(o, ou, "0.published", QString());

    const char *a = "atom.xml";
    const char *au = "https://blog.example/atom.xml";
    row(a, au, "format", u"atom"_s);
    row(a, au, "count", u"3"_s);
    row(a, au, "feed.title", u"Field Notes"_s);
    row(a, au, "feed.link", u"https://blog.example/"_s);
    row(a, au, "feed.feedUrl", u"https://blog.example/atom.xml"_s);
    row(a, au, "feed.description", u"Walking and writing"_s);
    row(a, au, "feed.iconUrl", u"https://blog.example/favicon.ico"_s);
    row(a, au, "0.id", u"tag:blog.example,2025:1"_s);
    row(a, au, "0.title", u"Hills & valleys"_s);
    // xml:base nests: the feed's, then the entry's "posts/2025/", then the content's "media/".
    row(a, au, "0.link", u"https://blog.example/posts/2025/hills.html"_s);
    row(a, au, "0.enclosures", u"https://blog.example/posts/2025/hills.ogg|audio/ogg|999"_s);
    row(a, au, "0.published", u"2025-06-01T07:30:00Z"_s);
    row(a, au, "0.updated", u"2025-06-02T12:00:00Z"_s);
    row(a, au, "0.author", u"Ben Ode, Cy Tran"_s);
    row(a, au, "0.categories", u"Walks|hills"_s);
    row(a, au, "0.summary", u"<p>A short walk.</p>"_s);
    row(a, au, "0.content",
        u"<p>Up the <a href=\"https://blog.example/posts/2025/media/map.html\">hill</a>.</p>"
        "<img src=\"https://blog.example/posts/2025/media/view.jpg\" alt=\"View\">"_s);
    row(a, au, "0.contentBase", u"https://blog.example/posts/2025/media/"_s);
    row(a, au, "1.title", u"Rain again"_s);
    row(a, au, "1.author", u"Ana Ruiz"_s); // the feed's author
    row(a, au, "1.published", QString());
    row(a, au, "1.updated", u"2025-06-03T08:00:00Z"_s);
    row(a, au, "1.content", u"<p>It rained <a href=\"/weather\">all day</a>.</p>"_s);
    row(a, au, "1.contentBase", u"https://blog.example/"_s);
    row(a, au, "1.link", u"https://blog.example/rain"_s);
    row(a, au, "2.content", u"<p>Line one &lt;not a tag&gt;</p><p>Second paragraph</p>"_s);

    const char *d = "rdf.xml";
    const char *du = "https://science.example/rss";
    row(d, du, "format", u"rdf"_s);
    row(d, du, "count", u"1"_s);
    row(d, du, "feed.title", u"Science Daily Notes"_s);
    row(d, du, "feed.link", u"https://science.example/"_s);
    row(d, du, "feed.description", u"Findings"_s);
    row(d, du, "feed.iconUrl", u"https://science.example/logo.png"_s);
    row(d, du, "0.id", u"https://science.example/a1"_s);
    row(d, du, "0.title", u"Bees count to four"_s);
    row(d, du, "0.link", u"https://science.example/a1"_s);
    row(d, du, "0.summary", u"A study of bees."_s);
    row(d, du, "0.content", u"<p>A study of <strong>bees</strong>.</p>"_s);
    row(d, du, "0.author", u"Dr. Hana Cho"_s);
    row(d, du, "0.published", u"2025-05-30T18:00:00Z"_s);
    row(d, du, "0.categories", u"Biology"_s);

    const char *j = "jsonfeed11.json";
    const char *ju = "https://kitchen.example/feed.json";
    row(j, ju, "format", u"json"_s);
    row(j, ju, "count", u"2"_s);
    row(j, ju, "feed.title", u"Kitchen Log"_s);
    row(j, ju, "feed.link", u"https://kitchen.example/"_s);
    row(j, ju, "feed.feedUrl", u"https://kitchen.example/feed.json"_s);
    row(j, ju, "feed.description", u"Recipes"_s);
    row(j, ju, "feed.iconUrl", u"https://kitchen.example/icon.png"_s);
    row(j, ju, "0.id", u"2"_s);
    row(j, ju, "0.link", u"https://kitchen.example/recipes/soup"_s);
    row(j, ju, "0.title", u"Soup weather"_s);
    row(j, ju, "0.content", u"<p>Make <em>soup</em>.</p>"_s);
    row(j, ju, "0.summary", u"<p>Soup &amp; bread</p>"_s);
    row(j, ju, "0.imageUrl", u"https://kitchen.example/img/soup.jpg"_s);
    row(j, ju, "0.published", u"2025-06-01T17:00:00Z"_s);
    row(j, ju, "0.updated", u"2025-06-02T18:00:00Z"_s);
    row(j, ju, "0.author", u"Sam Cook, Lee Ray"_s);
    row(j, ju, "0.categories", u"soup|winter"_s);
    row(j, ju, "0.enclosures", u"https://kitchen.example/audio/soup.mp3|audio/mpeg|4096"_s);
    row(j, ju, "1.id", u"1"_s);
    row(j, ju, "1.link", u"https://elsewhere.example/bread"_s);
    row(j, ju, "1.author", u"Kit Chen"_s);
    row(j, ju, "1.title", QString());
    row(j, ju, "1.content", u"<p>Bread &lt; cake.</p><p>Always.</p>"_s);

    const char *k = "jsonfeed10.json";
    const char *ku = "https://oldkitchen.example/feed.json";
    row(k, ku, "format", u"json"_s);
    row(k, ku, "0.author", u"Old Cook"_s);
    row(k, ku, "0.title", u"Stew"_s);
    row(k, ku, "0.content", u"<p>Stew.</p>"_s);
    row(k, ku, "0.published", u"2019-01-01T00:00:00Z"_s);
}

void TestFeedParser::formats()
{
    QFETCH(QString, file);
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result<ParsedFeed> parsed = FeedParser::parse(fixture(file), QUrl(url));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(field(*parsed, key), expected);
}

void TestFeedParser::robustness_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const QByteArray item = "<item><title>Café “quoted”</title></item>";
    QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF" + rss(item)) << QByteArray()
                              << u"0.title"_s << u"Café “quoted”"_s;
    {
        const QString text = QString::fromUtf8(rss(item));
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("utf16le-bom") << utf16 << QByteArray() << u"0.title"_s << u"Café “quoted”"_s;
    }
    QTest::newRow("charset-only-in-http-header")
        << QByteArray("<rss><channel><item><title>Caf\xE9</title></item></channel></rss>")
        << QByteArray("application/rss+xml; charset=ISO-8859-1") << u"0.title"_s << u"Café"_s;
    QTest::newRow("http-header-beats-declaration")
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>"
                      "\xC7\xD1\xB1\xDB</title></item></channel></rss>")
        << QByteArray("text/xml; charset=euc-kr") << u"0.title"_s << u"한글"_s;
    QTest::newRow("declared-utf8-is-windows-1252")
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>"
                      "Caf\xE9 \x93quoted\x94</title></item></channel></rss>")
        << QByteArray() << u"0.title"_s << u"Café “quoted”"_s;
    QTest::newRow("declared-latin1-is-utf8")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + rss(item)) << QByteArray()
        << u"0.title"_s << u"Café “quoted”"_s;
    QTest::newRow("declared-utf8-other-declaration-used")
        << QByteArray("<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss><channel><item><title>"
                      "\xC7\xD1\xB1\xDB</title></item></channel></rss>")
        << QByteArray("text/xml; charset=utf-8") << u"0.title"_s << u"한글"_s;
    QTest::newRow("html-entities")
        << rss("<item><title>It&rsquo;s&nbsp;a caf&eacute; &hellip;</title></item>") << QByteArray()
        << u"0.title"_s << u"It’s a café …"_s;
    QTest::newRow("html-entities-in-attributes")
        << rss("<item><enclosure url=\"https://x.example/a?b=1&amp;c=2&d=3\" type=\"audio/mpeg\"/>"
               "</item>")
        << QByteArray() << u"0.enclosures"_s << u"https://x.example/a?b=1&c=2&d=3|audio/mpeg|0"_s;
    QTest::newRow("bare-ampersands")
        << rss("<item><title>Fish & Chips, AT&T && &#; &#xZZ; &</title></item>") << QByteArray()
        << u"0.title"_s << u"Fish & Chips, AT&T && &#; &#xZZ; &"_s;
    QTest::newRow("unknown-entity-shown-as-written")
        << rss("<item><title>A &bogus; b</title></item>") << QByteArray() << u"0.title"_s
        << u"A &bogus; b"_s;
    QTest::newRow("windows-1252-numeric-reference")
        << rss("<item><title>&#147;Hi&#148; &#0; x</title></item>") << QByteArray() << u"0.title"_s
        << u"“Hi” \uFFFD x"_s;
    QTest::newRow("control-characters") << rss("<item><title>A\x01"
                                               "B\x0B"
                                               "C</title></item>")
                                        << QByteArray() << u"0.title"_s << u"A\uFFFDB\uFFFDC"_s;
    QTest::newRow("bare-less-than") << rss("<item><title>1 < 2, x<5 <= 7 << 8</title></item>")
                                    << QByteArray() << u"0.title"_s << u"1 < 2, x<5 <= 7 << 8"_s;
    QTest::newRow("rss-link-href-attribute")
        << rss("<item><link href=\"/h.html\"/></item>") << QByteArray() << u"0.link"_s
        << u"https://feeds.example/h.html"_s;
    QTest::newRow("image-before-channel-title")
        << QByteArray("<rss><channel><image><title>Logo</title><url>/i.png</url></image>"
                      "<title>Real</title></channel></rss>")
        << QByteArray() << u"feed.title"_s << u"Real"_s;
    QTest::newRow("cdata-kept-as-is")
        << rss("<item><description><![CDATA[a &nbsp; b & <i>c</i>]]></description></item>")
        << QByteArray() << u"0.summary"_s << u"a &nbsp; b & <i>c</i>"_s;
    QTest::newRow("double-escaped-title")
        << rss("<item><title>&amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt; move &amp;amp; more</title>"
               "</item>")
        << QByteArray() << u"0.title"_s << u"Bold move & more"_s;
    QTest::newRow("escaped-html-title")
        << rss("<item><title>&lt;em&gt;Big&lt;/em&gt; news</title></item>") << QByteArray()
        << u"0.title"_s << u"Big news"_s;
    QTest::newRow("title-with-markup")
        << rss("<item><title>Big <b>news</b> <span>today</span></title></item>") << QByteArray()
        << u"0.title"_s << u"Big news today"_s;
    QTest::newRow("title-with-less-than") << rss("<item><title>1 &lt; 2</title></item>")
                                          << QByteArray() << u"0.title"_s << u"1 < 2"_s;
    QTest::newRow("description-with-child-markup")
        << rss("<item><description>Plain <p>para <b>bold</b></p></description></item>")
        << QByteArray() << u"0.summary"_s << u"Plain <p>para <b>bold</b></p>"_s;
    QTest::newRow("unknown-namespace-skipped")
        << rss("<item xmlns:foo=\"urn:foo\"><foo:title>No</foo:title><title>Yes</title>"
               "<foo:link>https://no.example/</foo:link></item>")
        << QByteArray() << u"0.title"_s << u"Yes"_s;
    QTest::newRow("undeclared-media-prefix")
        << rss("<item><media:thumbnail url=\"/t.jpg\"/><wp:junk>x</wp:junk></item>") << QByteArray()
        << u"0.imageUrl"_s << u"https://feeds.example/t.jpg"_s;
    QTest::newRow("item-without-title-link-guid")
        << rss("<item><description>Only text</description></item>") << QByteArray()
        << u"0.summary"_s << u"Only text"_s;
    QTest::newRow("item-without-anything-counted")
        << rss("<item></item><item><title>b</title></item>") << QByteArray() << u"count"_s
        << u"2"_s;
    QTest::newRow("relative-link") << rss("<item><link>../story?id=1</link></item>") << QByteArray()
                                   << u"0.link"_s << u"https://feeds.example/story?id=1"_s;
    QTest::newRow("relative-link-xml-base")
        << rss("<item xml:base=\"https://other.example/a/\"><link>b/c.html</link></item>")
        << QByteArray() << u"0.link"_s << u"https://other.example/a/b/c.html"_s;
    QTest::newRow("non-permalink-guid-is-no-link")
        << rss("<item><guid isPermaLink=\"false\">https://x.example/1</guid></item>")
        << QByteArray() << u"0.link"_s << QString();
    QTest::newRow("rss-author-email-name")
        << rss("<item><author>a@b.example (Ann Bee)</author></item>") << QByteArray()
        << u"0.author"_s << u"Ann Bee"_s;
    QTest::newRow("leading-whitespace-before-declaration")
        << QByteArray("\n  " + rss(item)) << QByteArray() << u"0.title"_s << u"Café “quoted”"_s;
    QTest::newRow("junk-before-the-feed")
        << QByteArray("\nWarning: something in /var/www/feed.php on line 3\n" + rss(item))
        << QByteArray() << u"0.title"_s << u"Café “quoted”"_s;
    QTest::newRow("atom-without-namespace")
        << QByteArray("<feed><title>F</title><entry><title>E</title><id>1</id></entry></feed>")
        << QByteArray() << u"0.title"_s << u"E"_s;
    QTest::newRow("atom-0.3-escaped")
        << QByteArray("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry>"
                      "<title>E</title><issued>2004-01-01T00:00:00Z</issued>"
                      "<content type=\"text/html\" mode=\"escaped\">&lt;p&gt;x&lt;/p&gt;"
                      "</content></entry></feed>")
        << QByteArray() << u"0.content"_s << u"<p>x</p>"_s;
    QTest::newRow("json-feed-with-bom")
        << QByteArray("\xEF\xBB\xBF{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":"
                      "[{\"id\":\"x\",\"title\":\"J\"}]}")
        << QByteArray() << u"0.title"_s << u"J"_s;
}

void TestFeedParser::robustness()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Result<ParsedFeed> parsed
        = FeedParser::parse(body, QUrl(u"https://feeds.example/feed"_s), contentType);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(field(*parsed, key), expected);
}

void TestFeedParser::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray(" \n ") << u"The feed is empty"_s;
    QTest::newRow("html-doctype") << QByteArray("<!DOCTYPE html>\n<html><head><title>x</title>")
                                  << FeedParser::webPageMessage();
    QTest::newRow("html-root") << QByteArray("<html lang=\"en\"><body><p>Hi</p></body></html>")
                               << FeedParser::webPageMessage();
    QTest::newRow("xhtml-root") << QByteArray(
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        "<head/><body/></html>") << FeedParser::webPageMessage();
    QTest::newRow("body-root") << QByteArray("\n<body><p>Hi</p></body>")
                               << FeedParser::webPageMessage();
    QTest::newRow("not-xml") << QByteArray("hello world")
                             << u"Not a valid feed: line 1: Start tag expected."_s;
    QTest::newRow("broken-before-any-item")
        << QByteArray("<?xml version=\"1.0\"?>\n<rss>\n<channel>\n<title>T</titel>\n")
        << u"Not a valid feed: line 4: Opening and ending tag mismatch."_s;
    QTest::newRow("other-xml")
        << QByteArray("<?xml version=\"1.0\"?>\n<svg><g/></svg>")
        << u"Not a valid feed: line 2: <svg> is not an RSS, Atom or RDF document"_s;
    QTest::newRow("json-not-a-feed") << QByteArray("{\"hello\": 1}")
                                     << u"Not a valid feed: line 1: this JSON is not a JSON Feed"_s;
    QTest::newRow("json-broken") << QByteArray(
        "{\"version\":\n\"https://jsonfeed.org/version/1\",,}")
                                 << u"Not a valid feed: line 2: unterminated object"_s;
}

void TestFeedParser::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Result<ParsedFeed> parsed = FeedParser::parse(body, QUrl(u"https://x.example/f"_s));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), error);
}

void TestFeedParser::keepsItemsBeforeAnError()
{
    const QByteArray body = "<rss><channel><item><title>One</title></item>\n"
                            "<item><title>Two</title></item>\n"
                            "<item><title>Three</tittle></item></channel></rss>";
    const ParsedFeed feed = parseOk(body);
    QCOMPARE(feed.items.size(), 2);
    QCOMPARE(feed.items.at(1).title, u"Two"_s);
}

void TestFeedParser::duplicateGuidsKeepBothItems()
{
    const ParsedFeed feed = parseOk(rss("<item><guid>same</guid><title>First</title></item>"
                                        "<item><guid>same</guid><title>Second</title></item>"));
    QCOMPARE(feed.items.size(), 2);
    QCOMPARE(feed.items.at(0).title, u"First"_s);
    QCOMPARE(feed.items.at(1).title, u"Second"_s);
    // One key: the store keeps one article for the guid (the last one written wins).
    QCOMPARE(FeedItemKey::of(feed.items.at(0)), FeedItemKey::of(feed.items.at(1)));
}

void TestFeedParser::itemKey_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QString>("key");

    const QDateTime when(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
    QTest::newRow("guid") << u" g1 "_s << u"https://x.example/1"_s << u"T"_s << when << u"id:g1"_s;
    QTest::newRow("link") << QString() << u"https://x.example/1"_s << u"T"_s << when
                          << u"link:https://x.example/1"_s;
    QTest::newRow("title-date") << QString() << QString() << u"A  title"_s << when
                                << u"title:A title|2025-06-01T09:00:00Z"_s;
    QTest::newRow("title-undated")
        << QString() << QString() << u"A title"_s << QDateTime() << u"title:A title|"_s;
    QTest::newRow("guid-like-link-differs") << u"https://x.example/1"_s << QString() << QString()
                                            << QDateTime() << u"id:https://x.example/1"_s;
}

void TestFeedParser::itemKey()
{
    QFETCH(QString, id);
    QFETCH(QString, link);
    QFETCH(QString, title);
    QFETCH(QDateTime, published);
    QFETCH(QString, key);
    FeedItem item;
    item.id = id;
    item.link = link;
    item.title = title;
    item.published = published;
    QCOMPARE(FeedItemKey::of(item), key);
}

void TestFeedParser::billionLaughsRefused()
{
    QByteArray body = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        body += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            body += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ';';
        body += "\">\n";
    }
    body += "]>\n" + rss("<item><title>&lol9;</title></item>").mid(22);
    QElapsedTimer timer;
    timer.start();
    const Result<ParsedFeed> parsed = FeedParser::parse(body, QUrl(u"https://x.example/f"_s));
    qInfo("billion laughs refused in %lld ms", timer.elapsed());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), u"This feed declares XML entities, which Byline does not expand"_s);
}

void TestFeedParser::externalEntitiesNeverRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString secretPath = dir.filePath(u"secret.txt"_s);
    const QString dtdPath = dir.filePath(u"evil.dtd"_s);
    {
        QFile secret(secretPath);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("TOP-SECRET-42");
        QFile dtd(dtdPath);
        QVERIFY(dtd.open(QIODevice::WriteOnly));
        dtd.write("<!ENTITY leak \"LEAKED-FROM-DTD\">");
    }
    const QDateTime longAgo(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    for (const QString &path : { secretPath, dtdPath }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(longAgo, QFileDevice::FileAccessTime));
    }
    const QByteArray secretUrl = QUrl::fromLocalFile(secretPath).toEncoded();
    const QByteArray dtdUrl = QUrl::fromLocalFile(dtdPath).toEncoded();

    // XXE: an external entity in the internal subset: refused before parsing.
    const QByteArray xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \""
        + secretUrl + "\"> ]>\n<rss><channel><item><title>&xxe;</title></item></channel></rss>";
    const Result<ParsedFeed> refused = FeedParser::parse(xxe, QUrl(u"https://x.example/f"_s));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), FeedParser::entitiesMessage());
    const QByteArray parameter
        = "<!DOCTYPE rss [ <!ENTITY % p PUBLIC \"x\" \"" + dtdUrl + "\"> %p; ]><rss/>";
    QCOMPARE(FeedParser::parse(parameter, QUrl()).error(), FeedParser::entitiesMessage());

    // An external DTD on a plain DOCTYPE (as RSS 0.91 has) parses, and is never read: its entity
    // stays as written.
    const QByteArray external = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + dtdUrl
        + "\">\n<rss><channel><item><title>A &leak; b</title></item></channel></rss>";
    const ParsedFeed feed = parseOk(external);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).title, u"A &leak; b"_s);

    // Neither file was opened (where the file system records reads: checked with a read first).
    for (const QString &path : { secretPath, dtdPath })
        QCOMPARE(QFileInfo(path).fileTime(QFileDevice::FileAccessTime).toUTC(), longAgo);
    {
        QFile control(secretPath);
        QVERIFY(control.open(QIODevice::ReadOnly));
        QCOMPARE(control.readAll(), QByteArray("TOP-SECRET-42"));
    }
    if (QFileInfo(secretPath).fileTime(QFileDevice::FileAccessTime).toUTC() == longAgo)
        qInfo("this file system does not record reads; only the parse results were checked");
}

void TestFeedParser::itemCap()
{
    QByteArray items;
    items.reserve((FeedParser::maxItems + 10) * 24);
    for (int i = 0; i < FeedParser::maxItems + 10; ++i)
        items += "<item><title>" + QByteArray::number(i) + "</title></item>";
    const ParsedFeed feed = parseOk(rss(items));
    QCOMPARE(feed.items.size(), FeedParser::maxItems);
    QCOMPARE(feed.items.constLast().title, QString::number(FeedParser::maxItems - 1));
}

// FeedParser keeps no state: REFRESH parses on worker threads. Four threads parse the fixtures
// at once and each gets what one thread alone gets.
void TestFeedParser::severalThreadsAtOnce()
{
    const QStringList files { u"rss2.xml"_s, u"atom.xml"_s, u"rdf.xml"_s, u"jsonfeed11.json"_s };
    QList<QByteArray> bodies;
    QStringList expected;
    const auto summary = [](const ParsedFeed &feed) {
        QString out = feed.title;
        for (const FeedItem &item : feed.items)
            out += item.id + item.title + item.link + item.content + iso(item.published);
        return out;
    };
    for (const QString &file : files) {
        bodies.append(fixture(file));
        expected.append(summary(parseOk(bodies.constLast(), QUrl(u"https://x.example/"_s))));
    }
    std::atomic<int> mismatches { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round) {
                const int i = (t + round) % int(bodies.size());
                const Result<ParsedFeed> feed
                    = FeedParser::parse(bodies.at(i), QUrl(u"https://x.example/"_s));
                if (!feed || summary(*feed) != expected.at(i))
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

// Nesting is bounded by the document, not by the stack: 300,000 nested elements where the
// reader recurses (media:group) and where it does not (markup, unknown elements).
void TestFeedParser::deepNesting()
{
    const int depth = 300000;
    for (const QByteArray &element :
         { QByteArray("media:group"), QByteArray("b"), QByteArray("unknown") }) {
        QByteArray open;
        QByteArray close;
        open.reserve(depth * (element.size() + 2));
        close.reserve(depth * (element.size() + 3));
        for (int i = 0; i < depth; ++i) {
            open += '<' + element + '>';
            close += "</" + element + '>';
        }
        QByteArray wrapped = open + "x" + close;
        if (element == "b")
            wrapped = "<description>" + wrapped + "</description>";
        const ParsedFeed feed = parseOk(rss("<item><title>deep</title>" + wrapped
                                            + "<media:thumbnail url=\"/t.jpg\"/></item>"));
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items.at(0).imageUrl, u"https://feeds.example/t.jpg"_s);
    }
}

QTEST_APPLESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
