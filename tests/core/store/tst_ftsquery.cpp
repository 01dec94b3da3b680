// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ftsquery.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFtsQuery : public QObject {
    Q_OBJECT

private slots:
    void fromUserText_data();
    void fromUserText();
    void termCap_data();
    void termCap();
};

void TestFtsQuery::fromUserText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one-word") << u"climate"_s << u"\"climate\"*"_s;
    QTest::newRow("two-words") << u"climate report"_s << u"\"climate\" \"report\"*"_s;
    QTest::newRow("hyphen-is-phrase") << u"e-mail policy"_s << u"\"e mail\" \"policy\"*"_s;
    QTest::newRow("open-quote") << u"\"foo"_s << u"\"foo\"*"_s;
    QTest::newRow("quoted-phrase")
        << u"\"climate report\" now"_s << u"\"climate report\" \"now\"*"_s;
    QTest::newRow("unbalanced-quote-runs-to-end") << u"a \"b cde"_s << u"\"a\" \"b cde\"*"_s;
    QTest::newRow("quote-inside-word") << u"ab\"cd"_s << u"\"ab\" \"cd\""_s;
    QTest::newRow("operators") << u"AND OR NOT"_s << u"\"AND\" \"OR\" \"NOT\"*"_s;
    QTest::newRow("near") << u"NEAR(a bcd"_s << u"\"NEAR a\" \"bcd\"*"_s;
    QTest::newRow("short-last-word-exact") << u"climate is"_s << u"\"climate\" \"is\""_s;
    QTest::newRow("three-letters-prefix") << u"cli"_s << u"\"cli\"*"_s;
    QTest::newRow("korean-one-syllable-prefix") << u"서"_s << u"\"서\"*"_s;
    QTest::newRow("star-only") << u"*"_s << QString();
    QTest::newRow("punctuation-only") << u"- : ^ ( ) \" '"_s << QString();
    QTest::newRow("column-filter") << u"title:war"_s << u"\"title war\"*"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"   \t "_s << QString();
    QTest::newRow("korean-prefix-every-word") << u"서울 시장"_s << u"\"서울\"* \"시장\"*"_s;
    QTest::newRow("accents-kept") << u"café"_s << u"\"café\"*"_s;
    QTest::newRow("digits") << u"covid-19"_s << u"\"covid 19\""_s;
    QTest::newRow("digits-prefix") << u"covid-192"_s << u"\"covid 192\"*"_s;
}

void TestFtsQuery::fromUserText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FtsQuery::fromUserText(input), expected);
}

// Queries of many words are cut to the first maximumTerms words, and say so.
void TestFtsQuery::termCap_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("terms");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("lastPhrase");

    auto words = [](int count, const QString &separator) {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(u"w%1"_s.arg(i));
        return list.join(separator);
    };
    const int cap = FtsQuery::maximumTerms;
    QTest::newRow("at-the-cap") << words(cap, u" "_s) << cap << false << u"\"w%1\""_s.arg(cap - 1);
    QTest::newRow("one-over") << words(cap + 1, u" "_s) << cap << true << u"\"w%1\""_s.arg(cap - 1);
    QTest::newRow("twenty-thousand")
        << words(20000, u" "_s) << cap << true << u"\"w%1\""_s.arg(cap - 1);
    QTest::newRow("one-long-quoted-phrase")
        << u'"' + words(1000, u" "_s) + u'"' << cap << true << u'"' + words(cap, u" "_s) + u'"';
    QTest::newRow("punctuation-between")
        << words(5000, u"--"_s) << cap << true << u'"' + words(cap, u" "_s) + u'"';
}

void TestFtsQuery::termCap()
{
    QFETCH(QString, input);
    QFETCH(int, terms);
    QFETCH(bool, truncated);
    QFETCH(QString, lastPhrase);
    const FtsQuery::Parsed parsed = FtsQuery::parse(input);
    QCOMPARE(parsed.terms, terms);
    QCOMPARE(parsed.truncated, truncated);
    QVERIFY2(parsed.match.endsWith(lastPhrase) || parsed.match.endsWith(lastPhrase + u'*'),
             qPrintable(parsed.match.right(80)));
    QString words = parsed.match;
    words.replace(u'"', u' ').replace(u'*', u' ');
    QCOMPARE(words.split(u' ', Qt::SkipEmptyParts).size(), terms);
    QCOMPARE(FtsQuery::fromUserText(input), parsed.match);
}

QTEST_APPLESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
