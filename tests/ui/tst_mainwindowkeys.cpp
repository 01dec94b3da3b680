// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's keyboard, with the real WebEngine reader: focus starts on the list, single keys
// act unless a text field has the focus, Ctrl+= and Ctrl+wheel step the text size, Up/Down
// scroll the reader while j/k change article, Space goes on to the next unread article, and
// search answers Enter and Esc.

#include "mainwindowfixture.h"

#include "articlelistmodel.h"
#include "articlesearch.h"
#include "librarypane.h"
#include "shortcutsdialog.h"
#include "store/articlestore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

class TestMainWindowKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp()); }
    void init() { QSettings().clear(); }
    void cleanup() { m_fixture.close(); }
    void focusStartsOnTheList();
    void ctrlEqualsAndWheelStepTextSize();
    void upDownScrollReaderJkChangeArticle();
    void spaceAtTheEndGoesToNextUnread();
    void searchEnterAndEscape();
    void searchCountAndEmptyMessage();
    void shortcutsGroupedByMenu();

private:
    double scrollY() { return m_fixture.js(u"window.scrollY"_s).toDouble(); }
    bool waitForArticle(MainWindow *)
    {
        return QTest::qWaitFor(
            [&] {
                return m_fixture.js(u"document.body ? document.body.innerText.length : 0"_s)
                           .toInt()
                    > 200;
            },
            20000);
    }

    MainWindowFixture m_fixture;
};

void TestMainWindowKeys::focusStartsOnTheList()
{
    MainWindow *window = m_fixture.create();
    ArticleListModel *model = window->articleModel();
    QListView *list = window->libraryPane()->listView();
    QLineEdit *field = window->libraryPane()->searchField();
    QTRY_COMPARE(QApplication::focusWidget(), list);
    QCOMPARE(window->currentArticleId(), model->idAt(0));

    // j acts at once; in the search field the same letters are typed.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    QCOMPARE(window->currentArticleId(), model->idAt(1));
    field->setFocus();
    QTest::keyClicks(field, u"jk ms"_s);
    QCOMPARE(field->text(), u"jk ms"_s);
    QCOMPARE(window->currentArticleId(), model->idAt(1));
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(window->currentArticleId(), model->idAt(2));
}

