// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a real sample library with the real WebEngine reader: selecting shows the text,
// text sizes change the page and persist, Top 10 opens articles and its dock closes and comes
// back, m and s toggle read and star in the store, search highlights, a read is recorded.

#include "articlelistmodel.h"
#include "library/library.h"
#include "librarycheck.h"
#include "librarypane.h"
#include "mainwindow.h"
#include "settings.h"
#include "readerpane.h"
#include "schemehandler.h"
#include "share/urlopener.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "topstoriesdock.h"
#include "topstoriesmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

// The reader's scheme has to exist before the QApplication, as in gui.cpp.
static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

namespace {
class FakeUrlOpener : public UrlOpener {
public:
    void open(const QUrl &url) override { opened.append(url); }
    QList<QUrl> opened;
};

QVariant runJavaScript(QWebEngineView *view, const QString &script)
{
    QVariant result;
    bool done = false;
    // The reader's page allows no script of its own: ask from the application's world.
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                [&](const QVariant &value) {
                                    result = value;
                                    done = true;
                                });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("runJavaScript did not answer");
    return result;
}

QString pageText(MainWindow *window)
{
    return runJavaScript(window->readerPane()->webView(),
                         u"document.body ? document.body.innerText : ''"_s)
        .toString();
}

double bodyFontSize(MainWindow *window)
{
    return runJavaScript(window->readerPane()->webView(),
                         u"parseFloat(window.getComputedStyle(document.body).fontSize)"_s)
        .toDouble();
}

QAction *menuAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (QString(action->text()).remove(u'&') == text)
            return action;
    }
    return nullptr;
}

