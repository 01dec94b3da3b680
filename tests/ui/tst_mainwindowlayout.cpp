// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window at 1440x900, 1024x700 and 800x560 with the real WebEngine reader: the text column
// keeps about 45 characters (the Top 10 folds away first, then the list narrows), the Top 10
// comes back as the window widens and after a restart as the user left it, the first launch
// fits the screen, and Top 10 titles wrap inside the viewport when its scrollbar shows.

#include "mainwindowfixture.h"

#include "librarypane.h"
#include "readerroom.h"
#include "readerview.h"
#include "topstoriesdock.h"
#include "topstoriesmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QListView>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>

using namespace Qt::StringLiterals;

static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

class TestMainWindowLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }
    void init() { QSettings().clear(); }
    void cleanup() { m_fixture.close(); }
    void readerKeepsItsColumn_data();
    void readerKeepsItsColumn();
    void topStoriesFoldAndComeBack();
    void topStoriesVisibilityPersists();
    void firstLaunchFitsTheScreen();
    void topStoriesTitlesWrapBesideScrollbar();

private:
    double charactersPerLine()
    {
        return m_fixture
            .js(uR"((function () {
    var p = document.querySelector('main .content p') || document.querySelector('main p');
    if (!p)
        return 0;
    var cs = getComputedStyle(p);
    var c = document.createElement('canvas').getContext('2d');
    c.font = cs.fontStyle + ' ' + cs.fontWeight + ' ' + cs.fontSize + ' ' + cs.fontFamily;
    var s = 'the quick brown fox jumps over the lazy dog, and then some more words ';
    return p.clientWidth / (c.measureText(s).width / s.length);
})())"_s)
            .toDouble();
    }
    int libraryWidth(MainWindow *window)
    {
        return window->findChild<QSplitter *>(u"librarySplitter"_s)->sizes().value(0);
    }

    MainWindowFixture m_fixture;
};

void TestMainWindowLayout::readerKeepsItsColumn_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("topStories");
    QTest::newRow("1440x900") << QSize(1440, 900) << true;
    QTest::newRow("1024x700") << QSize(1024, 700) << false;
    QTest::newRow("800x560") << QSize(800, 560) << false;
}

void TestMainWindowLayout::readerKeepsItsColumn()
{
    QFETCH(QSize, size);
    QFETCH(bool, topStories);
    MainWindow *window = m_fixture.create(size);
    QCOMPARE(window->size(), size);
    QTRY_VERIFY_WITH_TIMEOUT(charactersPerLine() > 0, 20000);
    QTRY_VERIFY2(charactersPerLine() >= 45, qPrintable(QString::number(charactersPerLine())));
    QCOMPARE(window->topStoriesDock()->isVisible(), topStories);
    QCOMPARE(window->action(u"toggleTopStories"_s)->isChecked(), topStories);
    QVERIFY(libraryWidth(window) >= ReaderRoom::libraryMinWidth);
    if (topStories)
        QCOMPARE(libraryWidth(window), ReaderRoom::libraryWidth);
    else // the reader gets its room, or all the list can give
        QVERIFY(window->readerPane()->width() >= ReaderRoom::readerMinWidth
                || libraryWidth(window) == ReaderRoom::libraryMinWidth);

    // Go to Top, once shown, covers little of the text: only its arrow in a narrow reader.
    m_fixture.js(u"window.scrollTo(0, window.innerHeight * 2)"_s);
    auto *goTop = window->readerPane()->webView()->findChild<QToolButton *>();
    QVERIFY(goTop);
    QTRY_VERIFY(goTop->isVisible());
    if (window->readerPane()->webView()->width() < ReaderView::narrowWidth)
        QVERIFY2(goTop->width() <= 48, qPrintable(QString::number(goTop->width())));
    else
        QVERIFY(goTop->width() > 48); // with its label
}

