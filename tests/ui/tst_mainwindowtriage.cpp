// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Triage in the real window (real WebEngine reader) on a fresh sample library each test: Delete
// and Undo, the list's context menu, Mark All as Read, View > Sort By, and articles another
// connection adds showing up without losing the selection.

#include "articlecontextmenu.h"
#include "articlelistmodel.h"
#include "library/library.h"
#include "librarycheck.h"
#include "librarypane.h"
#include "mainwindow.h"
#include "readerpane.h"
#include "schemehandler.h"
#include "settings.h"
#include "share/urlopener.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

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

Article makeArticle(const QString &url, const QString &title, const QDateTime &published)
{
    Article a;
    a.url = url;
    a.title = title;
    a.published = published;
    a.plainText = u"The text of "_s + title;
    a.contentHtml = u"<p>"_s + a.plainText + u"</p>"_s;
    return a;
}

// The "N articles" label above the list.
QString countText(LibraryPane *pane)
{
    static const QRegularExpression pattern(u"^\\d+ articles?$"_s);
    for (const QLabel *label : pane->findChildren<QLabel *>()) {
        if (pattern.match(label->text()).hasMatch())
            return label->text();
    }
    return {};
}

QAction *named(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}
} // namespace

class TestMainWindowTriage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deleteKeyAndUndo();
    void deleteKeyInSearchFieldEditsText();
    void deleteAndUndoFromTheReader();
    void undoBringsSearchHitBack();
    void contextMenuActions();
    void markAllReadUpdatesCount();
    void markAllReadAsksAboveHundred();
    void sortByAddedKeepsSelectionAndPersists();
    void noticesArticlesAddedElsewhere();

private:
    MainWindow *createWindow();
    void closeWindow();

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FakeUrlOpener m_opener;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowTriage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_config.isValid());
    QCoreApplication::setOrganizationName(u"Byline"_s);
    QCoreApplication::setApplicationName(u"Byline"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.filePath(u"config"_s));
}

void TestMainWindowTriage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Library::openOrCreate(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(*db);
}

void TestMainWindowTriage::cleanup()
{
    closeWindow();
    m_db.reset();
    m_dir.reset();
}

MainWindow *TestMainWindowTriage::createWindow()
{
    Settings().setRefreshAtStart(false); // the sample feeds' articles stay out of these tests
    m_window = std::make_unique<MainWindow>(*m_db, &m_opener);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("The window did not become active");
    const auto *check = m_window->findChild<LibraryCheck *>();
    if (!check || !QTest::qWaitFor([check] { return check->passed(); }, 10000))
        qWarning("The library check did not pass");
    return m_window.get();
}

void TestMainWindowTriage::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
}

void TestMainWindowTriage::deleteKeyAndUndo()
{
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    QListView *list = window->libraryPane()->listView();
    const int rows = model->rowCount();
    QVERIFY(rows > 4);
    list->selectionModel()->setCurrentIndex(model->index(2), QItemSelectionModel::ClearAndSelect);
    const qint64 gone = model->idAt(2);
    const qint64 next = model->idAt(3);
    QCOMPARE(window->currentArticleId(), gone);
    ArticleStore store(*m_db);
    QVERIFY(store.setStarred(gone, true).ok());
    const QDateTime readAt(QDate(2020, 1, 2), QTime(3, 4), Qt::UTC); // none other that hour
    QVERIFY(*ReadStore(*m_db).recordRead(gone, 40, readAt));
    const Article before = *store.get(gone);
    QVERIFY(window->action(u"undoDelete"_s));
    QVERIFY(!window->action(u"undoDelete"_s)->isEnabled());

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!store.get(gone).ok());
    QCOMPARE(model->rowCount(), rows - 1);
    QCOMPARE(model->rowOf(gone), -1);
    QCOMPARE(list->currentIndex().data(ArticleListModel::IdRole).toLongLong(), next);
    QCOMPARE(window->currentArticleId(), next);
    QCOMPARE(countText(window->libraryPane()), u"%1 articles"_s.arg(rows - 1));
    QVERIFY(window->action(u"undoDelete"_s)->isEnabled());

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    const auto back = store.get(gone);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->id, gone);
    QCOMPARE(back->created, before.created);
    QVERIFY(back->read);
    QVERIFY(back->starred);
    bool readKept = false;
    const QList<ReadRecord> reads = *ReadStore(*m_db).allReads();
    for (const ReadRecord &read : reads)
        readKept = readKept || (read.articleId == gone && read.at == readAt);
    QVERIFY(readKept);
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->idAt(2), gone);
    QCOMPARE(window->currentArticleId(), gone);
    QVERIFY(!window->action(u"undoDelete"_s)->isEnabled());
}

void TestMainWindowTriage::deleteKeyInSearchFieldEditsText()
{
    MainWindow *window = createWindow();
    const int rows = window->articleModel()->rowCount();
    QLineEdit *field = window->libraryPane()->searchField();
    field->setFocus();
    field->setText(u"abc"_s);
    field->setCursorPosition(0);
    QTest::keyClick(field, Qt::Key_Delete);
    QCOMPARE(field->text(), u"bc"_s);
    field->clear();
    QTRY_COMPARE(window->articleModel()->rowCount(), rows);
    QCOMPARE(*ArticleStore(*m_db).count({}), rows);
}

