// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/storyranking.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
} // namespace

// Top stories from a real library file: feeds, their articles, reads.
class TestStoryRanking : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storyOfThreeFeedsFirst();
    void sameSourceTwiceCountsOnce();
    void readAndOldArticlesAreOut();
    void interestBreaksTies();
    void koreanStoriesCluster();
    void bestCopyOpens();

private:
    qint64 feed(const QString &name);
    qint64 add(qint64 source, const QString &title, int hoursAgo, int words = 300,
               const QString &section = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_next = 0;
};

void TestStoryRanking::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestStoryRanking::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestStoryRanking::feed(const QString &name)
{
    Source source;
    source.title = name;
    source.url = u"https://%1.example/feed.xml"_s.arg(name);
    source.kind = Source::Kind::Feed;
    const auto id = SourceStore(*m_db).ensure(source);
    return id ? *id : 0;
}

qint64 TestStoryRanking::add(qint64 source, const QString &title, int hoursAgo, int words,
                             const QString &section)
{
    Article article;
    article.sourceId = source;
    article.url = u"https://example.org/a/%1"_s.arg(++m_next);
    article.title = title;
    article.section = section;
    article.wordCount = words;
    article.published = now.addSecs(-3600 * hoursAgo);
    const auto stored = ArticleStore(*m_db).upsert(article);
    return stored ? stored->id : 0;
}

void TestStoryRanking::storyOfThreeFeedsFirst()
{
    const qint64 a = feed(u"alpha"_s), b = feed(u"beta"_s), c = feed(u"gamma"_s);
    const qint64 d = feed(u"delta"_s);
    add(d, u"Chess prodigy wins national title at twelve"_s, 1); // newest, one feed
    add(a, u"Storm floods coastal towns in Brittany"_s, 6);
    add(b, u"Brittany's coastal towns flooded as storm hits"_s, 5);
    add(c, u"Coastal towns in Brittany flooded by overnight storm"_s, 4);
    add(d, u"Airline cancels flights as pilots strike over pay"_s, 2);

    const auto top = StoryRanking::compute(*m_db, 10, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QCOMPARE(top->size(), 3);
    QCOMPARE(top->at(0).sourceCount, 3);
    QVERIFY(top->at(0).best.title.contains(u"Brittany"_s));
    QCOMPARE(top->at(0).otherIds.size(), 2);
    QCOMPARE(top->at(1).sourceCount, 1);
    QCOMPARE(top->at(1).best.title, u"Chess prodigy wins national title at twelve"_s);
}

void TestStoryRanking::sameSourceTwiceCountsOnce()
{
    const qint64 a = feed(u"alpha"_s), b = feed(u"beta"_s), c = feed(u"gamma"_s);
    // One feed repeating its story twice (an update) does not beat two feeds carrying another.
    add(a, u"Parliament passes sweeping data privacy law"_s, 3);
    add(a, u"Parliament passes sweeping data privacy law, updated"_s, 2);
    add(b, u"Central bank holds interest rates steady again"_s, 5);
    add(c, u"Interest rates held steady by central bank"_s, 6);

    const auto top = StoryRanking::compute(*m_db, 10, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QCOMPARE(top->size(), 2);
    QVERIFY(top->at(0).best.title.contains(u"central bank"_s, Qt::CaseInsensitive));
    QCOMPARE(top->at(0).sourceCount, 2);
    QCOMPARE(top->at(1).sourceCount, 1);
    QCOMPARE(top->at(1).otherIds.size(), 1); // both copies are in the story
}

void TestStoryRanking::readAndOldArticlesAreOut()
{
    const qint64 a = feed(u"alpha"_s), b = feed(u"beta"_s), c = feed(u"gamma"_s);
    const qint64 read = add(a, u"Storm floods coastal towns in Brittany"_s, 3);
    add(b, u"Brittany's coastal towns flooded as storm hits"_s, 50); // older than 48 hours
    const qint64 fresh = add(c, u"Coastal towns in Brittany flooded by storm"_s, 2);
    QVERIFY(ArticleStore(*m_db).setRead(read, true).ok());

    const auto top = StoryRanking::compute(*m_db, 10, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QCOMPARE(top->size(), 1);
    QCOMPARE(top->at(0).best.id, fresh);
    QCOMPARE(top->at(0).sourceCount, 1);
    QVERIFY(top->at(0).otherIds.isEmpty());
}

void TestStoryRanking::interestBreaksTies()
{
    const qint64 a = feed(u"alpha"_s), b = feed(u"beta"_s);
    const qint64 liked = add(a, u"Glacier retreat speeds up in the Alps"_s, 30);
    const qint64 other = add(b, u"Chess prodigy wins national title at twelve"_s, 1);
    const auto plain = StoryRanking::compute(*m_db, 10, now);
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QCOMPARE(plain->at(0).best.id, other); // without reads, the newer first

    // The reader reads feed alpha: its story goes first though older.
    const qint64 before = add(a, u"Old alpha story the reader read"_s, 24 * 10);
    QVERIFY(ReadStore(*m_db).recordRead(before, 120, now.addDays(-3)).ok());
    const auto top = StoryRanking::compute(*m_db, 10, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QCOMPARE(top->size(), 2);
    QCOMPARE(top->at(0).best.id, liked);
    QVERIFY(top->at(0).interest > top->at(1).interest);
}

void TestStoryRanking::koreanStoriesCluster()
{
    const qint64 a = feed(u"hankyoreh"_s), b = feed(u"yonhap"_s), c = feed(u"kbs"_s);
    add(c, u"서울시 새 도서관 개관 앞두고 시민 초청 행사"_s, 1);
    add(a, u"서울시, 폭우로 지하철 운행 중단"_s, 4);
    add(b, u"폭우에 서울 지하철 운행 일부 중단돼"_s, 3);

    const auto top = StoryRanking::compute(*m_db, 10, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QCOMPARE(top->size(), 2);
    QCOMPARE(top->at(0).sourceCount, 2);
    QVERIFY(top->at(0).best.title.contains(u"지하철"_s));
}

void TestStoryRanking::bestCopyOpens()
{
    const qint64 a = feed(u"alpha"_s), b = feed(u"beta"_s), c = feed(u"gamma"_s);
    add(a, u"Storm floods coastal towns in Brittany"_s, 6, 120); // a summary only
    const qint64 full = add(b, u"Brittany's coastal towns flooded as storm hits"_s, 5, 1400);
    add(c, u"Coastal towns in Brittany flooded by storm"_s, 4, 1400); // as long, but later

    const auto top = StoryRanking::compute(*m_db, 10, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QCOMPARE(top->size(), 1);
    QCOMPARE(top->at(0).best.id, full);
    QCOMPARE(top->at(0).best.sourceTitle, u"beta"_s);
    QCOMPARE(top->at(0).sourceTitles, (QStringList { u"beta"_s, u"gamma"_s, u"alpha"_s }));
}

QTEST_GUILESS_MAIN(TestStoryRanking)
#include "tst_storyranking.moc"
