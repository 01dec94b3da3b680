// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedarticlebuilder.h"
#include "feeds/parsedfeed.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedArticleBuilder : public QObject {
    Q_OBJECT

private slots:
    void fields();
    void title_data();
    void title();
    void published_data();
    void published();
    void contentFallsBackToSummary();
    void sanitised();
    void relativeUrlsUseContentBase();
    void deck_data();
    void deck();
    void leadImage_data();
    void leadImage();
    void language();

private:
    const QDateTime m_seen { QDate(2025, 6, 5), QTime(12, 0), Qt::UTC };
};

namespace {

FeedItem sample()
{
    FeedItem item;
    item.id = u"g1"_s;
    item.title = u"  Ferry   timetable changes "_s;
    item.link = u"https://gazette.example/news/ferry"_s;
    item.author = u"Mina Park"_s;
    item.published = QDateTime(QDate(2025, 6, 2), QTime(23, 15), Qt::UTC);
    item.summary = u"<p>Summer sailings begin.</p>"_s;
    item.content = u"<p>The summer timetable starts on Monday with four sailings a day.</p>"
                   "<p>Tickets are on sale now.</p>"_s;
    item.categories = { u"Transport"_s, u"Local"_s };
    item.contentBase = u"https://gazette.example/feed.xml"_s;
    return item;
}

} // namespace

void TestFeedArticleBuilder::fields()
{
    const Article a = FeedArticleBuilder::build(sample(), ParsedFeed(), 42, m_seen);
    QCOMPARE(a.sourceId, 42);
    QCOMPARE(a.title, u"Ferry timetable changes"_s);
    QCOMPARE(a.url, u"https://gazette.example/news/ferry"_s);
    QCOMPARE(a.canonicalUrl, a.url);
    QCOMPARE(a.author, u"Mina Park"_s);
    QCOMPARE(a.section, u"Transport"_s);
    QCOMPARE(a.published, QDateTime(QDate(2025, 6, 2), QTime(23, 15), Qt::UTC));
    QCOMPARE(a.fetched, m_seen);
    QCOMPARE(a.plainText,
             u"The summer timetable starts on Monday with four sailings a day.\n"
             "Tickets are on sale now."_s);
    QCOMPARE(a.wordCount, 16);
    QCOMPARE(a.deck, u"Summer sailings begin."_s);
    QCOMPARE(a.summary, a.deck);
    QVERIFY(a.contentHtml.contains(u"four sailings"_s));
}

void TestFeedArticleBuilder::title_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected");
    QTest::newRow("own") << u"Own title"_s << u"<p>x</p>"_s << QString() << u"Own title"_s;
    QTest::newRow("first-words")
        << QString() << u"<p>One two three four five six seven eight nine ten eleven</p>"_s
        << QString() << u"One two three four five six seven eight nine ten…"_s;
    QTest::newRow("short-text") << QString() << u"<p>Just this.</p>"_s << QString()
                                << u"Just this."_s;
    QTest::newRow("host") << QString() << QString() << u"https://news.example/a/b"_s
                          << u"news.example"_s;
    QTest::newRow("untitled") << QString() << QString() << QString() << u"Untitled"_s;
}

void TestFeedArticleBuilder::title()
{
    QFETCH(QString, title);
    QFETCH(QString, content);
    QFETCH(QString, link);
    QFETCH(QString, expected);
    FeedItem item;
    item.title = title;
    item.content = content;
    item.link = link;
    QCOMPARE(FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen).title, expected);
}

void TestFeedArticleBuilder::published_data()
{
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QDateTime>("updated");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime p(QDate(2025, 1, 1), QTime(1, 0), Qt::UTC);
    const QDateTime u(QDate(2025, 2, 2), QTime(2, 0), Qt::UTC);
    const QDateTime seen(QDate(2025, 6, 5), QTime(12, 0), Qt::UTC);
    QTest::newRow("published") << p << u << p;
    QTest::newRow("updated") << QDateTime() << u << u;
    QTest::newRow("first-seen") << QDateTime() << QDateTime() << seen;
}

void TestFeedArticleBuilder::published()
{
    QFETCH(QDateTime, published);
    QFETCH(QDateTime, updated);
    QFETCH(QDateTime, expected);
    FeedItem item = sample();
    item.published = published;
    item.updated = updated;
    QCOMPARE(FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen).published, expected);
    // Without a first-seen time an undated item stays undated (the store keeps its own).
    const Article unseen = FeedArticleBuilder::build(item, ParsedFeed(), 1, QDateTime());
    QCOMPARE(unseen.published, expected == m_seen ? QDateTime() : expected);
    QVERIFY(unseen.fetched.isValid());
}