// Keys pressed while reading: the page (read-only) must not swallow Ctrl+Z as its own undo.
void TestMainWindowTriage::deleteAndUndoFromTheReader()
{
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    const qint64 gone = window->currentArticleId();
    QVERIFY(gone > 0);
    QWebEngineView *view = window->readerPane()->webView();
    QTRY_VERIFY_WITH_TIMEOUT(view->focusProxy(), 20000);
    view->setFocus();
    QTRY_VERIFY(view->focusProxy()->hasFocus());
    const int rows = model->rowCount();
    QTest::keyClick(view->focusProxy(), Qt::Key_Delete);
    QCOMPARE(model->rowCount(), rows - 1);
    QVERIFY(!ArticleStore(*m_db).get(gone).ok());
    view->setFocus();
    QTRY_VERIFY(view->focusProxy()->hasFocus());
    QTest::keyClick(view->focusProxy(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(ArticleStore(*m_db).get(gone).ok());
    QCOMPARE(model->rowCount(), rows);
}

void TestMainWindowTriage::undoBringsSearchHitBack()
{
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    QLineEdit *field = window->libraryPane()->searchField();
    field->setText(u"the"_s);
    QTRY_VERIFY(model->isSearching() && model->rowCount() > 2);
    const int hits = model->rowCount();
    const qint64 gone = model->idAt(1);
    QListView *list = window->libraryPane()->listView();
    list->selectionModel()->setCurrentIndex(model->index(1), QItemSelectionModel::ClearAndSelect);
    window->action(u"deleteArticle"_s)->trigger();
    QCOMPARE(model->rowCount(), hits - 1);
    QCOMPARE(model->rowOf(gone), -1);
    window->action(u"undoDelete"_s)->trigger();
    QVERIFY(model->isSearching());
    QCOMPARE(model->rowCount(), hits);
    QCOMPARE(model->idAt(1), gone);
    QCOMPARE(window->currentArticleId(), gone);
}

void TestMainWindowTriage::contextMenuActions()
{
    ArticleStore store(*m_db);
    Article noUrl = makeArticle(QString(), u"Pasted without a link"_s,
                                QDateTime::currentDateTimeUtc().addDays(1));
    const qint64 pasted = store.upsert(noUrl)->id;
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    auto *contextMenu = window->findChild<ArticleContextMenu *>();
    QVERIFY(contextMenu);
    QCOMPARE(model->idAt(0), pasted);
    QTRY_VERIFY(model->index(1).data(ArticleListModel::LoadedRole).toBool());

    // A right-click neither opens the row nor marks it read.
    QListView *list = window->libraryPane()->listView();
    const qint64 reading = window->currentArticleId();
    const QPoint onRow = list->visualRect(model->index(3)).center();
    QTest::mouseClick(list->viewport(), Qt::RightButton, {}, onRow);
    QCOMPARE(window->currentArticleId(), reading);
    QCOMPARE(list->currentIndex().data(ArticleListModel::IdRole).toLongLong(), reading);

    const qint64 linked = model->idAt(1);
    const QString url = model->index(1).data(ArticleListModel::UrlRole).toString();
    QVERIFY(!url.isEmpty());
    QMenu *menu = contextMenu->createMenu(model->index(1));
    QVERIFY(menu);
    QStringList names;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    QCOMPARE(names,
             (QStringList { u"open"_s, u"openOriginal"_s, u"copyLink"_s, u"toggleRead"_s,
                            u"toggleStar"_s, u"delete"_s }));
    for (QAction *action : menu->actions())
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    named(menu, u"openOriginal"_s)->trigger();
    QCOMPARE(m_opener.opened.value(0), QUrl(url));
    const bool starred = store.get(linked)->starred;
    named(menu, u"toggleStar"_s)->trigger();
    QCOMPARE(store.get(linked)->starred, !starred);
    named(menu, u"open"_s)->trigger();
    QCOMPARE(window->currentArticleId(), linked);
    delete menu;

    QMenu *without = contextMenu->createMenu(model->index(0));
    QVERIFY(!named(without, u"openOriginal"_s)->isEnabled());
    QVERIFY(!named(without, u"copyLink"_s)->isEnabled());
    QVERIFY(named(without, u"open"_s)->isEnabled());
    QVERIFY(named(without, u"delete"_s)->isEnabled());
    named(without, u"delete"_s)->trigger();
    QVERIFY(!store.get(pasted).ok());
    QCOMPARE(model->rowOf(pasted), -1);
    delete without;
    QVERIFY(!contextMenu->createMenu(QModelIndex()));
}

void TestMainWindowTriage::markAllReadUpdatesCount()
{
    MainWindow *window = createWindow();
    LibraryPane *pane = window->libraryPane();
    ArticleStore store(*m_db);
    const int total = *store.count({});
    pane->setStateFilter(LibraryPane::Unread);
    const int unread = window->articleModel()->rowCount();
    QVERIFY(unread > 2);
    QCOMPARE(countText(pane), u"%1 articles"_s.arg(unread));

    QAction *markAll = window->findChild<QAction *>(u"markAllRead"_s);
    markAll->trigger();
    // The UPDATE runs on a worker thread: back in the event loop at once, the action off
    // until the work is done.
    QVERIFY(!markAll->isEnabled());
    QTRY_VERIFY(markAll->isEnabled());
    QCOMPARE(*store.count({ 0, QString(), true, false }), 0);
    QTRY_COMPARE(window->articleModel()->rowCount(), 0);
    QCOMPARE(countText(pane), u"0 articles"_s);
    pane->setStateFilter(LibraryPane::All);
    QCOMPARE(window->articleModel()->rowCount(), total); // nothing else changed
}

void TestMainWindowTriage::markAllReadAsksAboveHundred()
{
    ArticleStore store(*m_db);
    QList<Article> many;
    for (int i = 0; i < 120; ++i)
        many.append(makeArticle(u"https://many.example/%1"_s.arg(i), u"Many %1"_s.arg(i),
                                QDateTime::currentDateTimeUtc().addSecs(-i)));
    QVERIFY(store.insertBulk(many).ok());
    MainWindow *window = createWindow();
    window->libraryPane()->setStateFilter(LibraryPane::Unread);
    const int unread = window->articleModel()->rowCount();
    QVERIFY(unread > 100);

    window->findChild<QAction *>(u"markAllRead"_s)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"markAllReadQuestion"_s)));
    QVERIFY(box->text().contains(QString::number(unread)));
    QCOMPARE(window->articleModel()->rowCount(), unread); // nothing yet
    QPushButton *yes = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            yes = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(yes);
    yes->click();
    QAction *markAll = window->findChild<QAction *>(u"markAllRead"_s);
    QVERIFY(!markAll->isEnabled()); // working on the worker thread
    QTRY_COMPARE(window->articleModel()->rowCount(), 0);
    QVERIFY(markAll->isEnabled());
    QCOMPARE(*store.count({ 0, QString(), true, false }), 0);
}

