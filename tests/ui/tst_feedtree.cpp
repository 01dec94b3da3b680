// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds in the real window (real WebEngine reader) with a feed served on 127.0.0.1: added
// through Feeds > Add Feed, its items and unread count appear in the tree while a timer on the
// UI thread keeps ticking; selecting it filters the list; a site with several feeds lets the
// user pick; errors stay in the dialog; unsubscribing keeps a starred article.

#include "mainwindowfixture.h"
#include "testhttpserver.h"

#include "addfeeddialog.h"
#include "articlelistmodel.h"
#include "feedcontextmenu.h"
#include "feedpane.h"
#include "feedscontroller.h"
#include "feeds/feedrefresher.h"
#include "feedtreemodel.h"
#include "librarypane.h"
#include "refreshprogress.h"
#include "store/articlestore.h"
#include "store/feedstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Kind = FeedTreeModel::Kind;

static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

namespace {
QByteArray rss(const QString &title, int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>"
        + title.toUtf8() + "</title><link>http://127.0.0.1/</link>";
    for (int i = 1; i <= items; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>" + title.toUtf8() + " story " + n
            + "</title><link>http://127.0.0.1/" + title.toUtf8().replace(' ', '-') + "/" + n
            + "</link><guid>" + title.toUtf8() + "-" + n
            + "</guid><pubDate>Mon, 30 Nov 2026 0" + n
            + ":00:00 +0000</pubDate><description>&lt;p&gt;The story number " + n
            + " of this feed, with a few words to read.&lt;/p&gt;</description></item>";
    }
    return xml + "</channel></rss>";
}

QByteArray ok(const QByteArray &type, const QByteArray &body)
{
    return TestHttpServer::response("200 OK", "Content-Type: " + type + "\r\n", body);
}

// Counts timer ticks on the UI thread and the longest gap between two of them.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_clock.isValid())
                m_longest = std::max(m_longest, m_clock.restart());
            else
                m_clock.start();
            ++m_ticks;
        });
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};
} // namespace

class TestFeedTree : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void cleanup() { m_fixture.close(); }
    void addFeedShowsItsItemsAndCount();
    void selectingTheFeedFiltersTheList();
    void siteWithSeveralFeedsLetsUserPick();
    void errorsStayInTheDialog();
    void unsubscribeKeepsStarred();
    void compactLibraryReportsTheSpaceSaved();

private:
    AddFeedDialog *openAddFeed(MainWindow *window);
    qint64 feedIdByUrl(const QUrl &url);
    qint64 addFeed(MainWindow *window, const QUrl &url);

    MainWindowFixture m_fixture;
    TestHttpServer m_server;
};

void TestFeedTree::initTestCase()
{
    QVERIFY(m_fixture.setUp());
    QVERIFY(m_server.isListening());
    m_server.answer("/news.xml", ok("application/rss+xml", rss(u"Loopback News"_s, 3)));
    m_server.answer("/other.xml", ok("application/rss+xml", rss(u"Other Wire"_s, 2)));
    m_server.answer("/atom.xml", ok("application/rss+xml", rss(u"Site Atom"_s, 1)));
    m_server.answer("/site/",
                    ok("text/html",
                       "<!doctype html><html><head><title>Site</title>"
                       "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Site News\" "
                       "href=\"/other.xml\">"
                       "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Site Atom\" "
                       "href=\"/atom.xml\"></head><body><p>Hello</p></body></html>"));
}

AddFeedDialog *TestFeedTree::openAddFeed(MainWindow *window)
{
    QAction *add = window->feedsController()->action(u"addFeed"_s);
    if (!add || add->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_N))
        return nullptr;
    add->trigger();
    return window->findChild<AddFeedDialog *>();
}

qint64 TestFeedTree::feedIdByUrl(const QUrl &url)
{
    const auto id = FeedStore(m_fixture.db()).findByUrl(url.toString());
    return id && *id ? **id : 0;
}

