// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// A read: which article (index), how long before `now`, for how many seconds.
struct Read {
    int article;
    qint64 minutesAgo;
    int seconds = 60;
};

} // namespace

Q_DECLARE_METATYPE(QList<Read>)

class TestReadStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordRead_data();
    void recordRead();
    void topStories_data();
    void topStories();
    void unknownArticle();
    void allReads();
    void readsGoWithTheArticle();

private:
    // Articles 0..9, article i published i hours before `now` (0 is the newest).
    void addArticles(int count);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_ids;
};

void TestReadStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
    addArticles(10);
}

void TestReadStore::cleanup()
{
    m_ids.clear();
    m_db.reset();
    m_dir.reset();
}

void TestReadStore::addArticles(int count)
{
    ArticleStore store(*m_db);
    for (int i = 0; i < count; ++i) {
        Article article;
        article.url = u"https://example.org/story/%1"_s.arg(i);
        article.title = u"Story %1"_s.arg(i);
        article.published = now.addSecs(-3600 * (i + 1));
        const auto stored = store.upsert(article);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        m_ids.append(stored->id);
    }
}

void TestReadStore::recordRead_data()
{
    QTest::addColumn<QList<Read>>("reads");
    QTest::addColumn<QList<bool>>("recorded");

    QTest::newRow("five-seconds") << QList<Read> { { 0, 10, 5 } } << QList<bool> { true };
    QTest::newRow("under-five-seconds") << QList<Read> { { 0, 10, 4 } } << QList<bool> { false };
    QTest::newRow("zero-seconds") << QList<Read> { { 0, 10, 0 } } << QList<bool> { false };
    QTest::newRow("twice-within-hour")
        << QList<Read> { { 0, 50 }, { 0, 10 } } << QList<bool> { true, false };
    QTest::newRow("after-an-hour")
        << QList<Read> { { 0, 130 }, { 0, 10 } } << QList<bool> { true, true };
    QTest::newRow("earlier-within-hour")
        << QList<Read> { { 0, 10 }, { 0, 40 } } << QList<bool> { true, false };
    QTest::newRow("other-article-same-time")
        << QList<Read> { { 0, 10 }, { 1, 10 } } << QList<bool> { true, true };
    QTest::newRow("short-read-does-not-block")
        << QList<Read> { { 0, 20, 2 }, { 0, 10 } } << QList<bool> { false, true };
}

void TestReadStore::recordRead()
{
    QFETCH(QList<Read>, reads);
    QFETCH(QList<bool>, recorded);
    ReadStore store(*m_db);
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const Read &read = reads.at(i);
        const auto result = store.recordRead(m_ids.at(read.article), read.seconds,
                                             now.addSecs(-60 * read.minutesAgo));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(*result, recorded.at(i));
    }
    int expectedReads = 0;
    for (const bool r : recorded)
        expectedReads += r ? 1 : 0;
    const auto top = store.topStories(10, 7, now);
    QVERIFY(top.ok());
    int counted = 0;
    for (const TopStory &story : *top)
        counted += story.reads;
    QCOMPARE(counted, expectedReads);
}

