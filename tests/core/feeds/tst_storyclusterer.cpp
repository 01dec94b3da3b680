// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/storyclusterer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

StoryCandidate candidate(qint64 id, qint64 source, const QString &title, const QString &lead = {},
                         qint64 sortTime = 0)
{
    StoryCandidate c;
    c.id = id;
    c.sourceId = source;
    c.title = title;
    c.lead = lead;
    c.sortTime = sortTime ? sortTime : 1000 * id;
    return c;
}

// Unrelated filler stories, so document frequencies look like a real window.
QList<StoryCandidate> filler()
{
    const QStringList titles = {
        u"Central bank holds interest rates steady for third month"_s,
        u"Local team wins championship after dramatic overtime goal"_s,
        u"New museum exhibit explores ancient Egyptian burial rites"_s,
        u"Researchers map the deep ocean floor with autonomous drones"_s,
        u"City council approves budget for road repairs next spring"_s,
        u"Film festival opens with a documentary about honeybees"_s,
        u"Airline cancels flights as pilots strike over pay"_s,
        u"Vaccine trial shows strong results in older adults"_s,
    };
    QList<StoryCandidate> out;
    for (qsizetype i = 0; i < titles.size(); ++i)
        out.append(candidate(100 + i, 100 + i, titles.at(i)));
    return out;
}

} // namespace

class TestStoryClusterer : public QObject {
    Q_OBJECT

private slots:
    void pairs_data();
    void pairs();
    void bestCopyAndSourceCount();
    void rankBySourcesThenInterestThenRecency();
    void limit();
    void storyOfManyFeeds();
};

void TestStoryClusterer::pairs_data()
{
    QTest::addColumn<QString>("titleA");
    QTest::addColumn<QString>("leadA");
    QTest::addColumn<QString>("titleB");
    QTest::addColumn<QString>("leadB");
    QTest::addColumn<bool>("same");

    QTest::newRow("reworded-headline")
        << u"Storm floods coastal towns in Brittany"_s << QString()
        << u"Brittany's coastal towns flooded as storm hits"_s << QString() << true;
    QTest::newRow("different-headline-same-lead")
        << u"Heavy rain swamps the west of France"_s
        << u"Rivers burst their banks in Brest and Quimper overnight, forcing evacuations."_s
        << u"Evacuations in Brest as rivers overflow"_s
        << u"Hundreds were evacuated overnight in Brest and Quimper as rivers burst their banks."_s
        << true;
    QTest::newRow("agency-copy") << u"Parliament passes sweeping data privacy law"_s << QString()
                                 << u"Sweeping data privacy law passed by parliament"_s << QString()
                                 << true;
    QTest::newRow("shared-common-words")
        << u"Apple unveils new iPhone with longer battery life"_s << QString()
        << u"Apple shares fall after weak quarterly earnings"_s << QString() << false;
    QTest::newRow("shared-place-name")
        << u"Paris marathon draws record crowd of runners"_s << QString()
        << u"Paris museum reopens after two year renovation"_s << QString() << false;
    QTest::newRow("shared-generic-government")
        << u"Government announces new housing plan for young families"_s << QString()
        << u"Government faces criticism over hospital waiting times"_s << QString() << false;
    QTest::newRow("korean-reworded")
        << u"서울시, 폭우로 지하철 운행 중단"_s << QString()
        << u"폭우에 서울 지하철 운행 일부 중단돼"_s << QString() << true;
    QTest::newRow("korean-particles")
        << u"국회가 개인정보 보호법 개정안을 통과시켰다"_s << QString()
        << u"개인정보 보호법 개정안, 국회 통과"_s << QString() << true;
    QTest::newRow("korean-different")
        << u"서울시, 폭우로 지하철 운행 중단"_s << QString()
        << u"서울시 새 도서관 개관 앞두고 시민 초청 행사"_s << QString() << false;
}

void TestStoryClusterer::pairs()
{
    QFETCH(QString, titleA);
    QFETCH(QString, leadA);
    QFETCH(QString, titleB);
    QFETCH(QString, leadB);
    QFETCH(bool, same);
    QList<StoryCandidate> candidates = filler();
    candidates.append(candidate(1, 1, titleA, leadA));
    candidates.append(candidate(2, 2, titleB, leadB));
    const QList<QList<int>> groups = StoryClusterer().group(candidates);
    const qsizetype a = candidates.size() - 2;
    const auto together = std::any_of(groups.cbegin(), groups.cend(), [a](const QList<int> &g) {
        return g.contains(int(a)) && g.contains(int(a + 1));
    });
    QCOMPARE(together, same);
    QCOMPARE(groups.size(), qsizetype(filler().size()) + (same ? 1 : 2)); // filler stays apart
}