// Through the dialog; returns the feed's id once its items are in the tree.
qint64 TestFeedTree::addFeed(MainWindow *window, const QUrl &url)
{
    AddFeedDialog *dialog = openAddFeed(window);
    if (!dialog)
        return 0;
    dialog->urlField()->setText(url.toString());
    dialog->subscribeButton()->click();
    if (!QTest::qWaitFor([&] { return feedIdByUrl(url) > 0; }, 10000))
        return 0;
    return feedIdByUrl(url);
}

void TestFeedTree::addFeedShowsItsItemsAndCount()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700), true); // the sample feeds refresh too
    StallMeter meter;
    const int ticksBefore = meter.ticks();
    const QUrl url = m_server.url(u"/news.xml"_s);
    const qint64 id = addFeed(window, url);
    QVERIFY(id > 0);
    FeedTreeModel *model = window->feedPane()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(Kind::Feed, id).data(FeedTreeModel::CountRole).toInt()
                                 == 3,
                             15000);
    const QModelIndex node = model->indexOf(Kind::Feed, id);
    QCOMPARE(node.data().toString(), u"Loopback News"_s);
    QVERIFY(window->findChild<AddFeedDialog *>() == nullptr || !window->findChild<AddFeedDialog *>()->isVisible());
    // The window kept processing events while the feed was found, fetched and stored.
    QVERIFY(meter.ticks() > ticksBefore + 5);
    qInfo("UI thread: %d ticks, longest gap %lld ms", meter.ticks() - ticksBefore,
          meter.longestMs());
    QTRY_VERIFY(!window->refreshProgress()->isVisible());
    // The library's unread count includes the three new items.
    QVERIFY(model->indexOf(Kind::Unread).data(FeedTreeModel::CountRole).toInt() >= 3);
    // The sample library's feeds (served from resources) were refreshed at start.
    const QList<Feed> feeds = model->contents().feeds;
    QVERIFY(std::any_of(feeds.begin(), feeds.end(),
                        [id](const Feed &f) { return f.id != id && f.total > 0; }));
}

void TestFeedTree::selectingTheFeedFiltersTheList()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    const qint64 id = feedIdByUrl(m_server.url(u"/news.xml"_s));
    QVERIFY(id > 0); // added by the test before
    FeedPane *pane = window->feedPane();
    QTRY_VERIFY(pane->model()->indexOf(Kind::Feed, id).isValid());
    const int all = window->articleModel()->rowCount();
    QVERIFY(pane->select(Kind::Feed, id));
    ArticleListModel *list = window->articleModel();
    QCOMPARE(list->rowCount(), 3);
    QCOMPARE(list->filter().sourceId, id);
    QStringList titles;
    for (int row = 0; row < list->rowCount(); ++row)
        titles.append(list->article(list->idAt(row))->title);
    titles.sort();
    QCOMPARE(titles, QStringList({ u"Loopback News story 1"_s, u"Loopback News story 2"_s,
                                   u"Loopback News story 3"_s }));
    QCOMPARE(window->findChild<QLabel *>(u"scopeTitle"_s)->text(), u"Loopback News"_s);
    QVERIFY(pane->select(Kind::All));
    QCOMPARE(list->rowCount(), all);
    QVERIFY(pane->select(Kind::Unread));
    QVERIFY(list->filter().unreadOnly);
}

