// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The list's dates: relative when recent, a short date otherwise.

#include "articlelistdelegate.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestArticleListDelegate : public QObject {
    Q_OBJECT

private slots:
    void relativeDate_data();
    void relativeDate();
};

void TestArticleListDelegate::relativeDate_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    const QDateTime now(QDate(2026, 11, 20), QTime(18, 0), Qt::LocalTime);
    QTest::newRow("just-now") << now.addSecs(-20) << now << u"just now"_s;
    QTest::newRow("minutes") << now.addSecs(-5 * 60) << now << u"5 min ago"_s;
    QTest::newRow("hours") << now.addSecs(-3 * 3600 - 120) << now << u"3 h ago"_s;
    QTest::newRow("yesterday") << now.addDays(-1) << now << u"Yesterday"_s;
    QTest::newRow("this-year") << QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::LocalTime) << now
                               << u"Mar 2"_s;
    QTest::newRow("other-year") << QDateTime(QDate(2024, 7, 14), QTime(9, 0), Qt::LocalTime) << now
                                << u"Jul 14, 2024"_s;
    QTest::newRow("unknown") << QDateTime() << now << QString();
}

void TestArticleListDelegate::relativeDate()
{
    QFETCH(QDateTime, when);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QCOMPARE(ArticleListDelegate::relativeDate(when, now), expected);
}

QTEST_MAIN(TestArticleListDelegate)
#include "tst_articlelistdelegate.moc"
