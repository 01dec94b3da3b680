// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

QTEST_GUILESS_MAIN(TestDateFinder)
#include "tst_datefinder.moc"