void TestFeedTree::siteWithSeveralFeedsLetsUserPick()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    AddFeedDialog *dialog = openAddFeed(window);
    QVERIFY(dialog);
    dialog->urlField()->setText(m_server.url(u"/site/"_s).toString());
    dialog->subscribeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->candidateList()->isVisible(), 10000);
    QCOMPARE(dialog->candidateList()->count(), 2);
    QVERIFY(dialog->errorLabel()->isHidden());
    QListWidgetItem *other = nullptr;
    for (int row = 0; row < dialog->candidateList()->count(); ++row) {
        if (dialog->candidateList()->item(row)->text().contains(u"Site News"_s))
            other = dialog->candidateList()->item(row);
    }
    QVERIFY(other);
    dialog->candidateList()->setCurrentItem(other);
    dialog->subscribeButton()->click();
    const QUrl url = m_server.url(u"/other.xml"_s);
    QTRY_VERIFY_WITH_TIMEOUT(feedIdByUrl(url) > 0, 10000);
    const qint64 id = feedIdByUrl(url);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->feedPane()->model()->indexOf(Kind::Feed, id).data(FeedTreeModel::CountRole).toInt()
            == 2,
        15000);
}

void TestFeedTree::errorsStayInTheDialog()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    AddFeedDialog *dialog = openAddFeed(window);
    QVERIFY(dialog);
    dialog->urlField()->setText(m_server.url(u"/missing.xml"_s).toString());
    dialog->subscribeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorLabel()->isHidden());
    QVERIFY(!dialog->errorLabel()->text().isEmpty());
    QVERIFY(!dialog->errorLabel()->text().contains(u'\n'));
    QVERIFY(QApplication::activeModalWidget() == nullptr
            || !qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    // Subscribing to a feed already followed says so, in the same place.
    dialog->urlField()->setText(m_server.url(u"/news.xml"_s).toString());
    dialog->subscribeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 10000);
    QCOMPARE(dialog->errorLabel()->text(), FeedStore::alreadySubscribedMessage());
    dialog->reject();
}

void TestFeedTree::unsubscribeKeepsStarred()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    const qint64 id = feedIdByUrl(m_server.url(u"/news.xml"_s));
    QVERIFY(id > 0);
    ArticleStore articles(m_fixture.db());
    ArticleFilter ofFeed;
    ofFeed.sourceId = id;
    const auto ids = articles.listIds(ofFeed, ArticleOrder::Published);
    QVERIFY(ids && ids->size() == 3);
    QVERIFY(articles.setStarred(ids->at(1), true));
    QTRY_VERIFY(window->feedPane()->model()->indexOf(Kind::Feed, id).isValid());

    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        QVERIFY(box->informativeText().contains(u"Starred"_s));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    window->feedsController()->contextMenu()->unsubscribe(id);
    QTRY_VERIFY_WITH_TIMEOUT(!window->feedPane()->model()->indexOf(Kind::Feed, id).isValid(), 10000);
    QVERIFY(!FeedStore(m_fixture.db()).get(id));
    const auto left = articles.listIds(ofFeed, ArticleOrder::Published);
    QVERIFY(left);
    QCOMPARE(*left, QList<qint64>({ ids->at(1) }));
    QVERIFY(articles.get(ids->at(1))->starred);
}

void TestFeedTree::compactLibraryReportsTheSpaceSaved()
{
    MainWindow *window = m_fixture.create(QSize(1024, 700));
    FeedsController *feeds = window->feedsController();
    QTRY_VERIFY_WITH_TIMEOUT(!feeds->refresher()->isRunning(), 15000);
    QAction *compact = feeds->action(u"compactLibrary"_s);
    QVERIFY(compact);
    QSignalSpy compacted(feeds, &FeedsController::compacted);
    compact->trigger();
    auto *progress = window->findChild<QProgressDialog *>(u"compactProgress"_s);
    QVERIFY(progress); // busy, modal, without Cancel
    QCOMPARE(progress->maximum(), 0);
    QVERIFY(compacted.wait(20000));
    QVERIFY(compacted.at(0).at(0).toLongLong() >= 0);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"saved"_s),
             qPrintable(window->statusBar()->currentMessage()));
    QTRY_VERIFY(!window->findChild<QProgressDialog *>(u"compactProgress"_s));
    QVERIFY(compact->isEnabled());
}

QTEST_MAIN(TestFeedTree)
#include "tst_feedtree.moc"
