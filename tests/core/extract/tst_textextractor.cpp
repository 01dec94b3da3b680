// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/textextractor.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTextExtractor : public QObject {
    Q_OBJECT

private slots:
    void seedPage()
    {
        QFile file(QStringLiteral(BYLINE_SOURCE_DIR "/../shared/seed/article-page.txt"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("The seed page (../shared/seed/article-page.txt) is not here");
        const Result<ExtractedArticle> result
            = TextExtractor::extract(QString::fromUtf8(file.readAll()));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->section, u"ED"_s);
        QCOMPARE(result->title, u"Fate of nuclear talks"_s);
        QCOMPARE(result->deck, u"North Korea reconsidering negotiations with US"_s);
        const QStringList paragraphs = result->plainText.split(u'\n');
        QCOMPARE(paragraphs.size(), 10);
        QVERIFY(paragraphs.first().startsWith(u"U.S.-North Korea denuclearization talks stand"_s));
        QVERIFY(paragraphs.last().startsWith(u"We urge both North Korea and the U.S."_s));
        for (const QString &paragraph : paragraphs)
            QVERIFY2(paragraph.size() > 100, qPrintable(paragraph));
        for (const QString &junk : { u"Facebook"_s, u"CLOSE"_s, u"Top 10"_s, u"font-size"_s,
                                     u"LETTER"_s, u"Settings"_s, u"+2"_s, u"•"_s })
            QVERIFY2(!result->plainText.contains(junk), qPrintable(junk));
        QCOMPARE(result->contentHtml.count(u"<p>"_s), 10);
        QCOMPARE(result->language, u"en"_s);
        QVERIFY(result->wordCount > 450 && result->wordCount < 600);
        QVERIFY(result->looksLikeArticle);
    }

    void texts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("deck");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QStringList>("paragraphs");
        const QString p1
            = u"The river rose two metres overnight and the town council met at dawn."_s;
        const QString p2 = u"Volunteers filled sandbags until noon, when the rain finally eased."_s;
        QTest::newRow("title-and-blank-lines")
            << (u"Flood in the valley\n\n"_s + p1 + u"\n\n"_s + p2 + u"\n"_s) << QString()
            << u"Flood in the valley"_s << QString() << QString() << QStringList { p1, p2 };
        QTest::newRow("single-lines-without-blank-lines")
            << (u"Flood in the valley\r\n"_s + p1 + u"\r\n"_s + p2) << QString()
            << u"Flood in the valley"_s << QString() << QString() << QStringList { p1, p2 };
        QTest::newRow("hard-wrapped-paragraphs")
            << u"Flood in the valley\n\nThe river rose two metres overnight and the town\ncouncil met at dawn.\n\n"_s
               u"Volunteers filled sandbags until noon, when the\nrain finally eased.\n"_s
            << QString() << u"Flood in the valley"_s << QString() << QString()
            << QStringList { p1, p2 };
        QTest::newRow("section-deck-byline-and-interface")
            << (u"OPINION\n\nFlood in the valley\n• Facebook share button\n• Twitter share button\n"_s
                u"What the council should learn\n\nBy Jane Doe\n\n"_s
                + p1 + u"\n\nAdvertisement\n\n"_s + p2
                + u"\n\nX\nCLOSE\nBack to top\n© 2026 The Valley Times"_s)
            << u"OPINION"_s << u"Flood in the valley"_s << u"What the council should learn"_s
            << u"Jane Doe"_s << QStringList { p1, p2 };
        QTest::newRow("glued-section-label")
            << (u"NEWSFlood in the valley\n\n"_s + p1 + u"\n\n"_s + p2) << u"NEWS"_s
            << u"Flood in the valley"_s << QString() << QString() << QStringList { p1, p2 };
        const QString jp = u"JPMorgan said on Monday that profits rose for the third quarter."_s;
        QTest::newRow("capitalised-name-used-again-is-not-a-label")
            << (u"JPMorgan profits rise\n\n"_s + jp) << QString() << u"JPMorgan profits rise"_s
            << QString() << QString() << QStringList { jp };
        QTest::newRow("no-short-first-line")
            << (p1 + u"\n\n"_s + p2) << QString()
            << u"The river rose two metres overnight and the town council…"_s << QString()
            << QString() << QStringList { p1, p2 };
        QTest::newRow("markup-is-escaped")
            << u"A <b> title\n\nFish & chips <script>alert(1)</script> were served at noon."_s
            << QString() << u"A <b> title"_s << QString() << QString()
            << QStringList { u"Fish & chips <script>alert(1)</script> were served at noon."_s };
    }

    void texts()
    {
        QFETCH(QString, text);
        QFETCH(QString, section);
        QFETCH(QString, title);
        QFETCH(QString, deck);
        QFETCH(QString, author);
        QFETCH(QStringList, paragraphs);
        const Result<ExtractedArticle> result = TextExtractor::extract(text);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->section, section);
        QCOMPARE(result->title, title);
        QCOMPARE(result->deck, deck);
        QCOMPARE(result->author, author);
        QCOMPARE(result->plainText.split(u'\n'), paragraphs);
        QVERIFY(!result->contentHtml.contains(u"<script>"_s));
        QVERIFY(!result->contentHtml.contains(u"<b>"_s));
        QCOMPARE(result->contentHtml.count(u"<p>"_s), paragraphs.size());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << u"The text is empty"_s;
        QTest::newRow("white-space") << u" \n\t\n "_s << u"The text is empty"_s;
        QTest::newRow("only-interface")
            << u"Settings\n• -2\n• +2\nX\nCLOSE\nTop 10 Stories"_s << u"No article text found"_s;
    }

    void failures()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<ExtractedArticle> result = TextExtractor::extract(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), error);
    }

    void interfaceLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isInterface");
        QTest::newRow("settings") << u"Settings"_s << true;
        QTest::newRow("font-size-with-icon") << u"ⓕ font-size"_s << true;
        QTest::newRow("step-minus") << u"  • -2"_s << true;
        QTest::newRow("step-plus") << u"• +1"_s << true;
        QTest::newRow("step-zero") << u"• 0"_s << true;
        QTest::newRow("share-button") << u"• Kakao share button"_s << true;
        QTest::newRow("close-x") << u"X"_s << true;
        QTest::newRow("top-10") << u"Top 10 Stories"_s << true;
        QTest::newRow("go-top-letter") << u"go top LETTER"_s << true;
        QTest::newRow("bullet-only") << u"•"_s << true;
        QTest::newRow("title") << u"Fate of nuclear talks"_s << false;
        QTest::newRow("sentence") << u"Kim may try to blame the U.S."_s << false;
        QTest::newRow("year") << u"2019"_s << false;
        QTest::newRow("korean") << u"북한 비핵화 협상"_s << false;
    }

    void interfaceLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, isInterface);
        QCOMPARE(TextExtractor::isInterfaceLine(line), isInterface);
    }

    void gluedSection_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("ed") << u"EDFate of nuclear talks"_s
                            << QStringList { u"ED"_s, u"Fate of nuclear talks"_s };
        QTest::newRow("opinion") << u"OPINIONWhy we read"_s
                                 << QStringList { u"OPINION"_s, u"Why we read"_s };
        QTest::newRow("plain-title") << u"Fate of nuclear talks"_s << QStringList();
        QTest::newRow("plural-acronym") << u"IBMs new chip"_s << QStringList();
        QTest::newRow("all-caps") << u"BREAKING NEWS"_s << QStringList();
        QTest::newRow("one-capital") << u"AMan walks"_s << QStringList();
    }

    void gluedSection()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, parts);
        QCOMPARE(TextExtractor::splitGluedSection(line), parts);
    }

    void koreanPage()
    {
        const QString text
            = u"설정\n글자크기\n\n사설\n\n비핵화 협상의 운명\n• 페이스북 공유하기\n• 트위터 "
              u"공유하기\n"
              "• 링크 복사\n북한, 미국과의 협상 재검토\n\n"
              "북한이 미국과의 협상 중단을 검토하고 있다고 밝혔다. 아직 판단하기는 이르다.\n\n"
              "양측 모두 대화의 동력을 살려야 한다.\n\n홍길동 기자 hong@example.kr\n\n"
              "많이 본 기사\n닫기\n맨 위로\n"_s;
        const Result<ExtractedArticle> result = TextExtractor::extract(text);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result->section, u"사설"_s);
        QCOMPARE(result->title, u"비핵화 협상의 운명"_s);
        QCOMPARE(result->deck, u"북한, 미국과의 협상 재검토"_s);
        QCOMPARE(result->author, u"홍길동"_s);
        QCOMPARE(result->plainText,
                 u"북한이 미국과의 협상 중단을 검토하고 있다고 밝혔다. 아직 판단하기는 이르다.\n"
                 "양측 모두 대화의 동력을 살려야 한다."_s);
        QCOMPARE(result->language, u"ko"_s);
    }

    void koreanText()
    {
        const Result<ExtractedArticle> result = TextExtractor::extract(
            u"비핵화 협상의 운명\n\n북한이 미국과의 협상 중단을 검토하고 있다고 밝혔다. 아직 판단하기는 이르다.\n"_s);
        QVERIFY(result.ok());
        QCOMPARE(result->title, u"비핵화 협상의 운명"_s);
        QCOMPARE(result->language, u"ko"_s);
        QCOMPARE(result->wordCount, 10);
    }
};

QTEST_APPLESS_MAIN(TestTextExtractor)
#include "tst_textextractor.moc"
