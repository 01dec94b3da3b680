// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/articleextractor.h"
#include "extract/datefinder.h"
#include "extract/metadatareader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDateFinder : public QObject {
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void keepsZone();
    void inPage_data();
    void inPage();
};

void TestDateFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << u"Posted 2019-10-16 by Jo"_s << QDate(2019, 10, 16);
    QTest::newRow("slashes") << u"2019/10/16"_s << QDate(2019, 10, 16);
    QTest::newRow("dotted") << u"Stand: 16.10.2019 18:00 Uhr"_s << QDate(2019, 10, 16);
    QTest::newRow("german-month") << u"29. Juni 2017, 23:39"_s << QDate(2017, 6, 29);
    QTest::newRow("english-month-first") << u"October 5th, 2013 at noon"_s << QDate(2013, 10, 5);
    QTest::newRow("english-day-first") << u"5 Oct 2013"_s << QDate(2013, 10, 5);
    QTest::newRow("spanish") << u"4 de mayo de 2022"_s << QDate(2022, 5, 4);
    QTest::newRow("french") << u"le 9 décembre 2019"_s << QDate(2019, 12, 9);
    QTest::newRow("first-of-two") << u"24. April 2020 | updated 2021-01-01"_s << QDate(2020, 4, 24);
    QTest::newRow("impossible-date-skipped")
        << u"31.02.2020 then 01.03.2020"_s << QDate(2020, 3, 1);
    QTest::newRow("not-a-month") << u"12 Apples 2019"_s << QDate();
    QTest::newRow("too-old") << u"1.1.1850"_s << QDate();
    QTest::newRow("none") << u"no date here, only 2019"_s << QDate();
}

void TestDateFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(DateFinder::find(text), expected);
}

// A date with an offset keeps it: late evening in Berlin is still that day there.
void TestDateFinder::keepsZone()
{
    const QDateTime d = MetadataReader::parseDate(u"2019-10-16T23:30:00+02:00"_s);
    QCOMPARE(d.date(), QDate(2019, 10, 16));
    QCOMPARE(d.offsetFromUtc(), 7200);
    QCOMPARE(d.toString(Qt::ISODate), u"2019-10-16T23:30:00+02:00"_s);
    QCOMPARE(MetadataReader::parseDate(u"2022-05-04T03:00:00 UTC"_s),
             QDateTime(QDate(2022, 5, 4), QTime(3, 0), Qt::UTC));
    QCOMPARE(MetadataReader::parseDate(u"2022-05-04"_s).date(), QDate(2022, 5, 4));
}

void TestDateFinder::inPage_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected"); // the published date, in the page's zone

    const QString utc = u"<meta property=\"article:published_time\" "
                        "content=\"2022-11-06T23:30:00Z\">"_s;
    QTest::newRow("utc-shown-in-offset-of-another-time")
        << utc
            + u"<meta property=\"article:modified_time\" content=\"2022-11-08T10:00:00+01:00\">"_s
        << QString() << u"2022-11-07T00:30:00+01:00"_s;
    QTest::newRow("utc-shown-in-zone-of-language")
        << utc << QString() << u"2022-11-07T00:30:00+01:00"_s;
    QTest::newRow("date-after-headline")
        << QString() << u"<p>Stand: 16.10.2019</p>"_s << u"2019-10-16T00:00:00Z"_s;
    QTest::newRow("date-in-dated-element-before-headline")
        << QString() << u"@<span class=post-date>5. November 2021</span>"_s
        << u"2021-11-05T00:00:00Z"_s;
    QTest::newRow("time-after-headline-before-other")
        << QString() << u"<p><time datetime=\"2021-01-02T10:00:00+01:00\">today</time></p>"_s
        << u"2021-01-02T10:00:00+01:00"_s;
}

void TestDateFinder::inPage()
{
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QString before, after = body;
    if (body.startsWith(u'@')) {
        before = body.mid(1);
        after.clear();
    }
    const QString html = u"<!DOCTYPE html><html lang=de><head><meta charset=utf-8>"_s + head
        + u"</head><body>"_s + before + u"<article><h1>Hafenmauer wird neu gebaut</h1>"_s + after
        + u"<p>Die Hafenbehörde sagte am Dienstag, dass der alte Wellenbrecher aus dem Jahr 1911 "
          "in den nächsten drei Jahren neu gebaut werde, für rund 40 Millionen Euro.</p>"
          "<p>Fischer, Fährleute und Anwohner klagen seit Langem, dass Stürme die Wellen über "
          "die Mauer drücken, den Kai fluten und Boote beschädigen.</p></article></body></html>"_s;
    const Result<ExtractedArticle> r
        = ArticleExtractor::extract(html, QUrl(u"https://news.example/a"_s));
    QVERIFY(r.ok());
    QCOMPARE(r->published.toString(Qt::ISODate), expected);
}

QTEST_GUILESS_MAIN(TestDateFinder)
#include "tst_datefinder.moc"
