// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/opmlreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOpmlReader : public QObject {
    Q_OBJECT

private slots:
    void opml2WithNestedFolders();
    void opml1TextOnlyAndOddCase();
    void malformed_data();
    void malformed();
    void entitiesAreRefused_data();
    void entitiesAreRefused();
    void missingFile();
};

void TestOpmlReader::opml2WithNestedFolders()
{
    const QByteArray data = R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title><dateCreated>Mon, 30 Nov 2026 10:00:00 GMT</dateCreated></head>
  <body>
    <outline text="News" title="News">
      <outline text="Local">
        <outline type="rss" text="City Desk" xmlUrl="https://city.example/rss" htmlUrl="https://city.example/"/>
      </outline>
      <outline type="rss" text="World &amp; More" title="World &amp; More" xmlUrl="https://world.example/atom.xml"/>
    </outline>
    <outline type="rss" text="Loose" xmlUrl="https://loose.example/feed.json"/>
    <outline text="Empty folder"/>
  </body>
</opml>)";
    const auto document = OpmlReader::read(data);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->title, u"My feeds"_s);
    QCOMPARE(document->outlines.size(), 3);
    const OpmlOutline &news = document->outlines.at(0);
    QVERIFY(!news.isFeed());
    QCOMPARE(news.title, u"News"_s);
    QCOMPARE(news.children.size(), 2);
    QCOMPARE(news.children.at(0).title, u"Local"_s);
    QCOMPARE(news.children.at(0).children.at(0).xmlUrl, u"https://city.example/rss"_s);
    QCOMPARE(news.children.at(0).children.at(0).htmlUrl, u"https://city.example/"_s);
    QCOMPARE(news.children.at(1).title, u"World & More"_s);
    QVERIFY(document->outlines.at(1).isFeed());
    QCOMPARE(document->outlines.at(2).title, u"Empty folder"_s);
    QVERIFY(document->outlines.at(2).children.isEmpty());
}

void TestOpmlReader::opml1TextOnlyAndOddCase()
{
    const QByteArray data = "<opml version=\"1.0\"><head/><body>"
                            "<outline text=\"Old style\" xmlurl=\" http://old.example/rss \"/>"
                            "</body></opml>";
    const auto document = OpmlReader::read(data);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->outlines.size(), 1);
    QCOMPARE(document->outlines.first().title, u"Old style"_s);
    QCOMPARE(document->outlines.first().xmlUrl, u"http://old.example/rss"_s);
}

void TestOpmlReader::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed outline")
        << QByteArray("<opml version=\"2.0\">\n<body>\n<outline text=\"a\">\n</body>\n</opml>")
        << 4;
    QTest::newRow("bare ampersand")
        << QByteArray("<opml>\n<body>\n\n<outline text=\"a & b\" xmlUrl=\"x\"/></body></opml>")
        << 4;
    QTest::newRow("not opml") << QByteArray("<?xml version=\"1.0\"?>\n<rss><channel/></rss>") << 2;
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("truncated") << QByteArray("<opml><body>\n<outline text=\"a\"/>") << 2;
}

void TestOpmlReader::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    const auto document = OpmlReader::read(data);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(u"line %1"_s.arg(line)), qPrintable(document.error()));
    QVERIFY(document.error().contains(u"Nothing was imported"_s));
}

void TestOpmlReader::entitiesAreRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n<!ENTITY l0 \"ha\">\n";
    for (int i = 1; i < 10; ++i) {
        const QByteArray previous = "&l" + QByteArray::number(i - 1) + ';';
        laughs += "<!ENTITY l" + QByteArray::number(i) + " \"" + previous.repeated(10) + "\">\n";
    }
    laughs += "]>\n<opml><body><outline text=\"&l9;\" xmlUrl=\"x\"/></body></opml>";
    QTest::newRow("billion laughs") << laughs;
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY x SYSTEM "
                      "\"file:///etc/passwd\">]>\n<opml><body><outline text=\"&x;\" "
                      "xmlUrl=\"x\"/></body></opml>");
}

void TestOpmlReader::entitiesAreRefused()
{
    QFETCH(QByteArray, data);
    const auto document = OpmlReader::read(data);
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(u"entities"_s), qPrintable(document.error()));
}

void TestOpmlReader::missingFile()
{
    QTemporaryDir dir;
    const auto document = OpmlReader::readFile(dir.filePath(u"none.opml"_s));
    QVERIFY(!document.ok());
    QVERIFY(document.error().contains(u"none.opml"_s));
}

QTEST_APPLESS_MAIN(TestOpmlReader)
#include "tst_opmlreader.moc"