void TestMainWindowLayout::topStoriesFoldAndComeBack()
{
    MainWindow *window = m_fixture.create(QSize(1440, 900));
    TopStoriesDock *dock = window->topStoriesDock();
    QAction *toggle = window->action(u"toggleTopStories"_s);
    QVERIFY(dock->isVisible());
    window->resize(1024, 700);
    QTRY_VERIFY(!dock->isVisible());
    QVERIFY(!toggle->isChecked());
    // Folded, the toggle still shows it when asked.
    toggle->trigger();
    QVERIFY(dock->isVisible());
    window->resize(900, 640);
    QTRY_VERIFY(!dock->isVisible());
    window->resize(1440, 900);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(libraryWidth(window), ReaderRoom::libraryWidth);
    QVERIFY(toggle->isChecked());
    // Closed by the user, it stays closed as the window widens.
    toggle->trigger();
    QVERIFY(!dock->isVisible());
    window->resize(1500, 900);
    QTest::qWait(50);
    QVERIFY(!dock->isVisible());
}

void TestMainWindowLayout::topStoriesVisibilityPersists()
{
    MainWindow *window = m_fixture.create(QSize(1440, 900));
    QVERIFY(window->topStoriesDock()->isVisible());
    m_fixture.close();
    window = m_fixture.create();
    QVERIFY(window->topStoriesDock()->isVisible()); // showing at quit: showing again

    // Folded at quit (a narrow window) is not closed: it shows in a wider window.
    window->resize(1000, 700);
    QTRY_VERIFY(!window->topStoriesDock()->isVisible());
    m_fixture.close();
    window = m_fixture.create(QSize(1440, 900));
    QVERIFY(window->topStoriesDock()->isVisible());

    // Closed with its button: closed after the restart.
    auto *close = window->topStoriesDock()->findChild<QAbstractButton *>(
        u"qt_dockwidget_closebutton"_s);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!window->topStoriesDock()->isVisible());
    m_fixture.close();
    window = m_fixture.create();
    QVERIFY(!window->topStoriesDock()->isVisible());
}

void TestMainWindowLayout::firstLaunchFitsTheScreen()
{
    QCOMPARE(ReaderRoom::firstSize(QSize(2560, 1440)), QSize(1280, 820));
    const QSize small = ReaderRoom::firstSize(QSize(1024, 700));
    QVERIFY(small.width() <= 1024 && small.height() <= 700);
    QVERIFY(small.width() >= 900 && small.height() >= 600);

    MainWindow *window = m_fixture.create(); // no geometry saved: the first launch
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->geometry()),
             qPrintable(u"%1x%2+%3+%4 in %5x%6"_s.arg(window->width())
                            .arg(window->height())
                            .arg(window->x())
                            .arg(window->y())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestMainWindowLayout::topStoriesTitlesWrapBesideScrollbar()
{
    Settings().setTopStoriesRanking(TopRanking::MostRead); // ten of them, whatever the feeds
    MainWindow *window = m_fixture.create(QSize(1440, 460)); // short: the Top 10 scrolls
    TopStoriesDock *dock = window->topStoriesDock();
    QListView *view = dock->view();
    QTRY_VERIFY(window->topStoriesModel()->rowCount() >= 5);
    QTRY_VERIFY(view->verticalScrollBar()->isVisible());
    QTest::qWait(100); // the delayed relayout for the narrower viewport
    // No text reaches the item's right margin: lines wrap inside the viewport.
    const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int textLightness = view->palette().color(QPalette::Text).lightness();
    const int baseLightness = view->palette().color(QPalette::Base).lightness();
    int inMargin = 0;
    const qreal ratio = image.devicePixelRatio();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = int((view->viewport()->width() - 6) * ratio); x < image.width(); ++x) {
            const int lightness = QColor(image.pixel(x, y)).lightness();
            // Text-dark pixels; the faint separator lines are far lighter.
            if (std::abs(lightness - textLightness) < std::abs(baseLightness - textLightness) / 2)
                ++inMargin;
        }
    }
    QCOMPARE(inMargin, 0);
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
