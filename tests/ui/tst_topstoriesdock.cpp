// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Top 10 in the real window: Top stories from several feeds, the switch to Most read in
// the dock's header (mouse and keyboard) and in Preferences, recomputed when the library
// changes. BYLINE_TOP_SHOTS=DIR saves what the window looks like, light and dark.
#include "mainwindowfixture.h"
#include "settingsdialog.h"
#include "store/articlestore.h"
#include "store/sourcestore.h"
#include "topstoriesdock.h"
#include "topstoriesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QListView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTabBar>

using namespace Qt::StringLiterals;

static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

class TestTopStoriesDock : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void cleanup() { m_fixture.close(); }
    void topStoriesFirstThenMostRead();
    void keyboardAndPreferences();
    void recomputedWhenTheLibraryChanges();
    void rowsFitTheirTitlesAfterASwitch();

private:
    qint64 feed(Database &db, const QString &name);
    qint64 add(Database &db, qint64 source, const QString &title, int hoursAgo, int words,
               const QString &section = u"World"_s);
    void shoot(MainWindow *window, const QString &name);
    static void verifyRowsFit(QListView *view);
    MainWindowFixture m_fixture;
    qint64 m_best = 0;
    int m_next = 0;
};

qint64 TestTopStoriesDock::feed(Database &db, const QString &name)
{
    return *SourceStore(db).ensure(
        { 0, name, u"https://%1.example/rss"_s.arg(name), Source::Kind::Feed });
}

qint64 TestTopStoriesDock::add(Database &db, qint64 source, const QString &title, int hoursAgo,
                               int words, const QString &section)
{
    Article a;
    a.sourceId = source;
    a.url = u"https://example.org/top/%1"_s.arg(++m_next);
    a.title = title;
    a.section = section;
    a.wordCount = words;
    a.plainText = title;
    a.contentHtml = u"<p>"_s + title + u"</p>"_s;
    a.published = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
    return ArticleStore(db).upsert(a)->id;
}

void TestTopStoriesDock::initTestCase()
{
    QVERIFY(m_fixture.setUp());
    Database &db = m_fixture.db();
    const qint64 alpha = feed(db, u"Alpha Daily"_s), beta = feed(db, u"Beta Wire"_s);
    const qint64 gamma = feed(db, u"Gamma Post"_s);
    add(db, alpha, u"Storm floods coastal towns in Brittany"_s, 6, 300);
    m_best = add(db, beta, u"Brittany's coastal towns flooded as storm hits"_s, 5, 1200);
    add(db, gamma, u"Coastal towns in Brittany flooded by overnight storm"_s, 4, 800);
    add(db, gamma, u"Chess prodigy wins national title at twelve"_s, 1, 500, u"Culture"_s);
    add(db, alpha, u"Central bank holds interest rates steady for a third month"_s, 2, 700,
        u"Business"_s);
}

void TestTopStoriesDock::verifyRowsFit(QListView *view)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        option.widget = view;
        option.rect = view->visualRect(index);
        const QSize wanted = view->itemDelegate()->sizeHint(option, index);
        QVERIFY2(option.rect.height() >= wanted.height(),
                 qPrintable(
                     u"row %1: %2 < %3"_s.arg(row).arg(option.rect.height()).arg(wanted.height())));
    }
}

void TestTopStoriesDock::shoot(MainWindow *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("BYLINE_TOP_SHOTS");
    if (dir.isEmpty())
        return;
    if (!window->topStoriesDock()->isVisible()) // folded for the reader: shown as by Ctrl+T
        window->action(u"toggleTopStories"_s)->trigger();
    for (ReaderTheme theme : { ReaderTheme::Light, ReaderTheme::Dark }) {
        window->applyTheme(theme);
        QTest::qWait(400);
        window->grab().save(
            u"%1/%2-%3.png"_s.arg(dir, name, theme == ReaderTheme::Dark ? u"dark"_s : u"light"_s));
    }
}

void TestTopStoriesDock::topStoriesFirstThenMostRead()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    TopStoriesModel *top = window->topStoriesModel();
    TopStoriesDock *dock = window->topStoriesDock();
    QTRY_COMPARE(top->mode(), TopStoriesModel::Mode::TopStories); // the library follows feeds
    QTRY_VERIFY(top->rowCount() >= 3);
    QCOMPARE(dock->rankingBar()->currentIndex(), 0);
    QCOMPARE(dock->rankingBar()->tabText(0), u"Top stories"_s);
    QCOMPARE(top->index(0).data(TopStoriesModel::SourcesRole).toInt(), 3);
    QCOMPARE(top->index(0).data(TopStoriesModel::IdRole).toLongLong(), m_best); // most words
    QCOMPARE(
        top->index(0).data(Qt::ToolTipRole).toString(),
        u"Brittany's coastal towns flooded as storm hits\nCarried by "_s
            + QLocale().createSeparatedList({ u"Beta Wire"_s, u"Gamma Post"_s, u"Alpha Daily"_s }));
    QVERIFY(top->index(0).data(Qt::AccessibleTextRole).toString().endsWith(u", 3 sources"_s));
    QVERIFY(top->index(1).data(TopStoriesModel::SourcesRole).toInt() < 3); // (the sample's own)
    const QList<qint64> stories = { top->index(0).data(TopStoriesModel::IdRole).toLongLong(),
                                    top->index(1).data(TopStoriesModel::IdRole).toLongLong() };
    shoot(window, u"top-stories"_s);

    // Clicking the story opens its best copy.
    QListView *view = dock->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(top->index(0)).center());
    QCOMPARE(window->currentArticleId(), m_best);

    // The header's other tab: Most read, at once, and remembered.
    QTabBar *bar = dock->rankingBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(top->mode(), TopStoriesModel::Mode::MostRead);
    QCOMPARE(bar->currentIndex(), 1);
    QCOMPARE(Settings().topStoriesRanking(), TopRanking::MostRead);
    QVERIFY(top->rowCount() > 0);
    QList<qint64> mostRead;
    for (int row = 0; row < top->rowCount(); ++row) {
        QCOMPARE(top->index(row).data(TopStoriesModel::SourcesRole).toInt(), 1);
        mostRead.append(top->index(row).data(TopStoriesModel::IdRole).toLongLong());
    }
    QVERIFY(mostRead.mid(0, 2) != stories);
    shoot(window, u"most-read"_s);
    verifyRowsFit(view);

    // A new window keeps the choice.
    m_fixture.close();
    window = m_fixture.create(QSize(1024, 700));
    QCOMPARE(window->topStoriesModel()->mode(), TopStoriesModel::Mode::MostRead);
    QCOMPARE(window->topStoriesDock()->rankingBar()->currentIndex(), 1);
}

