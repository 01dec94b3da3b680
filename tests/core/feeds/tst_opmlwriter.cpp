// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/opmlreader.h"
#include "feeds/opmlwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOpmlWriter : public QObject {
    Q_OBJECT

private slots:
    void fromFeedsNestsFolders();
    void roundTrip();
};

namespace {

Feed feed(qint64 id, const QString &title, qint64 folder)
{
    Feed f;
    f.id = id;
    f.title = title;
    f.url = u"https://%1.example/feed?a=1&b=2"_s.arg(id);
    f.siteUrl = u"https://%1.example/"_s.arg(id);
    f.folderId = folder;
    return f;
}

} // namespace

void TestOpmlWriter::fromFeedsNestsFolders()
{
    const QList<FeedFolder> folders
        = { { 1, u"News"_s, 0 }, { 2, u"Local"_s, 1 }, { 3, u"Empty"_s, 0 } };
    const QList<Feed> feeds = { feed(10, u"Top"_s, 0), feed(11, u"In news"_s, 1),
                                feed(12, u"In local"_s, 2), feed(13, u"Lost folder"_s, 99) };
    const OpmlDocument document = OpmlWriter::fromFeeds(folders, feeds);
    QCOMPARE(document.outlines.size(), 4); // News, Empty, Top, Lost folder
    QCOMPARE(document.outlines.at(0).title, u"News"_s);
    QCOMPARE(document.outlines.at(0).children.size(), 2);
    QCOMPARE(document.outlines.at(0).children.at(0).title, u"Local"_s);
    QCOMPARE(document.outlines.at(0).children.at(0).children.at(0).title, u"In local"_s);
    QCOMPARE(document.outlines.at(0).children.at(1).xmlUrl, feeds.at(1).url);
    QCOMPARE(document.outlines.at(1).title, u"Empty"_s);
    QCOMPARE(document.outlines.at(2).title, u"Top"_s);
    QCOMPARE(document.outlines.at(3).title, u"Lost folder"_s);
}

void TestOpmlWriter::roundTrip()
{
    const QList<FeedFolder> folders = { { 1, u"Nouvelles & <choses>"_s, 0 }, { 2, u"서울"_s, 1 } };
    const QList<Feed> feeds = { feed(10, u"Quote \"this\""_s, 0), feed(11, u"Café"_s, 2) };
    const OpmlDocument document = OpmlWriter::fromFeeds(folders, feeds);
    const QByteArray written = OpmlWriter::write(document);
    QVERIFY(written.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(written.contains("<opml version=\"2.0\">"));
    const auto read = OpmlReader::read(written);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->title, document.title);
    QCOMPARE(read->outlines.size(), 2);
    const OpmlOutline &folder = read->outlines.at(0);
    QCOMPARE(folder.title, u"Nouvelles & <choses>"_s);
    QCOMPARE(folder.children.at(0).title, u"서울"_s);
    const OpmlOutline &cafe = folder.children.at(0).children.at(0);
    QCOMPARE(cafe.title, u"Café"_s);
    QCOMPARE(cafe.xmlUrl, feeds.at(1).url);
    QCOMPARE(cafe.htmlUrl, feeds.at(1).siteUrl);
    QCOMPARE(read->outlines.at(1).title, u"Quote \"this\""_s);
    QCOMPARE(OpmlWriter::write(*read), written); // stable
}

QTEST_APPLESS_MAIN(TestOpmlWriter)
#include "tst_opmlwriter.moc"