// The first words of an article's text, as the reader shows them.
QString opening(const Article &article)
{
    return article.plainText.simplified().section(u' ', 0, 5);
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingShowsArticle();
    void fontStepsChangeTextAndPersist();
    void topStoriesShowTenAndOpen();
    void topStoriesDockClosesAndComesBack();
    void keysToggleReadAndStar_data();
    void keysToggleReadAndStar();
    void nextAndPreviousKeys();
    void searchHighlightsResults();
    void readRecordedAfterFiveSeconds();
    void restoresOpenArticle();

private:
    MainWindow *createWindow();
    void closeWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FakeUrlOpener m_opener;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"Byline"_s);
    QCoreApplication::setApplicationName(u"Byline"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    auto db = Library::openOrCreate(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(*db);
    QVERIFY(*ArticleStore(*m_db).count({}) >= 11);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

MainWindow *TestMainWindow::createWindow()
{
    Settings().setRefreshAtStart(false); // the sample feeds' articles stay out of these tests
    m_window = std::make_unique<MainWindow>(*m_db, &m_opener);
    m_window->resize(1440, 900); // room for the list, the reader and the Top 10
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("The window did not become active");
    // Nothing is marked read before the damage check has found the library sound.
    const auto *check = m_window->findChild<LibraryCheck *>();
    if (!check || !QTest::qWaitFor([check] { return check->passed(); }, 10000))
        qWarning("The library check did not pass");
    return m_window.get();
}

void TestMainWindow::closeWindow()
{
    if (m_window)
        m_window->close(); // saves the session, as on quit
    m_window.reset();
}

void TestMainWindow::selectingShowsArticle()
{
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    QCOMPARE(model->rowCount(), *ArticleStore(*m_db).count({}));
    QListView *list = window->libraryPane()->listView();
    // First launch opens the newest article.
    QTRY_VERIFY(window->currentArticleId() == model->idAt(0));

    list->selectionModel()->setCurrentIndex(model->index(3), QItemSelectionModel::ClearAndSelect);
    const qint64 id = model->idAt(3);
    QCOMPARE(window->currentArticleId(), id);
    const Article article = *ArticleStore(*m_db).get(id);
    QTRY_VERIFY_WITH_TIMEOUT(pageText(window).contains(article.title), 20000);
    QVERIFY2(pageText(window).simplified().contains(opening(article)),
             qPrintable(opening(article)));
    // Opening marks it read, in the store and in the list.
    QVERIFY(article.read);
    QVERIFY(model->index(3).data(ArticleListModel::ReadRole).toBool());
}

void TestMainWindow::fontStepsChangeTextAndPersist()
{
    MainWindow *window = createWindow();
    QTRY_VERIFY_WITH_TIMEOUT(pageText(window).length() > 200, 20000);
    QMenu *menu = window->readerPane()->textSizeMenu();
    QAction *larger = menuAction(menu, u"Larger"_s);
    QAction *smaller = menuAction(menu, u"Smaller"_s);
    QVERIFY(larger && smaller);
    QCOMPARE(window->readerPane()->fontStep(), 0);

    QMap<int, double> sizes;
    sizes[0] = bodyFontSize(window);
    QVERIFY(sizes[0] > 8);
    for (int step = 1; step <= 2; ++step) {
        QVERIFY(larger->isEnabled());
        larger->trigger();
        QTRY_VERIFY(bodyFontSize(window) > sizes[step - 1]);
        sizes[step] = bodyFontSize(window);
    }
    QCOMPARE(window->readerPane()->fontStep(), 2);
    QVERIFY(!larger->isEnabled()); // clamped at +2
    larger->trigger();
    QCOMPARE(window->readerPane()->fontStep(), 2);

    for (int step = 1; step >= -2; --step) {
        QVERIFY(smaller->isEnabled());
        smaller->trigger();
        QTRY_VERIFY(bodyFontSize(window) < sizes.value(step + 1, sizes[0]));
        sizes[step] = bodyFontSize(window);
    }
    QCOMPARE(window->readerPane()->fontStep(), -2);
    QVERIFY(!smaller->isEnabled()); // clamped at -2
    QVERIFY(sizes[-2] < sizes[-1] && sizes[-1] < sizes[0] && sizes[0] < sizes[1]);

    larger->trigger(); // -1
    QTRY_COMPARE(bodyFontSize(window), sizes[-1]);
    closeWindow();

    // A new window opens at the same size.
    window = createWindow();
    QCOMPARE(window->readerPane()->fontStep(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(pageText(window).length() > 200, 20000);
    QTRY_COMPARE(bodyFontSize(window), sizes[-1]);
}

void TestMainWindow::topStoriesShowTenAndOpen()
{
    Settings().setTopStoriesRanking(TopRanking::MostRead); // the sample follows a feed
    MainWindow *window = createWindow();
    TopStoriesModel *top = window->topStoriesModel();
    QCOMPARE(top->rowCount(), 10);
    QVERIFY(window->topStoriesDock()->isVisible());
    for (int row = 0; row < 10; ++row) {
        QCOMPARE(top->index(row).data(TopStoriesModel::RankRole).toInt(), row + 1);
        QVERIFY(!top->index(row).data().toString().isEmpty());
    }

    QListView *view = window->topStoriesDock()->view();
    const int row = 6;
    const qint64 id = top->index(row).data(TopStoriesModel::IdRole).toLongLong();
    QVERIFY(id != window->currentArticleId());
    const QRect rect = view->visualRect(top->index(row));
    QVERIFY(view->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window->currentArticleId(), id);
    QCOMPARE(window->libraryPane()->currentArticleId(), id); // selected in the list too
    const Article article = *ArticleStore(*m_db).get(id);
    QTRY_VERIFY_WITH_TIMEOUT(pageText(window).contains(article.title), 20000);
}

void TestMainWindow::topStoriesDockClosesAndComesBack()
{
    MainWindow *window = createWindow();
    TopStoriesDock *dock = window->topStoriesDock();
    QAction *toggle = window->action(u"toggleTopStories"_s);
    QVERIFY(toggle);
    QVERIFY(dock->isVisible() && toggle->isChecked());

    auto *close = dock->findChild<QAbstractButton *>(u"qt_dockwidget_closebutton"_s);
    QVERIFY(close && close->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dock->isVisible());
    QVERIFY(!toggle->isChecked());

    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
    QVERIFY(toggle->isChecked());

    // Closed stays closed in the next window.
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dock->isVisible());
    closeWindow();
    window = createWindow();
    QVERIFY(!window->topStoriesDock()->isVisible());
    window->action(u"toggleTopStories"_s)->trigger();
    QVERIFY(window->topStoriesDock()->isVisible());
}

void TestMainWindow::keysToggleReadAndStar_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("star"); // else read
    QTest::newRow("m-toggles-read") << int(Qt::Key_M) << false;
    QTest::newRow("s-toggles-star") << int(Qt::Key_S) << true;
}

void TestMainWindow::keysToggleReadAndStar()
{
    QFETCH(int, key);
    QFETCH(bool, star);
    MainWindow *window = createWindow();
    QTRY_VERIFY(window->currentArticleId() > 0);
    const qint64 id = window->currentArticleId();
    const auto state = [&] {
        const Article article = *ArticleStore(*m_db).get(id);
        return star ? article.starred : article.read;
    };
    const bool before = state();
    QListView *list = window->libraryPane()->listView();
    list->setFocus();
    QTest::keyClick(list, Qt::Key(key));
    QCOMPARE(state(), !before);
    const int role = star ? ArticleListModel::StarredRole : ArticleListModel::ReadRole;
    QCOMPARE(list->currentIndex().data(role).toBool(), !before);
    QTest::keyClick(list, Qt::Key(key));
    QCOMPARE(state(), before);
}

void TestMainWindow::nextAndPreviousKeys()
{
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    QTRY_VERIFY(window->currentArticleId() == model->idAt(0));
    QWidget *focus = window->readerPane()->webView()->focusProxy();
    (focus ? focus : window->readerPane()->webView())->setFocus();
    QTest::keyClick(window, Qt::Key_J);
    QCOMPARE(window->currentArticleId(), model->idAt(1));
    QTest::keyClick(window, Qt::Key_J);
    QCOMPARE(window->currentArticleId(), model->idAt(2));
    QTest::keyClick(window, Qt::Key_K);
    QCOMPARE(window->currentArticleId(), model->idAt(1));
    QTest::keyClick(window, Qt::Key_K);
    QCOMPARE(window->currentArticleId(), model->idAt(0));
    QTest::keyClick(window, Qt::Key_K); // stays at the top
    QCOMPARE(window->currentArticleId(), model->idAt(0));
    // In the list, Down and Up move as in any list (the reader scrolls with them instead).
    QListView *list = window->libraryPane()->listView();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window->currentArticleId(), model->idAt(1));
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(window->currentArticleId(), model->idAt(0));
}

void TestMainWindow::searchHighlightsResults()
{
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    const int all = model->rowCount();
    QLineEdit *field = window->libraryPane()->searchField();
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(field->hasFocus());

    QTest::keyClicks(field, u"projectionist"_s);
    QTRY_VERIFY(model->isSearching());
    QVERIFY(model->rowCount() >= 1 && model->rowCount() < all);
    const QModelIndex first = model->index(0);
    const QString marked = first.data(ArticleListModel::TitleHtmlRole).toString()
        + first.data(ArticleListModel::SnippetHtmlRole).toString();
    QVERIFY2(marked.contains(u"<mark>"_s, Qt::CaseInsensitive), qPrintable(marked));

    // The highlight is painted: the list shows the mark colour.
    QListView *list = window->libraryPane()->listView();
    list->clearSelection();
    const QImage image = list->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int marks = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            marks += image.pixel(x, y) == qRgb(0xfd, 0xe6, 0x8a) ? 1 : 0;
    }
    QVERIFY2(marks > 20, qPrintable(QString::number(marks)));

    // Esc clears the search and brings the whole list back.
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QVERIFY(!model->isSearching());
    QCOMPARE(model->rowCount(), all);

    // A pasted page of words is searched with its first 64; the status bar says so.
    field->setText(QStringList(200, u"projectionist"_s).join(u' '));
    QTRY_VERIFY(model->isSearching());
    QVERIFY(model->rowCount() >= 1);
    QTRY_COMPARE(window->statusBar()->currentMessage(),
                 u"Only the first 64 words were searched for."_s);
}