void TestFeedArticleBuilder::contentFallsBackToSummary()
{
    FeedItem item = sample();
    item.content.clear();
    const Article a = FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen);
    QCOMPARE(a.plainText, u"Summer sailings begin."_s);
    QVERIFY(a.deck.isEmpty()); // no content: the summary is the body, not a deck
    QCOMPARE(a.summary, u"Summer sailings begin."_s);
}

void TestFeedArticleBuilder::sanitised()
{
    FeedItem item = sample();
    item.content = u"<p onclick=\"steal()\">Hi <a href=\"javascript:alert(1)\">x</a></p>"
                   "<script>alert(2)</script><iframe src=\"https://evil.example/\"></iframe>"_s;
    const Article a = FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen);
    QVERIFY2(!a.contentHtml.contains(u"onclick"_s), qPrintable(a.contentHtml));
    QVERIFY2(!a.contentHtml.contains(u"javascript"_s), qPrintable(a.contentHtml));
    QVERIFY2(!a.contentHtml.contains(u"script"_s), qPrintable(a.contentHtml));
    QVERIFY2(!a.contentHtml.contains(u"iframe"_s), qPrintable(a.contentHtml));
    QVERIFY(a.plainText.startsWith(u"Hi x"_s));
}

void TestFeedArticleBuilder::relativeUrlsUseContentBase()
{
    FeedItem item = sample();
    item.content = u"<p><a href=\"map.html\">map</a> <img src=\"view.jpg\"></p>"_s;
    item.contentBase = u"https://blog.example/posts/2025/media/"_s;
    Article a = FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen);
    QVERIFY2(a.contentHtml.contains(u"https://blog.example/posts/2025/media/map.html"_s),
             qPrintable(a.contentHtml));
    QVERIFY2(a.contentHtml.contains(u"https://blog.example/posts/2025/media/view.jpg"_s),
             qPrintable(a.contentHtml));
    item.contentBase.clear(); // no base of its own: the link is the base
    a = FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen);
    QVERIFY2(a.contentHtml.contains(u"https://gazette.example/news/map.html"_s),
             qPrintable(a.contentHtml));
    // A feed read from a file, its item without a link: the feed's site.
    item.contentBase = u"file:///tmp/feed.xml"_s;
    item.link.clear();
    ParsedFeed feed;
    feed.link = u"https://site.example/blog/"_s;
    a = FeedArticleBuilder::build(item, feed, 1, m_seen);
    QVERIFY2(a.contentHtml.contains(u"https://site.example/blog/map.html"_s),
             qPrintable(a.contentHtml));
}

void TestFeedArticleBuilder::deck_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("deck");
    QTest::newRow("differs") << u"A new timetable."_s << u"A new timetable."_s;
    QTest::newRow("repeats-start")
        << u"The summer timetable starts on Monday [&#8230;]"_s << QString();
    QTest::newRow("html-summary") << u"<p>Four <b>sailings</b> a day.</p>"_s
                                  << u"Four sailings a day."_s;
    QTest::newRow("long") << QString(u"word "_s).repeated(100)
                          << QString(u"word "_s).repeated(56).trimmed() + u'…';
}

void TestFeedArticleBuilder::deck()
{
    QFETCH(QString, summary);
    QFETCH(QString, deck);
    FeedItem item = sample();
    item.summary = summary;
    QCOMPARE(FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen).deck, deck);
}

void TestFeedArticleBuilder::leadImage_data()
{
    QTest::addColumn<QString>("imageUrl");
    QTest::addColumn<QString>("enclosureType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("image-url") << u"https://img.example/a.jpg"_s << u"image/png"_s
                               << u"https://img.example/a.jpg"_s;
    QTest::newRow("image-enclosure")
        << QString() << u"image/png"_s << u"https://img.example/e.png"_s;
    QTest::newRow("audio-enclosure") << QString() << u"audio/mpeg"_s << QString();
    QTest::newRow("unsafe") << u"javascript:alert(1)"_s << u"audio/mpeg"_s << QString();
}

void TestFeedArticleBuilder::leadImage()
{
    QFETCH(QString, imageUrl);
    QFETCH(QString, enclosureType);
    QFETCH(QString, expected);
    FeedItem item = sample();
    item.imageUrl = imageUrl;
    item.enclosures.append({ u"https://img.example/e.png"_s, enclosureType, 10 });
    QCOMPARE(FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen).leadImageUrl, expected);
}

void TestFeedArticleBuilder::language()
{
    FeedItem item = sample();
    QCOMPARE(FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen).language, u"en"_s);
    item.content = u"<p>서울 시내버스 노선이 다음 달부터 바뀝니다. 시민들의 의견을 듣습니다.</p>"_s;
    QCOMPARE(FeedArticleBuilder::build(item, ParsedFeed(), 1, m_seen).language, u"ko"_s);
}

QTEST_APPLESS_MAIN(TestFeedArticleBuilder)
#include "tst_feedarticlebuilder.moc"