void TestMainWindowKeys::ctrlEqualsAndWheelStepTextSize()
{
    MainWindow *window = m_fixture.create();
    QVERIFY(waitForArticle(window));
    ReaderPane *reader = window->readerPane();
    QCOMPARE(reader->fontStep(), 0);
    const double before = m_fixture.js(u"parseFloat(getComputedStyle(document.body).fontSize)"_s)
                              .toDouble();
    QTest::keyClick(window->libraryPane()->listView(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(reader->fontStep(), 1);
    QTRY_VERIFY(m_fixture.js(u"parseFloat(getComputedStyle(document.body).fontSize)"_s).toDouble()
                > before);

    // Ctrl+wheel over the page: the same steps, never a page zoom.
    QWidget *target = m_fixture.readerFocus();
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    const auto wheel = [&](int delta) {
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
    };
    wheel(120);
    QCOMPARE(reader->fontStep(), 2);
    wheel(120); // the end: stays
    QCOMPARE(reader->fontStep(), 2);
    for (int i = 0; i < 3; ++i)
        wheel(-40); // a touchpad's small deltas add up to one notch
    QCOMPARE(reader->fontStep(), 1);
    wheel(-120);
    QCOMPARE(reader->fontStep(), 0);
    QCOMPARE(QSettings().value(u"reader/fontStep"_s, 0).toInt(), 0);
    QTest::qWait(300);
    QCOMPARE(reader->webView()->zoomFactor(), 1.0);
    QCOMPARE(m_fixture.js(u"window.visualViewport.scale"_s).toDouble(), 1.0);
}

void TestMainWindowKeys::upDownScrollReaderJkChangeArticle()
{
    MainWindow *window = m_fixture.create();
    ArticleListModel *model = window->articleModel();
    QVERIFY(waitForArticle(window));
    const qint64 first = window->currentArticleId();
    m_fixture.readerFocus()->setFocus();
    QTRY_VERIFY(m_fixture.readerFocus()->hasFocus());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_fixture.readerFocus(), Qt::Key_Down);
    QTRY_VERIFY(scrollY() > 20);
    QCOMPARE(window->currentArticleId(), first); // Down scrolled, it did not change article
    QTest::keyClick(m_fixture.readerFocus(), Qt::Key_J);
    QCOMPARE(window->currentArticleId(), model->idAt(1));
    QTest::keyClick(m_fixture.readerFocus(), Qt::Key_K);
    QCOMPARE(window->currentArticleId(), first);
}

void TestMainWindowKeys::spaceAtTheEndGoesToNextUnread()
{
    MainWindow *window = m_fixture.create();
    ArticleListModel *model = window->articleModel();
    QVERIFY(waitForArticle(window));
    // Rows 1 and 2 read, row 3 unread: Space at the end of row 0 skips to row 3.
    QVERIFY(model->setRead(model->idAt(1), true));
    QVERIFY(model->setRead(model->idAt(2), true));
    QVERIFY(model->setRead(model->idAt(3), false));
    window->openArticle(model->idAt(0));
    QVERIFY(waitForArticle(window));
    m_fixture.readerFocus()->setFocus();

    QTest::keyClick(m_fixture.readerFocus(), Qt::Key_Space); // not at the end: pages down
    QTRY_VERIFY(scrollY() > 100);
    QCOMPARE(window->currentArticleId(), model->idAt(0));
    m_fixture.js(u"window.scrollTo(0, document.scrollingElement.scrollHeight)"_s);
    QTRY_VERIFY(m_fixture.js(u"window.scrollY + window.innerHeight >= "
                             "document.scrollingElement.scrollHeight - 2"_s)
                    .toBool());
    QTest::keyClick(m_fixture.readerFocus(), Qt::Key_Space);
    QTRY_COMPARE(window->currentArticleId(), model->idAt(3));

    // Shift+Space at the top goes back.
    QVERIFY(waitForArticle(window));
    QTRY_VERIFY(scrollY() < 1);
    QTest::keyClick(m_fixture.readerFocus(), Qt::Key_Space, Qt::ShiftModifier);
    QTRY_COMPARE(window->currentArticleId(), model->idAt(2));
}

void TestMainWindowKeys::searchEnterAndEscape()
{
    MainWindow *window = m_fixture.create();
    ArticleListModel *model = window->articleModel();
    LibraryPane *pane = window->libraryPane();
    QListView *list = pane->listView();
    list->setFixedHeight(120); // only a few rows show: scrolling matters
    const int reading = model->rowCount() - 2;
    const qint64 readingId = model->idAt(reading);
    window->openArticle(readingId);
    QVERIFY(list->verticalScrollBar()->value() > 0);

    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(pane->searchField(), u"the"_s);
    QTest::keyClick(pane->searchField(), Qt::Key_Return); // before the results are in
    QTRY_VERIFY(model->isSearching());
    QVERIFY(model->rowCount() > 1);
    QTRY_COMPARE(window->currentArticleId(), model->idAt(0)); // the top hit opened
    QCOMPARE(list->verticalScrollBar()->value(), 0); // results open at the top
    QCOMPARE(QApplication::focusWidget(), list);

    // Esc: the whole list, back on the article being read (the top hit now), in view.
    const qint64 hit = window->currentArticleId();
    pane->searchField()->setFocus();
    QTest::keyClick(pane->searchField(), Qt::Key_Escape);
    QVERIFY(!model->isSearching());
    QCOMPARE(pane->currentArticleId(), hit);
    QVERIFY(list->viewport()->rect().contains(list->visualRect(list->currentIndex()).center()));

    // A search that finds nothing, then Esc: back on the article from before.
    window->openArticle(readingId);
    list->scrollToTop();
    pane->searchField()->setFocus();
    QTest::keyClicks(pane->searchField(), u"zzqxjvnothing"_s);
    QTRY_VERIFY(model->isSearching());
    QCOMPARE(model->rowCount(), 0);
    QTest::keyClick(pane->searchField(), Qt::Key_Escape);
    QCOMPARE(pane->currentArticleId(), readingId);
    QCOMPARE(window->currentArticleId(), readingId);
    QVERIFY(list->viewport()->rect().contains(list->visualRect(list->currentIndex()).center()));
}

void TestMainWindowKeys::searchCountAndEmptyMessage()
{
    MainWindow *window = m_fixture.create();
    LibraryPane *pane = window->libraryPane();
    auto *empty = pane->listView()->viewport()->findChild<QLabel *>(u"emptyMessage"_s);
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    pane->searchField()->setText(u"zzqxjvnothing"_s);
    QTRY_VERIFY(window->articleModel()->isSearching());
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"zzqxjvnothing"_s), qPrintable(empty->text()));

    // As many hits as a search returns at most: the count says there may be more.
    QList<SearchHit> hits;
    ArticleSummary some;
    some.title = u"A title"_s;
    for (int i = 0; i < 200; ++i) {
        SearchHit hit;
        hit.article = some;
        hit.article.id = 100000 + i;
        hits.append(hit);
    }
    QVERIFY(ArticleSearch::isCapped(hits));
    emit pane->search()->resultsReady(u"zzqxjvnothing"_s, hits);
    QVERIFY(!empty->isVisible());
    bool found = false;
    for (QLabel *label : pane->findChildren<QLabel *>())
        found = found || label->text() == u"200+ results"_s;
    QVERIFY(found);
    hits.removeLast();
    emit pane->search()->resultsReady(u"zzqxjvnothing"_s, hits);
    found = false;
    for (QLabel *label : pane->findChildren<QLabel *>())
        found = found || label->text() == u"199 results"_s;
    QVERIFY(found);
}

