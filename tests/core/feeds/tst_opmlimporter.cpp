// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/opmlimporter.h"
#include "feeds/opmlreader.h"
#include "feeds/opmlwriter.h"
#include "store/database.h"
#include "store/feedstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOpmlImporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void importsFoldersAndSkipsKnown();
    void libraryRoundTrip();
    void failureImportsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

const QByteArray opml = R"(<opml version="2.0"><head><title>t</title></head><body>
  <outline text="News">
    <outline text="Local">
      <outline text="City" xmlUrl="https://city.example/rss" htmlUrl="https://city.example/"/>
    </outline>
    <outline text="World" xmlUrl="https://world.example/atom"/>
  </outline>
  <outline text="Known" xmlUrl="https://known.example/rss"/>
  <outline text="Twice" xmlUrl="https://world.example/atom"/>
</body></opml>)";

} // namespace

void TestOpmlImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestOpmlImporter::importsFoldersAndSkipsKnown()
{
    FeedStore feeds(*m_db);
    QVERIFY(feeds.subscribe(u"https://known.example/rss"_s).ok());
    const auto report = OpmlImporter(*m_db).import(*OpmlReader::read(opml));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->skipped, 2);
    QCOMPARE(report->skippedUrls,
             QStringList({ u"https://known.example/rss"_s, u"https://world.example/atom"_s }));
    const auto folders = feeds.folders();
    QCOMPARE(folders->size(), 2);
    QCOMPARE(folders->at(0).title, u"News"_s);
    QCOMPARE(folders->at(1).parentId, folders->at(0).id);
    const auto city = feeds.get(report->addedIds.at(0));
    QCOMPARE(city->title, u"City"_s);
    QCOMPARE(city->siteUrl, u"https://city.example/"_s);
    QCOMPARE(city->folderId, folders->at(1).id);
    // Again: everything is known now.
    const auto again = OpmlImporter(*m_db).import(*OpmlReader::read(opml));
    QCOMPARE(again->added, 0);
    QCOMPARE(again->skipped, 4);
    QCOMPARE(feeds.folders()->size(), 2);
    QCOMPARE(feeds.list()->size(), 3);
}

void TestOpmlImporter::libraryRoundTrip()
{
    QVERIFY(OpmlImporter(*m_db).import(*OpmlReader::read(opml)).ok());
    FeedStore feeds(*m_db);
    const QByteArray exported
        = OpmlWriter::write(OpmlWriter::fromFeeds(*feeds.folders(), *feeds.list()));
    QTemporaryDir other;
    auto second = Database::open(other.filePath(u"library.sqlite"_s));
    QVERIFY(second.ok());
    const auto report = OpmlImporter(**second).import(*OpmlReader::read(exported));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->added, 3);
    FeedStore copies(**second);
    QCOMPARE(OpmlWriter::write(OpmlWriter::fromFeeds(*copies.folders(), *copies.list())), exported);
    QVERIFY(exported.contains("htmlUrl=\"https://city.example/\""));
}

void TestOpmlImporter::failureImportsNothing()
{
    Database::Options options;
    options.readOnly = true;
    auto readOnly = Database::open(m_db->path(), options);
    QVERIFY(readOnly.ok());
    const auto report = OpmlImporter(**readOnly).import(*OpmlReader::read(opml));
    QVERIFY(!report.ok());
    QCOMPARE(FeedStore(*m_db).list()->size(), 0);
    QCOMPARE(FeedStore(*m_db).folders()->size(), 0);
}

QTEST_GUILESS_MAIN(TestOpmlImporter)
#include "tst_opmlimporter.moc"
