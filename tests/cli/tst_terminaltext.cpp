// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTerminalText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void displayWidth_data();
    void displayWidth();
    void padding();
    void fromMarkedHtml_data();
    void fromMarkedHtml();
};

void TestTerminalText::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << u"News"_s << 4;
    QTest::newRow("hangul-is-wide") << u"문화 News"_s << 9;
    QTest::newRow("combining-mark") << u"e\u0301"_s << 1;
    QTest::newRow("empty") << QString() << 0;
}

void TestTerminalText::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TerminalText::displayWidth(text), width);
}

void TestTerminalText::padding()
{
    QCOMPARE(TerminalText::padded(u"문화"_s, 6), u"문화  "_s);
    QCOMPARE(TerminalText::padded(u"Business"_s, 4), u"Business"_s);
    QCOMPARE(TerminalText::rightAligned(u"7"_s, 3), u"  7"_s);
}

void TestTerminalText::fromMarkedHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<int>("maxWidth");
    QTest::addColumn<QString>("expected");
    QTest::newRow("brackets") << u"the <mark>lamps</mark> came on"_s << false << 0
                              << u"the [lamps] came on"_s;
    QTest::newRow("bold-on-terminal")
        << u"the <mark>lamps</mark> came on"_s << true << 0 << u"the \x1b[1mlamps\x1b[0m came on"_s;
    QTest::newRow("entities") << u"Q&amp;A: &quot;<mark>fix</mark>&quot; &lt;b&gt; &amp;lt;"_s
                              << false << 0 << u"Q&A: \"[fix]\" <b> &lt;"_s;
    QTest::newRow("escaped-mark-is-text") << u"&lt;mark&gt;x"_s << false << 0 << u"<mark>x"_s;
    QTest::newRow("one-line") << u"  one\n\ntwo\t three "_s << false << 0 << u"one two three"_s;
    QTest::newRow("cut") << u"abc <mark>defgh</mark> ijk"_s << false << 6 << u"abc [de]\u2026"_s;
    QTest::newRow("cut-wide") << u"서점들이 겨울을"_s << false << 5 << u"서점\u2026"_s;
    QTest::newRow("no-cut-when-short") << u"short"_s << true << 10 << u"short"_s;
}

void TestTerminalText::fromMarkedHtml()
{
    QFETCH(QString, html);
    QFETCH(bool, terminal);
    QFETCH(int, maxWidth);
    QFETCH(QString, expected);
    QCOMPARE(TerminalText::fromMarkedHtml(html, terminal, maxWidth), expected);
}

QTEST_APPLESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