void TestReadStore::topStories_data()
{
    QTest::addColumn<QList<Read>>("reads");
    QTest::addColumn<QList<int>>("markedRead"); // articles set read (leave the fill-in)
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("expected"); // article indexes in order
    QTest::addColumn<QList<int>>("expectedReads");

    const qint64 day = 24 * 60;
    QTest::newRow("no-reads-newest-unread")
        << QList<Read>() << QList<int>() << 3 << QList<int> { 0, 1, 2 } << QList<int> { 0, 0, 0 };
    QTest::newRow("most-read-first")
        << QList<Read> { { 5, 10 }, { 5, 100 }, { 5, 200 }, { 7, 10 }, { 7, 100 }, { 9, 5 } }
        << QList<int>() << 3 << QList<int> { 5, 7, 9 } << QList<int> { 3, 2, 1 };
    QTest::newRow("ties-by-latest-read")
        << QList<Read> { { 4, 300 }, { 6, 30 }, { 8, 200 } } << QList<int>() << 3
        << QList<int> { 6, 8, 4 } << QList<int> { 1, 1, 1 };
    QTest::newRow("outside-window-ignored")
        << QList<Read> { { 9, 8 * day }, { 9, 9 * day }, { 3, 10 } } << QList<int>() << 2
        << QList<int> { 3, 0 } << QList<int> { 1, 0 };
    QTest::newRow("fill-in-skips-listed-and-read")
        << QList<Read> { { 0, 10 }, { 2, 20 } } << QList<int> { 1, 3 } << 4
        << QList<int> { 0, 2, 4, 5 } << QList<int> { 1, 1, 0, 0 };
    QTest::newRow("more-read-than-limit")
        << QList<Read> { { 1, 10 }, { 2, 10 }, { 2, 100 }, { 3, 10 }, { 3, 100 }, { 3, 200 } }
        << QList<int>() << 2 << QList<int> { 3, 2 } << QList<int> { 3, 2 };
    QTest::newRow("read-articles-count-when-read")
        << QList<Read> { { 6, 10 } } << QList<int> { 6 } << 2 << QList<int> { 6, 0 }
        << QList<int> { 1, 0 };
    QTest::newRow("future-reads-ignored")
        << QList<Read> { { 8, -120 } } << QList<int>() << 1 << QList<int> { 0 } << QList<int> { 0 };
}

void TestReadStore::topStories()
{
    QFETCH(QList<Read>, reads);
    QFETCH(QList<int>, markedRead);
    QFETCH(int, limit);
    QFETCH(QList<int>, expected);
    QFETCH(QList<int>, expectedReads);

    ReadStore store(*m_db);
    for (const Read &read : reads) {
        const auto result = store.recordRead(m_ids.at(read.article), read.seconds,
                                             now.addSecs(-60 * read.minutesAgo));
        QVERIFY2(result.ok() && *result, qPrintable(result.error()));
    }
    ArticleStore articles(*m_db);
    for (const int index : markedRead)
        QVERIFY(articles.setRead(m_ids.at(index), true).ok());

    const auto top = store.topStories(limit, 7, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QList<int> order;
    QList<int> counts;
    for (const TopStory &story : *top) {
        order.append(int(m_ids.indexOf(story.article.id)));
        counts.append(story.reads);
        QCOMPARE(story.lastRead.isValid(), story.reads > 0);
        QVERIFY(!story.article.title.isEmpty());
    }
    QCOMPARE(order, expected);
    QCOMPARE(counts, expectedReads);
}

void TestReadStore::allReads()
{
    ReadStore store(*m_db);
    QVERIFY(store.allReads()->isEmpty());
    QVERIFY(*store.recordRead(m_ids.at(4), 30, now.addSecs(-60)));
    QVERIFY(*store.recordRead(m_ids.at(2), 40, now.addSecs(-7200)));
    QVERIFY(*store.recordRead(m_ids.at(2), 50, now.addSecs(-600)));
    QVERIFY(!*store.recordRead(m_ids.at(2), 3, now));
    const auto reads = store.allReads();
    QVERIFY2(reads.ok(), qPrintable(reads.error()));
    QCOMPARE(reads->size(), 3);
    QCOMPARE(reads->at(0).articleId, m_ids.at(2));
    QCOMPARE(reads->at(0).at, now.addSecs(-7200));
    QCOMPARE(reads->at(0).seconds, 40);
    QCOMPARE(reads->at(1).at, now.addSecs(-600));
    QCOMPARE(reads->at(2).articleId, m_ids.at(4));
}

void TestReadStore::unknownArticle()
{
    ReadStore store(*m_db);
    const auto result = store.recordRead(999999, 60, now);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
}

void TestReadStore::readsGoWithTheArticle()
{
    ReadStore store(*m_db);
    QVERIFY(*store.recordRead(m_ids.at(3), 60, now.addSecs(-600)));
    QCOMPARE(store.topStories(1, 7, now)->first().article.id, m_ids.at(3));
    QVERIFY(ArticleStore(*m_db).remove(m_ids.at(3)).ok());
    const auto top = store.topStories(1, 7, now);
    QVERIFY(top.ok());
    QCOMPARE(top->first().article.id, m_ids.at(0));
    QCOMPARE(top->first().reads, 0);
}

QTEST_GUILESS_MAIN(TestReadStore)
#include "tst_readstore.moc"
