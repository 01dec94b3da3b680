// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The feed tree's model: the three views first, folders nested with their feeds' unread counts
// summed, errors and gone feeds in icon and tooltip, a reload with the same nodes updating in
// place (no reset, so the selection stays), and the filter each node stands for.

#include "feedicons.h"
#include "feedtreemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = FeedTreeModel::Kind;

namespace {
Feed feed(qint64 id, const QString &title, qint64 folder, int unread)
{
    Feed f;
    f.id = id;
    f.title = title;
    f.url = u"http://127.0.0.1/"_s + title;
    f.folderId = folder;
    f.unread = unread;
    f.total = unread + 2;
    return f;
}

FeedTreeContents sample()
{
    FeedTreeContents c;
    c.folders = { { 10, u"News"_s, 0 }, { 11, u"World"_s, 10 } };
    c.feeds = { feed(1, u"zeta"_s, 0, 1), feed(2, u"Alpha"_s, 10, 3), feed(3, u"Beta"_s, 11, 4) };
    c.unread = 8;
    c.starred = 2;
    return c;
}
} // namespace

class TestFeedTreeModel : public QObject {
    Q_OBJECT

private slots:
    void viewsFoldersAndFeeds();
    void errorsAndGoneShow();
    void sameNodesUpdateInPlace();
    void changedNodesReset();
    void filterOfEachNode();
};

void TestFeedTreeModel::viewsFoldersAndFeeds()
{
    FeedTreeModel model;
    model.setContents(sample());
    QCOMPARE(model.rowCount(), 5); // All, Unread, Starred, News, zeta
    QCOMPARE(Kind(model.index(0, 0).data(FeedTreeModel::KindRole).toInt()), Kind::All);
    QCOMPARE(model.index(1, 0).data(FeedTreeModel::CountRole).toInt(), 8);
    QCOMPARE(model.index(2, 0).data(FeedTreeModel::CountRole).toInt(), 2);
    const QModelIndex news = model.index(3, 0);
    QCOMPARE(news.data().toString(), u"News"_s);
    QCOMPARE(news.data(FeedTreeModel::CountRole).toInt(), 7); // Alpha 3 + World's Beta 4
    QCOMPARE(model.rowCount(news), 2); // the folder World before the feed Alpha
    const QModelIndex world = model.index(0, 0, news);
    QCOMPARE(world.data().toString(), u"World"_s);
    QCOMPARE(world.data(FeedTreeModel::CountRole).toInt(), 4);
    QCOMPARE(model.index(1, 0, news).data().toString(), u"Alpha"_s);
    QCOMPARE(model.parent(model.index(0, 0, world)), world);
    QCOMPARE(model.index(4, 0).data().toString(), u"zeta"_s);
    QCOMPARE(model.indexOf(Kind::Feed, 3), model.index(0, 0, world));
    QVERIFY(!model.indexOf(Kind::Feed, 99).isValid());
}

void TestFeedTreeModel::errorsAndGoneShow()
{
    FeedTreeContents c = sample();
    c.feeds[0].lastError = u"The server answered 404 Not Found."_s;
    c.feeds[1].gone = true;
    FeedTreeModel model;
    model.setContents(c);
    const QModelIndex failing = model.indexOf(Kind::Feed, 1);
    QVERIFY(failing.data(Qt::ToolTipRole).toString().contains(u"404 Not Found"_s));
    QCOMPARE(failing.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
             FeedIcons::error().cacheKey());
    const QModelIndex gone = model.indexOf(Kind::Feed, 2);
    QVERIFY(gone.data(FeedTreeModel::GoneRole).toBool());
    QVERIFY(gone.data(Qt::ToolTipRole).toString().contains(u"gone"_s));
    QCOMPARE(model.indexOf(Kind::Feed, 3).data(Qt::DecorationRole).value<QIcon>().cacheKey(),
             FeedIcons::feed().cacheKey()); // no favicon: the default icon
}

void TestFeedTreeModel::sameNodesUpdateInPlace()
{
    FeedTreeModel model;
    model.setContents(sample());
    const QPersistentModelIndex beta = model.indexOf(Kind::Feed, 3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    FeedTreeContents c = sample();
    c.feeds[2].unread = 9;
    c.feeds[2].lastError = u"timeout"_s;
    model.setContents(c);
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() >= 3); // the feed, World and News
    QVERIFY(beta.isValid());
    QCOMPARE(beta.data(FeedTreeModel::CountRole).toInt(), 9);
    QCOMPARE(model.indexOf(Kind::Folder, 10).data(FeedTreeModel::CountRole).toInt(), 12);
    QCOMPARE(beta.data(FeedTreeModel::ErrorRole).toString(), u"timeout"_s);
}

void TestFeedTreeModel::changedNodesReset()
{
    FeedTreeModel model;
    model.setContents(sample());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    FeedTreeContents c = sample();
    c.feeds.append(feed(4, u"Gamma"_s, 0, 0));
    model.setContents(c);
    QCOMPARE(resets.size(), 1);
    QVERIFY(model.indexOf(Kind::Feed, 4).isValid());
    QCOMPARE(model.feed(4)->title, u"Gamma"_s);
}

void TestFeedTreeModel::filterOfEachNode()
{
    FeedTreeModel model;
    model.setContents(sample());
    QVERIFY(FeedTreeModel::filterOf(model.indexOf(Kind::Unread)).unreadOnly);
    QVERIFY(FeedTreeModel::filterOf(model.indexOf(Kind::Starred)).starredOnly);
    const ArticleFilter all = FeedTreeModel::filterOf(model.indexOf(Kind::All));
    QVERIFY(!all.unreadOnly && !all.starredOnly && all.sourceId == 0 && all.folderId == 0);
    QCOMPARE(FeedTreeModel::filterOf(model.indexOf(Kind::Feed, 2)).sourceId, 2);
    QCOMPARE(FeedTreeModel::filterOf(model.indexOf(Kind::Folder, 11)).folderId, 11);
}

QTEST_MAIN(TestFeedTreeModel)
#include "tst_feedtreemodel.moc"
