// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"
#include "store/storycandidatestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
} // namespace

class TestStoryCandidateStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hasFeeds();
    void candidatesOfTheWindow();
    void interest();

private:
    qint64 source(const QString &name, Source::Kind kind);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStoryCandidateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestStoryCandidateStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestStoryCandidateStore::source(const QString &name, Source::Kind kind)
{
    Source s;
    s.title = name;
    s.url = u"https://%1.example/"_s.arg(name);
    s.kind = kind;
    const auto id = SourceStore(*m_db).ensure(s);
    return id ? *id : 0;
}

void TestStoryCandidateStore::hasFeeds()
{
    StoryCandidateStore store(*m_db);
    QCOMPARE(store.hasFeeds().value(), false);
    source(u"site"_s, Source::Kind::Site);
    QCOMPARE(store.hasFeeds().value(), false);
    source(u"feed"_s, Source::Kind::Feed);
    QCOMPARE(store.hasFeeds().value(), true);
}

void TestStoryCandidateStore::candidatesOfTheWindow()
{
    const qint64 feed = source(u"wire"_s, Source::Kind::Feed);
    ArticleStore articles(*m_db);
    const auto add = [&](const QString &title, int hoursAgo, bool read, const QString &deck,
                         const QString &summary) {
        Article a;
        a.sourceId = feed;
        a.url = u"https://wire.example/%1"_s.arg(title);
        a.title = title;
        a.deck = deck;
        a.summary = summary;
        a.section = u"World"_s;
        a.wordCount = 42;
        a.published = now.addSecs(-3600 * hoursAgo);
        const auto stored = articles.upsert(a);
        if (stored && read)
            (void)articles.setRead(stored->id, true);
        return stored ? stored->id : 0;
    };
    const qint64 withDeck = add(u"deck"_s, 1, false, u"The deck"_s, u"The summary"_s);
    const qint64 withSummary = add(u"summary"_s, 47, false, {}, QString(600, u'x'));
    add(u"read"_s, 2, true, {}, {});
    add(u"old"_s, 49, false, {}, {});
    add(u"future"_s, -3, false, {}, {}); // a clock far ahead

    const auto candidates = StoryCandidateStore(*m_db).candidates(now);
    QVERIFY2(candidates.ok(), qPrintable(candidates.error()));
    QCOMPARE(candidates->size(), 2);
    QCOMPARE(candidates->at(0).id, withDeck); // newest first
    QCOMPARE(candidates->at(0).lead, u"The deck"_s);
    QCOMPARE(candidates->at(0).sourceTitle, u"wire"_s);
    QCOMPARE(candidates->at(0).section, u"World"_s);
    QCOMPARE(candidates->at(0).wordCount, 42);
    QCOMPARE(candidates->at(0).sortTime, now.addSecs(-3600).toMSecsSinceEpoch());
    QCOMPARE(candidates->at(1).id, withSummary);
    QCOMPARE(candidates->at(1).lead.size(), 400); // the start of the summary
}

// ReadStore::interest, the other half of what Top stories reads.
void TestStoryCandidateStore::interest()
{
    const qint64 wire = source(u"wire"_s, Source::Kind::Feed);
    const qint64 blog = source(u"blog"_s, Source::Kind::Feed);
    ArticleStore articles(*m_db);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        Article a;
        a.sourceId = i < 3 ? wire : blog;
        a.url = u"https://example.org/%1"_s.arg(i);
        a.title = u"Story %1"_s.arg(i);
        a.section = i == 0 ? u"Sport"_s : u"World"_s;
        ids.append(articles.upsert(a)->id);
    }
    ReadStore reads(*m_db);
    for (int i = 0; i < 3; ++i)
        QVERIFY(reads.recordRead(ids.at(i), 60, now.addDays(-2)).value());
    QVERIFY(reads.recordRead(ids.at(3), 60, now.addDays(-40)).value()); // outside 30 days

    const auto interest = reads.interest(30, now);
    QVERIFY2(interest.ok(), qPrintable(interest.error()));
    QCOMPARE(interest->sources.value(wire), 1.0);
    QCOMPARE(interest->sources.value(blog), 0.0);
    QCOMPARE(interest->sections.value(u"World"_s), 2.0 / 3);
    QCOMPARE(interest->of(wire, u"Sport"_s), 1.0 + 1.0 / 3);
}

QTEST_GUILESS_MAIN(TestStoryCandidateStore)
#include "tst_storycandidatestore.moc"