void TestStoryClusterer::bestCopyAndSourceCount()
{
    QList<StoryCandidate> candidates = filler();
    candidates.append(candidate(1, 7, u"Storm floods coastal towns in Brittany"_s, {}, 5000));
    candidates.append(candidate(2, 7, u"Storm floods coastal towns of Brittany"_s, {}, 4000));
    candidates.append(candidate(3, 8, u"Coastal towns in Brittany flooded by storm"_s, {}, 6000));
    candidates.append(candidate(4, 9, u"Brittany storm floods coastal towns"_s, {}, 3000));
    candidates[candidates.size() - 4].wordCount = 900;
    candidates[candidates.size() - 2].wordCount = 900; // same words, later: not the best
    candidates[candidates.size() - 1].wordCount = 200;
    const QList<StoryCluster> ranked = StoryClusterer().rank(candidates, {}, 0);
    QCOMPARE(ranked.first().best.id, 1);
    QCOMPARE(ranked.first().sourceCount, 3); // source 7 twice counts once
    QCOMPARE(ranked.first().otherIds, (QList<qint64> { 3, 4, 2 }));
    QCOMPARE(ranked.first().newest, 6000);
    QCOMPARE(ranked.at(1).sourceCount, 1);
}

void TestStoryClusterer::rankBySourcesThenInterestThenRecency()
{
    QList<StoryCandidate> candidates;
    candidates.append(candidate(1, 1, u"Old story from a loved source about glaciers"_s, {}, 100));
    candidates.append(candidate(2, 2, u"Fresh story nobody follows about tariffs"_s, {}, 900));
    candidates.append(candidate(3, 3, u"Newest story about a chess tournament upset"_s, {}, 950));
    candidates.append(candidate(4, 4, u"Parliament passes sweeping data privacy law"_s, {}, 10));
    candidates.append(candidate(5, 5, u"Sweeping data privacy law passed by parliament"_s, {}, 20));
    candidates[1].section = u"Business"_s;
    ReadInterest interest;
    interest.sources.insert(1, 0.6);
    const QList<StoryCluster> ranked = StoryClusterer().rank(candidates, interest, 10);
    QCOMPARE(ranked.size(), 4);
    QCOMPARE(ranked.at(0).best.id, 4); // two sources
    QCOMPARE(ranked.at(0).sourceCount, 2);
    QCOMPARE(ranked.at(1).best.id, 1); // interest
    QCOMPARE(ranked.at(2).best.id, 3); // then the newest
    QCOMPARE(ranked.at(3).best.id, 2);

    interest.sections.insert(u"Business"_s, 0.7); // a section the reader reads beats it
    const QList<StoryCluster> again = StoryClusterer().rank(candidates, interest, 10);
    QCOMPARE(again.at(1).best.id, 2);
    QCOMPARE(again.at(2).best.id, 1);
}

void TestStoryClusterer::limit()
{
    const QList<StoryCluster> ranked = StoryClusterer().rank(filler(), {}, 3);
    QCOMPARE(ranked.size(), 3);
    QCOMPARE(ranked.at(0).best.id, 107); // all single-source: newest first
    QCOMPARE(ranked.at(2).best.id, 105);
}

// A story every feed carries: its words are common in the window, and still link it.
void TestStoryClusterer::storyOfManyFeeds()
{
    QList<StoryCandidate> candidates = filler();
    const QStringList wordings = { u"Storm floods coastal towns in Brittany"_s,
                                   u"Brittany's coastal towns flooded as storm hits"_s,
                                   u"Coastal towns in Brittany flooded by storm"_s };
    for (int i = 0; i < 120; ++i)
        candidates.append(candidate(1000 + i, 1000 + i, wordings.at(i % 3)));
    const QList<StoryCluster> ranked = StoryClusterer().rank(candidates, {}, 0);
    QCOMPARE(ranked.first().sourceCount, 120);
    QCOMPARE(ranked.size(), filler().size() + 1);
}

QTEST_APPLESS_MAIN(TestStoryClusterer)
#include "tst_storyclusterer.moc"
