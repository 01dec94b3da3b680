// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/storytokens.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStoryTokens : public QObject {
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
};

void TestStoryTokens::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("stop-words-and-case")
        << u"The Storm and the Sea"_s << QStringList { u"storm"_s, u"sea"_s };
    QTest::newRow("stemmed-alike")
        << u"floods flooded flooding"_s << QStringList { u"flood"_s, u"flood"_s, u"flood"_s };
    QTest::newRow("plural-ies") << u"cities city"_s << QStringList { u"city"_s, u"city"_s };
    QTest::newRow("keeps-ss") << u"glass boss"_s << QStringList { u"glass"_s, u"boss"_s };
    QTest::newRow("possessive") << u"Brittany's coast"_s
                                << QStringList { u"brittany"_s, u"coast"_s };
    QTest::newRow("punctuation-and-numbers")
        << u"G7: talks — 2026, \"deal\""_s
        << QStringList { u"g7"_s, u"talk"_s, u"2026"_s, u"deal"_s };
    QTest::newRow("hangul-bigrams")
        << u"서울시 폭우"_s << QStringList { u"서울"_s, u"울시"_s, u"폭우"_s };
    QTest::newRow("hangul-particle-cut")
        << u"서울시가 폭우로"_s << QStringList { u"서울"_s, u"울시"_s, u"폭우"_s };
    QTest::newRow("hangul-two-syllable-particle") << u"국회에서"_s << QStringList { u"국회"_s };
    QTest::newRow("hangul-lone-syllable") << u"그 섬"_s << QStringList {};
    QTest::newRow("hangul-stop-bigrams") << u"기자 밝혔다"_s << QStringList {};
    QTest::newRow("mixed-scripts") << u"BTS 공연"_s << QStringList { u"bts"_s, u"공연"_s };
    QTest::newRow("hangul-glued-to-latin")
        << u"AI반도체"_s << QStringList { u"ai"_s, u"반도"_s, u"도체"_s };
}

void TestStoryTokens::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(StoryTokens::of(text), expected);
}

QTEST_APPLESS_MAIN(TestStoryTokens)
#include "tst_storytokens.moc"