void TestMainWindow::readRecordedAfterFiveSeconds()
{
    // An article nobody read today; reads of it in the last day, as the Top 10 counts them.
    const auto readsToday = [this](qint64 id) {
        const auto stories = ReadStore(*m_db).topStories(100, 1);
        for (const TopStory &story : *stories) {
            if (story.article.id == id)
                return story.reads;
        }
        return 0;
    };
    const auto before = ReadStore(*m_db).topStories(100, 1);
    QVERIFY(before);
    qint64 id = 0;
    for (const TopStory &story : *before) {
        if (story.reads == 0)
            id = story.article.id;
    }
    QVERIFY(id > 0);

    MainWindow *window = createWindow();
    window->openArticle(id);
    QCOMPARE(window->currentArticleId(), id);
    QTest::qWait(3000);
    QCOMPARE(readsToday(id), 0); // not yet: under five seconds
    QTRY_COMPARE_WITH_TIMEOUT(readsToday(id), 1, 4000);
    // Switching away later records nothing more (one read an opening, one an hour).
    window->openArticle(window->articleModel()->idAt(0) == id ? window->articleModel()->idAt(1)
                                                              : window->articleModel()->idAt(0));
    window->openArticle(id);
    QTest::qWait(100);
    QCOMPARE(readsToday(id), 1);
}

void TestMainWindow::restoresOpenArticle()
{
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    const qint64 id = model->idAt(5);
    window->openArticle(id);
    QCOMPARE(window->libraryPane()->listView()->currentIndex().row(), 5);
    closeWindow();
    window = createWindow();
    QCOMPARE(window->currentArticleId(), id);
    QCOMPARE(window->libraryPane()->currentArticleId(), id);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