void TestMainWindowKeys::shortcutsGroupedByMenu()
{
    MainWindow *window = m_fixture.create();
    // Menus show single keys as they are pressed.
    QAction *next = window->action(u"nextArticle"_s);
    QVERIFY(next->text().endsWith(u"\tj"_s));
    QVERIFY(window->action(u"toggleRead"_s)->text().endsWith(u"\tm"_s));

    QStringList rows;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTableWidget *table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            const bool heading = table->item(row, 0)->data(Qt::UserRole).toBool();
            rows.append((heading ? u"# "_s : QString()) + table->item(row, 0)->text()
                        + (heading ? QString() : u" = "_s + table->item(row, 1)->text()));
        }
        dialog->reject();
    });
    window->action(u"shortcuts"_s)->trigger();
    QVERIFY(!rows.isEmpty());
    const auto position = [&](const QString &row) { return rows.indexOf(row); };
    QVERIFY2(position(u"# Article"_s) >= 0, qPrintable(rows.join(u'|')));
    QVERIFY2(position(u"Next Article = j"_s) > position(u"# Article"_s), qPrintable(rows.join(u'|')));
    QVERIFY(position(u"# Help"_s) > position(u"Next Article = j"_s));
    QVERIFY(position(u"# View"_s) < position(u"# Article"_s));
    QVERIFY(position(u"Find = "_s + QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText))
            > position(u"# Edit"_s));
    QVERIFY(position(u"Find = "_s + QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText))
            < position(u"# View"_s));
    for (const QString &row : std::as_const(rows))
        QVERIFY2(!row.contains(u'&') && !row.contains(u'\t'), qPrintable(row));
}

QTEST_MAIN(TestMainWindowKeys)
#include "tst_mainwindowkeys.moc"
