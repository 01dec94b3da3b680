// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "store/syncstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void accounts();
    void mappings();
    void localChangesAreQueued();
    void unmappedArticlesAreNotQueued();
    void queueSurvivesReopening();
    void unsubscribeIsQueued();
    void serverFlagsApplyUnlessAChangeIsQueued();

private:
    void reopen();
    qint64 addArticle(const QString &key); // a feed article, linked to remote id 1000 + n
    int scalar(const QString &sql) const;
    QStringList queuedKinds() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;
    qint64 m_feed = 0;
};

void TestSyncStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    reopen();
    const auto account = SyncStore(*m_db).addAccount(u"ttrss"_s, u"http://127.0.0.1:8181/"_s,
                                                     u"admin"_s);
    QVERIFY2(account.ok(), qPrintable(account.error()));
    m_account = *account;
    const auto feed = FeedStore(*m_db).subscribe(u"http://0.0.0.0/a.xml"_s, u"A"_s);
    QVERIFY2(feed.ok(), qPrintable(feed.error()));
    m_feed = *feed;
    QVERIFY(SyncStore(*m_db).linkFeed(m_feed, m_account, 7).ok());
}

void TestSyncStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSyncStore::reopen()
{
    m_db.reset();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

qint64 TestSyncStore::addArticle(const QString &key)
{
    FeedEntry entry;
    entry.key = key;
    entry.article.url = u"https://news.example/"_s + key;
    entry.article.title = key;
    FeedRefreshState state;
    state.at = QDateTime::currentDateTimeUtc();
    const auto outcome = FeedStore(*m_db).storeItems(m_feed, { entry }, state);
    if (!outcome.ok() || outcome->addedIds.size() != 1)
        return -1;
    const qint64 id = outcome->addedIds.first();
    if (!SyncStore(*m_db).linkArticle(id, m_account, 1000 + id).ok())
        return -1;
    return id;
}

int TestSyncStore::scalar(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList TestSyncStore::queuedKinds() const
{
    QStringList kinds;
    const auto changes = SyncStore(*m_db).pending(m_account);
    if (changes.ok()) {
        for (const SyncChange &change : *changes)
            kinds.append(change.kind);
    }
    return kinds;
}

void TestSyncStore::accounts()
{
    SyncStore store(*m_db);
    QVERIFY(!store.addAccount(u"ttrss"_s, u"http://127.0.0.1:8181/"_s, u"admin"_s).ok());
    QVERIFY(!store.addAccount(u"feedly"_s, u"https://x.example/"_s, u"me"_s).ok());
    const auto list = store.accounts();
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().user, u"admin"_s);
    QVERIFY(!list->first().lastSync.isValid());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    QVERIFY(store.recordSync(m_account, at, u"Server down."_s, 42).ok());
    QVERIFY(store.recordSync(m_account, at, QString(), 10).ok()); // since_id never goes back
    const auto account = store.account(m_account);
    QVERIFY(account.ok());
    QCOMPARE(account->lastSync, at);
    QCOMPARE(account->lastError, QString());
    QCOMPARE(account->sinceId, 42);
    QVERIFY(!store.account(m_account + 1).ok());
}

void TestSyncStore::mappings()
{
    SyncStore store(*m_db);
    QCOMPARE(*store.feedForRemote(m_account, 7), m_feed);
    QCOMPARE(*store.feedForRemote(m_account, 8), 0);
    const auto folder = FeedStore(*m_db).ensureFolder(u"News"_s);
    QVERIFY(folder.ok());
    QVERIFY(store.linkFolder(*folder, m_account, 3).ok());
    QCOMPARE(*store.folderForRemote(m_account, 3), *folder);
    const qint64 article = addArticle(u"one"_s);
    QVERIFY(article > 0);
    QCOMPARE(*store.articleForRemote(m_account, 1000 + article), article);
    // Deleting the local rows takes their mappings.
    QVERIFY(ArticleStore(*m_db).remove(article).ok());
    QCOMPARE(*store.articleForRemote(m_account, 1000 + article), 0);
}

void TestSyncStore::localChangesAreQueued()
{
    const qint64 article = addArticle(u"one"_s);
    QVERIFY(article > 0);
    ArticleStore articles(*m_db);
    QVERIFY(articles.setRead(article, true).ok());
    QVERIFY(articles.setRead(article, true).ok()); // no change: nothing queued
    QVERIFY(articles.setStarred(article, true).ok());
    QVERIFY(articles.setRead(article, false).ok());
    QVERIFY(articles.setStarred(article, false).ok());
    QCOMPARE(queuedKinds(), (QStringList { u"read"_s, u"star"_s, u"unread"_s, u"unstar"_s }));
    const auto changes = SyncStore(*m_db).pending(m_account);
    QCOMPARE(changes->first().remoteId, 1000 + article);
    QCOMPARE(changes->first().articleId, article);
    QVERIFY(qAbs(changes->first().at.msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);
    QVERIFY(SyncStore(*m_db).confirm(changes->first().id).ok());
    QCOMPARE(queuedKinds(), (QStringList { u"star"_s, u"unread"_s, u"unstar"_s }));
}

void TestSyncStore::unmappedArticlesAreNotQueued()
{
    const qint64 article = addArticle(u"one"_s);
    QVERIFY(article > 0);
    QSqlQuery unlink(m_db->connection());
    QVERIFY(unlink.exec(u"DELETE FROM remote_articles"_s));
    QVERIFY(ArticleStore(*m_db).setRead(article, true).ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_queue"_s), 0);
}

void TestSyncStore::queueSurvivesReopening()
{
    const qint64 article = addArticle(u"one"_s);
    QVERIFY(article > 0);
    QVERIFY(ArticleStore(*m_db).setStarred(article, true).ok());
    reopen();
    QCOMPARE(queuedKinds(), QStringList { u"star"_s });
}

void TestSyncStore::unsubscribeIsQueued()
{
    QVERIFY(FeedStore(*m_db).unsubscribe(m_feed).ok());
    const auto changes = SyncStore(*m_db).pending(m_account);
    QVERIFY(changes.ok());
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first().kind, u"unsubscribe"_s);
    QCOMPARE(changes->first().remoteId, 7);
    QVERIFY(SyncStore(*m_db).enqueueSubscribe(m_account, u" http://0.0.0.0/b.xml "_s, 3).ok());
    const auto after = SyncStore(*m_db).pending(m_account);
    QCOMPARE(after->last().kind, u"subscribe"_s);
    QCOMPARE(after->last().feedUrl, u"http://0.0.0.0/b.xml"_s);
    QCOMPARE(after->last().remoteFolder, 3);
}

void TestSyncStore::serverFlagsApplyUnlessAChangeIsQueued()
{
    const qint64 a = addArticle(u"a"_s);
    const qint64 b = addArticle(u"b"_s);
    QVERIFY(a > 0 && b > 0);
    QVERIFY(ArticleStore(*m_db).setStarred(b, true).ok()); // queued, not yet sent
    const QList<RemoteFlags> flags = { { 1000 + a, true, true }, { 1000 + b, true, false },
                                       { 99999, true, true } };
    const auto changed = SyncStore(*m_db).applyServerFlags(m_account, flags);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QCOMPARE(*changed, 1);
    const auto first = ArticleStore(*m_db).get(a);
    QVERIFY(first.ok());
    QVERIFY(first->read);
    QVERIFY(first->starred);
    const auto second = ArticleStore(*m_db).get(b);
    QVERIFY(!second->read); // the local, queued change is newer: b kept as it is
    QVERIFY(second->starred);
    // The server's state made no queue rows; the local change is still there.
    QCOMPARE(queuedKinds(), QStringList { u"star"_s });
    // Applying the same again changes nothing.
    QCOMPARE(*SyncStore(*m_db).applyServerFlags(m_account, flags), 0);
}

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