void TestTopStoriesDock::keyboardAndPreferences()
{
    Settings().setTopStoriesRanking(TopRanking::MostRead);
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    TopStoriesModel *top = window->topStoriesModel();
    QTabBar *bar = window->topStoriesDock()->rankingBar();
    QCOMPARE(top->mode(), TopStoriesModel::Mode::MostRead);
    QVERIFY(bar->focusPolicy() & Qt::TabFocus); // Tab reaches it
    bar->setFocus();
    QTest::keyClick(bar, Qt::Key_Left);
    QTRY_COMPARE(top->mode(), TopStoriesModel::Mode::TopStories);
    QCOMPARE(Settings().topStoriesRanking(), TopRanking::TopStories);

    window->action(u"preferences"_s)->trigger();
    auto *preferences = window->findChild<SettingsDialog *>();
    QVERIFY(preferences);
    QComboBox *ranking = preferences->topRankingBox();
    QCOMPARE(ranking->currentData().toInt(), int(TopRanking::TopStories));
    QCOMPARE(ranking->itemText(0), u"Automatic: Top stories when you follow feeds"_s);
    if (const QString dir = qEnvironmentVariable("BYLINE_TOP_SHOTS"); !dir.isEmpty()) {
        QTest::qWait(300);
        preferences->grab().save(dir + u"/preferences.png"_s);
    }
    ranking->setCurrentIndex(ranking->findData(int(TopRanking::MostRead)));
    QCOMPARE(top->mode(), TopStoriesModel::Mode::MostRead);
    QCOMPARE(bar->currentIndex(), 1);
    QCOMPARE(Settings().topStoriesRanking(), TopRanking::MostRead);
    // The header's choice shows in Preferences too.
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
    QCOMPARE(ranking->currentData().toInt(), int(TopRanking::TopStories));
    preferences->close();
}

void TestTopStoriesDock::recomputedWhenTheLibraryChanges()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    TopStoriesModel *top = window->topStoriesModel();
    QTRY_COMPARE(top->mode(), TopStoriesModel::Mode::TopStories);
    QTRY_VERIFY(top->rowCount() > 0);
    QVERIFY(top->index(0).data(TopStoriesModel::SourcesRole).toInt() < 4);

    // Another connection (a feed refresh) brings a story four feeds carry.
    auto other = Database::open(m_fixture.db().path());
    QVERIFY2(other.ok(), qPrintable(other.error()));
    const QStringList names = { u"Delta"_s, u"Epsilon"_s, u"Zeta"_s, u"Eta"_s };
    for (const QString &name : names)
        add(**other, feed(**other, name), u"Parliament passes sweeping data privacy law"_s, 1, 400);
    QTRY_COMPARE_WITH_TIMEOUT(top->index(0).data(TopStoriesModel::SourcesRole).toInt(), 4, 15000);
    QVERIFY(top->index(0).data().toString().contains(u"privacy"_s));
}

// Rows laid out while the dock was folded, then a switch that brings a scrollbar: every row
// is as tall as its wrapped title.
void TestTopStoriesDock::rowsFitTheirTitlesAfterASwitch()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    TopStoriesModel *top = window->topStoriesModel();
    QListView *view = window->topStoriesDock()->view();
    QTRY_COMPARE(top->mode(), TopStoriesModel::Mode::TopStories);
    QTRY_VERIFY(top->rowCount() > 0);
    if (!window->topStoriesDock()->isVisible()) // folded for the reader: shown as by Ctrl+T
        window->action(u"toggleTopStories"_s)->trigger();
    QTest::qWait(200);
    QTabBar *bar = window->topStoriesDock()->rankingBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(top->mode(), TopStoriesModel::Mode::MostRead);
    QTRY_VERIFY(view->verticalScrollBar()->isVisible());
    QTest::qWait(250); // the delayed relayout for the narrower viewport
    verifyRowsFit(view);
}

QTEST_MAIN(TestTopStoriesDock)
#include "tst_topstoriesdock.moc"
