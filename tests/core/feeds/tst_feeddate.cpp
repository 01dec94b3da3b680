// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feeddate.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedDate : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestFeedDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // UTC, ISO 8601; "" for invalid

    // RFC 822 / 2822 (RSS).
    QTest::newRow("rfc822-gmt") << u"Wed, 02 Oct 2002 13:00:00 GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-ut") << u"Wed, 02 Oct 2002 13:00:00 UT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-utc") << u"Wed, 02 Oct 2002 13:00:00 UTC"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-z") << u"Wed, 02 Oct 2002 13:00:00 Z"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-plus0000")
        << u"Wed, 02 Oct 2002 13:00:00 +0000"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-plus0200")
        << u"Wed, 02 Oct 2002 15:00:00 +0200"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-minus0430")
        << u"Wed, 02 Oct 2002 08:30:00 -0430"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-colon-offset")
        << u"Wed, 02 Oct 2002 18:30:00 +05:30"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-est") << u"Wed, 02 Oct 2002 08:00:00 EST"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-edt") << u"Wed, 02 Oct 2002 09:00:00 EDT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-cst") << u"Wed, 02 Oct 2002 07:00:00 CST"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-cdt") << u"Wed, 02 Oct 2002 08:00:00 CDT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-mst") << u"Wed, 02 Oct 2002 06:00:00 MST"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-mdt") << u"Wed, 02 Oct 2002 07:00:00 MDT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-pst") << u"Wed, 02 Oct 2002 05:00:00 PST"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-pdt") << u"Wed, 02 Oct 2002 06:00:00 PDT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-pdt-lowercase")
        << u"wed, 02 oct 2002 06:00:00 pdt"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-military-a")
        << u"Wed, 02 Oct 2002 12:00:00 A"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-military-m")
        << u"Wed, 02 Oct 2002 01:00:00 M"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-military-n")
        << u"Wed, 02 Oct 2002 14:00:00 N"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-military-y")
        << u"Thu, 03 Oct 2002 01:00:00 Y"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-no-zone") << u"Wed, 02 Oct 2002 13:00:00"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-no-day-name")
        << u"02 Oct 2002 13:00:00 GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-no-seconds")
        << u"Wed, 02 Oct 2002 13:00 GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-two-digit-year")
        << u"Wed, 02 Oct 02 13:00:00 GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-two-digit-year-1900s")
        << u"Sat, 02 Oct 99 13:00:00 GMT"_s << u"1999-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-extra-spaces")
        << u"  Wed,   2  Oct   2002   13:00:00   GMT "_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-one-digit-day")
        << u"Wed, 2 Oct 2002 13:00:00 +0000"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-month-uppercase")
        << u"WED, 02 OCT 2002 13:00:00 GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-full-month")
        << u"Wednesday, 02 October 2002 13:00:00 GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-no-comma")
        << u"Wed 02 Oct 2002 13:00:00 GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-dashes")
        << u"Wed, 02-Oct-2002 13:00:00 GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-date-only") << u"02 Oct 2002"_s << u"2002-10-02T00:00:00Z"_s;
    QTest::newRow("rfc822-crosses-midnight")
        << u"Tue, 01 Oct 2002 23:00:00 -1400"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-gmt-offset")
        << u"Wed, 02 Oct 2002 14:00:00 GMT+0100"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-kst") << u"Wed, 02 Oct 2002 22:00:00 KST"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-unknown-zone")
        << u"Wed, 02 Oct 2002 13:00:00 XYZT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-comment")
        << u"Wed, 02 Oct 2002 13:00:00 +0000 (UTC)"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("asctime") << u"Wed Oct  2 13:00:00 2002"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-glued-offset")
        << u"Wed, 02 Oct 2002 15:00:00+0200"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-glued-name")
        << u"Wed, 02 Oct 2002 13:00:00GMT"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("rfc822-glued-garbage") << u"Wed, 02 Oct 2002 13:00:00xyz"_s << QString();
    QTest::newRow("month-first-pm") << u"Oct 2, 2002 1:00 PM"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("month-first-am-zone")
        << u"October 2, 2002 12:30 am EST"_s << u"2002-10-02T05:30:00Z"_s;
    QTest::newRow("leap-day") << u"Thu, 29 Feb 2024 12:00:00 GMT"_s << u"2024-02-29T12:00:00Z"_s;

    // RFC 3339 / ISO 8601 (Atom, JSON Feed, dc:date).
    QTest::newRow("iso-z") << u"2002-10-02T13:00:00Z"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-lowercase") << u"2002-10-02t13:00:00z"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-offset") << u"2002-10-02T15:00:00+02:00"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-negative-offset")
        << u"2002-10-02T08:00:00-05:00"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-offset-no-colon")
        << u"2002-10-02T15:00:00+0200"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-offset-hours") << u"2002-10-02T15:00:00+02"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-fraction") << u"2002-10-02T13:00:00.5Z"_s << u"2002-10-02T13:00:00.500Z"_s;
    QTest::newRow("iso-long-fraction")
        << u"2002-10-02T13:00:00.123456789+00:00"_s << u"2002-10-02T13:00:00.123Z"_s;
    QTest::newRow("iso-no-seconds") << u"2002-10-02T13:00Z"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-no-seconds-offset")
        << u"2002-10-02T14:00+01:00"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-no-zone") << u"2002-10-02T13:00:00"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-space") << u"2002-10-02 13:00:00"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-space-zone") << u"2002-10-02 13:00:00 +0000"_s << u"2002-10-02T13:00:00Z"_s;
    QTest::newRow("iso-midnight-24") << u"2002-10-01T24:00:00Z"_s << u"2002-10-02T00:00:00Z"_s;
    QTest::newRow("iso-leap-second") << u"2002-10-02T13:00:60Z"_s << u"2002-10-02T13:00:59Z"_s;

    // W3C-DTF partial dates.
    QTest::newRow("w3c-year") << u"2002"_s << u"2002-01-01T00:00:00Z"_s;
    QTest::newRow("w3c-month") << u"2002-10"_s << u"2002-10-01T00:00:00Z"_s;
    QTest::newRow("w3c-day") << u"2002-10-02"_s << u"2002-10-02T00:00:00Z"_s;

    // Not dates.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"   "_s << QString();
    QTest::newRow("words") << u"yesterday afternoon"_s << QString();
    QTest::newRow("bad-month") << u"Wed, 02 Foo 2002 13:00:00 GMT"_s << QString();
    QTest::newRow("bad-day") << u"Wed, 32 Oct 2002 13:00:00 GMT"_s << QString();
    QTest::newRow("iso-bad-month") << u"2002-13-02T13:00:00Z"_s << QString();
    QTest::newRow("iso-bad-hour") << u"2002-10-02T25:00:00Z"_s << QString();
    QTest::newRow("iso-garbage-zone") << u"2002-10-02T13:00:00 nonsense"_s << QString();
    QTest::newRow("feb-30") << u"30 Feb 2002 13:00:00 GMT"_s << QString();
}

void TestFeedDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime parsed = FeedDate::parse(text);
    if (expected.isEmpty()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed, QDateTime::fromString(expected, Qt::ISODateWithMs));
}

QTEST_APPLESS_MAIN(TestFeedDate)
#include "tst_feeddate.moc"