void TestMainWindowTriage::sortByAddedKeepsSelectionAndPersists()
{
    ArticleStore store(*m_db);
    // An import of an old article: published long ago, added now.
    const qint64 old = store
                           .upsert(makeArticle(u"https://old.example/1"_s, u"From the archive"_s,
                                               QDateTime(QDate(2001, 5, 1), QTime(9, 0), Qt::UTC)))
                           ->id;
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    QCOMPARE(model->rowOf(old), model->rowCount() - 1);
    QListView *list = window->libraryPane()->listView();
    list->selectionModel()->setCurrentIndex(model->index(3), QItemSelectionModel::ClearAndSelect);
    const qint64 selected = model->idAt(3);
    auto *added = window->findChild<QAction *>(u"sortByAdded"_s);
    auto *published = window->findChild<QAction *>(u"sortByPublished"_s);
    QVERIFY(added && published);
    QVERIFY(published->isChecked());
    added->trigger();
    QVERIFY(added->isChecked());
    QVERIFY(!published->isChecked());
    QCOMPARE(model->idAt(0), old);
    QCOMPARE(list->currentIndex().data(ArticleListModel::IdRole).toLongLong(), selected);
    QCOMPARE(window->currentArticleId(), selected);
    QCOMPARE(Settings().articleOrder(), ArticleOrder::Added);

    closeWindow();
    window = createWindow();
    QVERIFY(window->findChild<QAction *>(u"sortByAdded"_s)->isChecked());
    QCOMPARE(window->articleModel()->idAt(0), old);
    window->findChild<QAction *>(u"sortByPublished"_s)->trigger();
    QCOMPARE(window->articleModel()->rowOf(old), window->articleModel()->rowCount() - 1);
}

void TestMainWindowTriage::noticesArticlesAddedElsewhere()
{
    MainWindow *window = createWindow();
    ArticleListModel *model = window->articleModel();
    QListView *list = window->libraryPane()->listView();
    list->selectionModel()->setCurrentIndex(model->index(2), QItemSelectionModel::ClearAndSelect);
    const qint64 selected = model->idAt(2);
    const int rows = model->rowCount();

    // Another connection (as the command line or another Byline has) adds an article.
    auto other = Database::open(m_db->path());
    QVERIFY2(other.ok(), qPrintable(other.error()));
    const auto added = ArticleStore(**other).upsert(
        makeArticle(u"https://elsewhere.example/1"_s, u"Added elsewhere"_s,
                    QDateTime::currentDateTimeUtc().addDays(1)));
    QVERIFY(added.ok());

    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), rows + 1, 10000);
    QCOMPARE(model->idAt(0), added->id);
    QCOMPARE(countText(window->libraryPane()), u"%1 articles"_s.arg(rows + 1));
    QCOMPARE(list->currentIndex().data(ArticleListModel::IdRole).toLongLong(), selected);
    QCOMPARE(window->currentArticleId(), selected);
}

QTEST_MAIN(TestMainWindowTriage)
#include "tst_mainwindowtriage.moc"
