// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The list's dates: relative when recent, a short date otherwise.

#include "articlelistdelegate.h"
#include "articlelistmodel.h"
#include "theme.h"

#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArticleListDelegate : public QObject {
    Q_OBJECT

private slots:
    void relativeDate_data();
    void relativeDate();
    void searchHitReadable_data();
    void searchHitReadable();
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

void TestArticleListDelegate::searchHitReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// A search hit painted by the delegate: the matched word's text on the highlight meets 4.5:1
// (the dark list once drew white text on pale yellow).
void TestArticleListDelegate::searchHitReadable()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? Theme::darkPalette() : QPalette(Qt::white);
    QStandardItemModel model;
    auto *item = new QStandardItem(u"Nuclear talks"_s);
    item->setData(true, ArticleListModel::LoadedRole);
    item->setData(true, ArticleListModel::ReadRole);
    item->setData(u"<mark>Nuclear</mark> talks"_s, ArticleListModel::TitleHtmlRole);
    item->setData(u"the <mark>nuclear</mark> talks stand at a crossroads"_s,
                  ArticleListModel::SnippetHtmlRole);
    model.appendRow(item);
    QListView view;
    view.setPalette(palette);
    ArticleListDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.palette = palette;
    option.state = QStyle::State_Enabled;
    option.font.setPixelSize(16);
    option.rect = QRect(QPoint(0, 0), QSize(420, delegate.sizeHint(option, model.index(0, 0)).height()));
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    const QColor highlight = Theme::highlightBackground(palette);
    // The highlight's box, and the strongest ink inside it (the glyphs' cores).
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == highlight)
                box |= QRect(x, y, 1, 1);
    QVERIFY2(box.width() > 20, "no highlight painted");
    double best = 1;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            best = std::max(best, Theme::contrast(image.pixelColor(x, y), highlight));
    QVERIFY2(best >= 4.5, qPrintable(QString::number(best)));
}

QTEST_MAIN(TestArticleListDelegate)
#include "tst_articlelistdelegate.moc"
