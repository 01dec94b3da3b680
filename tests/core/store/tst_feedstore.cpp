// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "store/sourcestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFeedStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void subscribeCreatesAFeed();
    void subscribingTwiceIsRefused();
    void refreshingTwiceAddsNothing();
    void changedItemUpdatesInPlace();
    void changedItemKeepsExtractedFullText();
    void itemsInChunksLandAllOrNothing();
    void itemWithoutDateKeepsFirstSeen();
    void itemThatLeavesTheFeedStays();
    void deletedItemStaysDeleted();
    void articleAlreadyInLibraryIsLinked();
    void retentionByCountSparesStarred();
    void retentionByDays();
    void recordRefreshKeepsValidators();
    void permanentRedirect();
    void unsubscribeKeepsStarred();
    void listOrderAndCounts();
    void settingsAndFavicon();
    void folders();
    void removeFolderMovesFeedsUp();
    void articleFilterByFolder();

private:
    qint64 subscribe(const QString &url, qint64 folder = 0);
    static FeedEntry entry(const QString &key, const QString &title, int day = 1);
    static FeedRefreshState ok();
    FeedStoreOutcome store(qint64 feed, const QList<FeedEntry> &entries);
    int scalar(const QString &sql) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFeedStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestFeedStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestFeedStore::subscribe(const QString &url, qint64 folder)
{
    const auto id = FeedStore(*m_db).subscribe(url, u"Feed at "_s + url, folder);
    if (!id.ok())
        qWarning("%s", qPrintable(id.error()));
    return id.ok() ? *id : -1;
}

FeedEntry TestFeedStore::entry(const QString &key, const QString &title, int day)
{
    FeedEntry e;
    e.key = key;
    e.article.url = u"https://news.example/"_s + key;
    e.article.title = title;
    e.article.summary = u"<p>About "_s + title + u"</p>"_s;
    e.article.plainText = u"About "_s + title;
    if (day > 0)
        e.article.published = QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC);
    return e;
}

FeedRefreshState TestFeedStore::ok()
{
    FeedRefreshState state;
    state.at = QDateTime::currentDateTimeUtc();
    return state;
}

FeedStoreOutcome TestFeedStore::store(qint64 feed, const QList<FeedEntry> &entries)
{
    const auto outcome = FeedStore(*m_db).storeItems(feed, entries, ok());
    if (!outcome.ok()) {
        qWarning("%s", qPrintable(outcome.error()));
        return { -1, -1, -1, {} };
    }
    return *outcome;
}

int TestFeedStore::scalar(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestFeedStore::subscribeCreatesAFeed()
{
    const qint64 id = subscribe(u"https://news.example/feed.xml"_s);
    QVERIFY(id > 0);
    const auto feed = FeedStore(*m_db).get(id);
    QVERIFY2(feed.ok(), qPrintable(feed.error()));
    QCOMPARE(feed->url, u"https://news.example/feed.xml"_s);
    QCOMPARE(feed->title, u"Feed at https://news.example/feed.xml"_s);
    QCOMPARE(feed->folderId, 0);
    QVERIFY(!feed->lastRefresh.isValid());
    QCOMPARE(feed->unread, 0);
    const auto source = SourceStore(*m_db).get(id);
    QVERIFY(source.ok());
    QCOMPARE(source->kind, Source::Kind::Feed);
    QVERIFY(!FeedStore(*m_db).get(id + 100).ok());
    QVERIFY(!FeedStore(*m_db).subscribe(u"  "_s).ok());
}

void TestFeedStore::subscribingTwiceIsRefused()
{
    const qint64 id = subscribe(u"https://news.example/feed.xml"_s);
    const auto again = FeedStore(*m_db).subscribe(u" https://news.example/feed.xml "_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), FeedStore::alreadySubscribedMessage());
    const auto found = FeedStore(*m_db).findByUrl(u"https://news.example/feed.xml"_s);
    QVERIFY(found.ok());
    QCOMPARE(found->value_or(0), id);
    QVERIFY(!FeedStore(*m_db).findByUrl(u"https://other.example/"_s)->has_value());
    QCOMPARE(FeedStore(*m_db).list()->size(), 1);
}

void TestFeedStore::refreshingTwiceAddsNothing()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    const QList<FeedEntry> items = { entry(u"a"_s, u"Alpha"_s, 1), entry(u"b"_s, u"Beta"_s, 2),
                                     entry(u"c"_s, u"Gamma"_s, 3) };
    const FeedStoreOutcome first = store(feed, items);
    QCOMPARE(first.added, 3);
    QCOMPARE(first.addedIds.size(), 3);
    QCOMPARE(first.unchanged, 0);
    const FeedStoreOutcome second = store(feed, items);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, 3);
    QCOMPARE(*ArticleStore(*m_db).count({}), 3);
    const auto got = FeedStore(*m_db).get(feed);
    QCOMPARE(got->unread, 3);
    QCOMPARE(got->total, 3);
    QVERIFY(got->lastRefresh.isValid());
    QCOMPARE(ArticleStore(*m_db).get(first.addedIds.first())->sourceId, feed);
}

void TestFeedStore::changedItemUpdatesInPlace()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    const FeedStoreOutcome first = store(feed, { entry(u"a"_s, u"Alpha"_s) });
    const qint64 id = first.addedIds.value(0);
    ArticleStore articles(*m_db);
    QVERIFY(articles.setRead(id, true).ok());
    QVERIFY(articles.setStarred(id, true).ok());
    const QDateTime created = articles.get(id)->created;

    FeedEntry changed = entry(u"a"_s, u"Alpha, corrected"_s);
    changed.article.contentHtml = u"<p>Now with more.</p>"_s;
    const FeedStoreOutcome second = store(feed, { changed });
    QCOMPARE(second.updated, 1);
    QCOMPARE(second.added, 0);
    const auto article = articles.get(id);
    QVERIFY(article.ok());
    QCOMPARE(article->title, u"Alpha, corrected"_s);
    QCOMPARE(article->contentHtml, u"<p>Now with more.</p>"_s);
    QVERIFY(article->read);
    QVERIFY(article->starred);
    QCOMPARE(article->created, created);
    QCOMPARE(*articles.count({}), 1);
    QCOMPARE(articles.search(u"corrected"_s)->size(), 1); // the search index follows
}

void TestFeedStore::changedItemKeepsExtractedFullText()
{
    const qint64 feed = subscribe(u"https://news.example/full.xml"_s);
    QVERIFY(FeedStore(*m_db).setSettings(feed, 0, 0, 0, true).ok());
    FeedEntry item = entry(u"a"_s, u"Harbour plans"_s);
    item.article.contentHtml = u"<p>About Harbour plans</p>"_s;
    item.article.wordCount = 3;
    QCOMPARE(store(feed, { item }).added, 1);
    // The item's page, extracted after the refresh (FeedRefreshWorker::storeFullArticle).
    QSqlQuery full(m_db->connection());
    QVERIFY(full.exec(u"UPDATE articles SET content_html = '<p>The whole story</p>', "
                      "plain_text = 'The whole story, long', word_count = 400"_s));
    item.article.title = u"Harbour plans approved"_s;
    item.article.summary = u"<p>Approved</p>"_s;
    item.article.published = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QCOMPARE(store(feed, { item }).updated, 1);
    const auto article = ArticleStore(*m_db).get(scalar(u"SELECT id FROM articles"_s));
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(article->title, u"Harbour plans approved"_s);
    QCOMPARE(article->summary, u"<p>Approved</p>"_s);
    QCOMPARE(article->published, item.article.published);
    QCOMPARE(article->wordCount, 400);
    QCOMPARE(article->plainText, u"The whole story, long"_s);
    QVERIFY(article->contentHtml.contains(u"The whole story"_s));

    // Without "Fetch full articles" the item's content replaces the body, as before.
    QVERIFY(FeedStore(*m_db).setSettings(feed, 0, 0, 0, false).ok());
    item.article.title = u"Harbour plans shelved"_s;
    QCOMPARE(store(feed, { item }).updated, 1);
    QCOMPARE(scalar(u"SELECT word_count FROM articles"_s), 3);
}

void TestFeedStore::itemsInChunksLandAllOrNothing()
{
    const qint64 feed = subscribe(u"https://news.example/chunks.xml"_s);
    {
        FeedStore store(*m_db);
        QVERIFY(store.beginItems(feed).ok());
        QVERIFY(store.addItems({ entry(u"a"_s, u"A"_s), entry(u"b"_s, u"B"_s) }).ok());
        QVERIFY(store.addItems({ entry(u"c"_s, u"C"_s) }).ok());
        store.abortItems(); // cancelled between chunks
        QVERIFY(!store.itemsBegun());
        QVERIFY(!store.finishItems(ok()).ok());
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM articles"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM feed_items"_s), 0);
    {
        FeedStore store(*m_db);
        QVERIFY(store.beginItems(feed).ok());
        QVERIFY(store.addItems({ entry(u"a"_s, u"A"_s) }).ok());
        // Destroyed with the session open: rolled back too.
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM articles"_s), 0);
    FeedStore store(*m_db);
    QVERIFY(store.beginItems(feed).ok());
    QVERIFY(store.addItems({ entry(u"a"_s, u"A"_s), entry(u"b"_s, u"B"_s) }).ok());
    QVERIFY(store.addItems({ entry(u"c"_s, u"C"_s), entry(u"a"_s, u"A"_s) }).ok());
    const auto outcome = store.finishItems(ok());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(outcome->added, 3);
    QCOMPARE(outcome->unchanged, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM articles"_s), 3);
    QVERIFY(!store.itemsBegun());
}

void TestFeedStore::itemWithoutDateKeepsFirstSeen()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    const FeedStoreOutcome first = store(feed, { entry(u"undated"_s, u"Undated"_s, 0) });
    const qint64 id = first.addedIds.value(0);
    const QDateTime seen = ArticleStore(*m_db).get(id)->published;
    QVERIFY(seen.isValid());
    QTest::qWait(5);
    FeedEntry changed = entry(u"undated"_s, u"Undated, changed"_s, 0);
    QCOMPARE(store(feed, { changed }).updated, 1);
    QCOMPARE(ArticleStore(*m_db).get(id)->published, seen);
    QCOMPARE(ArticleStore(*m_db).get(id)->title, u"Undated, changed"_s);
}

void TestFeedStore::itemThatLeavesTheFeedStays()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    store(feed, { entry(u"a"_s, u"Alpha"_s), entry(u"b"_s, u"Beta"_s) });
    const FeedStoreOutcome later = store(feed, { entry(u"b"_s, u"Beta"_s), entry(u"c"_s, u"C"_s) });
    QCOMPARE(later.added, 1);
    QCOMPARE(later.unchanged, 1);
    QCOMPARE(*ArticleStore(*m_db).count({}), 3);
}

void TestFeedStore::deletedItemStaysDeleted()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    const FeedStoreOutcome first = store(feed, { entry(u"a"_s, u"Alpha"_s) });
    QVERIFY(ArticleStore(*m_db).remove(first.addedIds.value(0)).ok());
    const FeedStoreOutcome second = store(feed, { entry(u"a"_s, u"Alpha"_s) });
    QCOMPARE(second.added, 0);
    QCOMPARE(*ArticleStore(*m_db).count({}), 0);
}

void TestFeedStore::articleAlreadyInLibraryIsLinked()
{
    Article saved;
    saved.url = u"https://news.example/a?utm_source=feed"_s;
    saved.title = u"Saved by hand"_s;
    const auto existing = ArticleStore(*m_db).upsert(saved);
    QVERIFY(existing.ok());
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    const FeedStoreOutcome outcome = store(feed, { entry(u"a"_s, u"Alpha"_s) });
    QCOMPARE(outcome.added, 0);
    QCOMPARE(*ArticleStore(*m_db).count({}), 1);
    QCOMPARE(ArticleStore(*m_db).get(existing->id)->title, u"Saved by hand"_s);
    QCOMPARE(scalar(u"SELECT article_id FROM feed_items"_s), int(existing->id));
}

void TestFeedStore::retentionByCountSparesStarred()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    const FeedStoreOutcome first
        = store(feed, { entry(u"a"_s, u"A"_s, 1), entry(u"b"_s, u"B"_s, 2) });
    QVERIFY(ArticleStore(*m_db).setStarred(first.addedIds.value(0), true).ok()); // the oldest
    QVERIFY(FeedStore(*m_db).setSettings(feed, 0, 0, 2, false).ok());
    const FeedStoreOutcome second
        = store(feed, { entry(u"c"_s, u"C"_s, 3), entry(u"d"_s, u"D"_s, 4) });
    QCOMPARE(second.added, 2);
    // The 2 newest non-starred (D, C) and the starred A stay; B goes.
    QCOMPARE(*ArticleStore(*m_db).count({}), 3);
    QVERIFY(ArticleStore(*m_db).get(first.addedIds.value(0)).ok());
    QVERIFY(!ArticleStore(*m_db).get(first.addedIds.value(1)).ok());
    // B does not come back while the feed still carries it.
    const FeedStoreOutcome third = store(feed, { entry(u"b"_s, u"B"_s, 2) });
    QCOMPARE(third.added, 0);
    QCOMPARE(*ArticleStore(*m_db).count({}), 3);
}

void TestFeedStore::retentionByDays()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    QVERIFY(FeedStore(*m_db).setSettings(feed, 0, 30, 0, false).ok());
    FeedEntry old = entry(u"old"_s, u"Old"_s);
    old.article.published = QDateTime::currentDateTimeUtc().addDays(-40);
    FeedEntry fresh = entry(u"fresh"_s, u"Fresh"_s);
    fresh.article.published = QDateTime::currentDateTimeUtc().addDays(-1);
    const FeedStoreOutcome outcome = store(feed, { old, fresh });
    QCOMPARE(outcome.added, 1);
    QCOMPARE(outcome.addedIds.size(), 1);
    QCOMPARE(ArticleStore(*m_db).get(outcome.addedIds.first())->title, u"Fresh"_s);
    QCOMPARE(*ArticleStore(*m_db).count({}), 1);
}

void TestFeedStore::recordRefreshKeepsValidators()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    FeedStore feeds(*m_db);
    FeedRefreshState state = ok();
    state.etag = u"\"v1\""_s;
    state.lastModified = u"Tue, 01 Dec 2026 10:00:00 GMT"_s;
    state.feedTitle = u"Example News"_s;
    state.siteUrl = u"https://news.example/"_s;
    QVERIFY(feeds.recordRefresh(feed, state).ok());
    QCOMPARE(feeds.get(feed)->etag, u"\"v1\""_s);
    QCOMPARE(feeds.get(feed)->title, u"Example News"_s);
    QCOMPARE(feeds.get(feed)->siteUrl, u"https://news.example/"_s);

    FeedRefreshState failed = ok();
    failed.error = u"The server did not answer."_s;
    failed.retryAfter = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    QVERIFY(feeds.recordRefresh(feed, failed).ok());
    auto got = feeds.get(feed);
    QCOMPARE(got->lastError, u"The server did not answer."_s);
    QCOMPARE(got->etag, u"\"v1\""_s);
    QCOMPARE(got->lastModified, u"Tue, 01 Dec 2026 10:00:00 GMT"_s);
    QCOMPARE(got->retryAfter, failed.retryAfter);

    FeedRefreshState notModified = ok();
    notModified.notModified = true;
    QVERIFY(feeds.recordRefresh(feed, notModified).ok());
    got = feeds.get(feed);
    QVERIFY(got->lastError.isEmpty());
    QCOMPARE(got->etag, u"\"v1\""_s);
    QVERIFY(!got->retryAfter.isValid());

    FeedRefreshState gone = ok();
    gone.error = u"Gone"_s;
    gone.gone = true;
    QVERIFY(feeds.recordRefresh(feed, gone).ok());
    QVERIFY(feeds.get(feed)->gone);
    QVERIFY(!feeds.recordRefresh(feed + 100, gone).ok());

    QVERIFY(feeds.rename(feed, u"Mine"_s).ok());
    QVERIFY(feeds.recordRefresh(feed, state).ok());
    QCOMPARE(feeds.get(feed)->title, u"Mine"_s);
    QVERIFY(feeds.rename(feed, QString()).ok());
    QCOMPARE(feeds.get(feed)->title, u"Example News"_s);
}

void TestFeedStore::permanentRedirect()
{
    const qint64 feed = subscribe(u"http://news.example/feed.xml"_s);
    const qint64 other = subscribe(u"https://other.example/feed.xml"_s);
    FeedStore feeds(*m_db);
    FeedRefreshState moved = ok();
    moved.newUrl = u"https://news.example/feed.xml"_s;
    QVERIFY(feeds.recordRefresh(feed, moved).ok());
    QCOMPARE(feeds.get(feed)->url, u"https://news.example/feed.xml"_s);
    // To an url already followed: kept as it was.
    moved.newUrl = u"https://other.example/feed.xml"_s;
    QVERIFY(feeds.recordRefresh(feed, moved).ok());
    QCOMPARE(feeds.get(feed)->url, u"https://news.example/feed.xml"_s);
    QCOMPARE(feeds.get(other)->url, u"https://other.example/feed.xml"_s);
}

void TestFeedStore::unsubscribeKeepsStarred()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    const qint64 other = subscribe(u"https://other.example/feed.xml"_s);
    const FeedStoreOutcome outcome
        = store(feed, { entry(u"a"_s, u"A"_s), entry(u"b"_s, u"B"_s), entry(u"c"_s, u"C"_s) });
    FeedEntry elsewhere = entry(u"x"_s, u"X"_s);
    elsewhere.article.url = u"https://other.example/x"_s;
    QCOMPARE(store(other, { elsewhere }).added, 1);
    QVERIFY(ArticleStore(*m_db).setStarred(outcome.addedIds.value(1), true).ok());
    const auto removed = FeedStore(*m_db).unsubscribe(feed);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(*removed, 2);
    QCOMPARE(*ArticleStore(*m_db).count({}), 2);
    const auto kept = ArticleStore(*m_db).get(outcome.addedIds.value(1));
    QVERIFY(kept.ok());
    QCOMPARE(kept->sourceId, feed); // still names the feed's source
    QCOMPARE(FeedStore(*m_db).list()->size(), 1);
    QVERIFY(!FeedStore(*m_db).get(feed).ok());
    QVERIFY(!FeedStore(*m_db).unsubscribe(feed).ok());
    // A refresh that lands after the unsubscription stores nothing.
    const auto late = FeedStore(*m_db).storeItems(feed, { entry(u"d"_s, u"D"_s) }, ok());
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(u"no feed"_s), qPrintable(late.error()));
    QCOMPARE(*ArticleStore(*m_db).count({}), 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM feed_items"_s), 1);
    // Subscribing again adopts the kept article.
    const auto again = FeedStore(*m_db).subscribe(u"https://news.example/feed.xml"_s);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(*again, feed);
    QCOMPARE(FeedStore(*m_db).get(feed)->total, 1);
    // A feed without starred articles leaves no source behind.
    QCOMPARE(*FeedStore(*m_db).unsubscribe(other), 1);
    QVERIFY(!SourceStore(*m_db).get(other).ok());
}

void TestFeedStore::listOrderAndCounts()
{
    FeedStore feeds(*m_db);
    const qint64 folder = *feeds.ensureFolder(u"Science"_s);
    const qint64 zebra = subscribe(u"https://z.example/feed"_s);
    const qint64 apple = subscribe(u"https://a.example/feed"_s);
    const qint64 inFolder = subscribe(u"https://b.example/feed"_s, folder);
    QVERIFY(feeds.rename(zebra, u"zebra"_s).ok());
    QVERIFY(feeds.rename(apple, u"Apple"_s).ok());
    const FeedStoreOutcome stored
        = store(apple, { entry(u"1"_s, u"One"_s), entry(u"2"_s, u"Two"_s) });
    QVERIFY(ArticleStore(*m_db).setRead(stored.addedIds.value(0), true).ok());
    const auto list = feeds.list();
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).id, apple);
    QCOMPARE(list->at(1).id, zebra);
    QCOMPARE(list->at(2).id, inFolder);
    QCOMPARE(list->at(2).folderId, folder);
    QCOMPARE(list->at(0).unread, 1);
    QCOMPARE(list->at(0).total, 2);
    QCOMPARE(list->at(1).total, 0);
}

void TestFeedStore::settingsAndFavicon()
{
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    FeedStore feeds(*m_db);
    QVERIFY(feeds.setSettings(feed, 60, 14, 200, true).ok());
    QVERIFY(feeds.setFavicon(feed, QByteArray("\x89PNG-ish", 8)).ok());
    const auto got = feeds.get(feed);
    QCOMPARE(got->refreshMinutes, 60);
    QCOMPARE(got->keepDays, 14);
    QCOMPARE(got->keepCount, 200);
    QVERIFY(got->fetchFullArticles);
    QCOMPARE(got->favicon, QByteArray("\x89PNG-ish", 8));
    QVERIFY(!feeds.setSettings(feed + 100, 1, 1, 1, false).ok());
}

void TestFeedStore::folders()
{
    FeedStore feeds(*m_db);
    const auto news = feeds.ensureFolder(u"News"_s);
    QVERIFY2(news.ok(), qPrintable(news.error()));
    QCOMPARE(*feeds.ensureFolder(u" News "_s), *news);
    const qint64 local = *feeds.ensureFolder(u"Local"_s, *news);
    const qint64 arts = *feeds.ensureFolder(u"Arts"_s);
    QVERIFY(local != *news);
    QVERIFY(!feeds.ensureFolder(QString()).ok());
    const auto list = feeds.folders();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).id, arts);
    QCOMPARE(list->at(1).id, *news);
    QCOMPARE(list->at(2).id, local);
    QCOMPARE(list->at(2).parentId, *news);
    QVERIFY(feeds.renameFolder(arts, u"Culture"_s).ok());
    QCOMPARE(feeds.folders()->at(0).title, u"Culture"_s);
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s);
    QVERIFY(feeds.moveToFolder(feed, local).ok());
    QCOMPARE(feeds.get(feed)->folderId, local);
    QVERIFY(feeds.moveToFolder(feed, 0).ok());
    QCOMPARE(feeds.get(feed)->folderId, 0);
}

void TestFeedStore::removeFolderMovesFeedsUp()
{
    FeedStore feeds(*m_db);
    const qint64 news = *feeds.ensureFolder(u"News"_s);
    const qint64 local = *feeds.ensureFolder(u"Local"_s, news);
    const qint64 city = *feeds.ensureFolder(u"City"_s, local);
    const qint64 feed = subscribe(u"https://news.example/feed.xml"_s, local);
    QVERIFY(feeds.removeFolder(local).ok());
    QCOMPARE(feeds.get(feed)->folderId, news);
    const auto list = feeds.folders();
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).id, city);
    QCOMPARE(list->at(1).parentId, news);
    QVERIFY(feeds.removeFolder(news).ok());
    QCOMPARE(feeds.get(feed)->folderId, 0);
    QVERIFY(!feeds.removeFolder(news).ok());
}

void TestFeedStore::articleFilterByFolder()
{
    FeedStore feeds(*m_db);
    const qint64 news = *feeds.ensureFolder(u"News"_s);
    const qint64 local = *feeds.ensureFolder(u"Local"_s, news);
    const qint64 top = subscribe(u"https://a.example/feed"_s, news);
    const qint64 deep = subscribe(u"https://b.example/feed"_s, local);
    const qint64 outside = subscribe(u"https://c.example/feed"_s);
    store(top, { entry(u"t1"_s, u"T1"_s), entry(u"t2"_s, u"T2"_s) });
    store(deep, { entry(u"d1"_s, u"D1"_s) });
    store(outside, { entry(u"o1"_s, u"O1"_s) });
    ArticleStore articles(*m_db);
    ArticleFilter filter;
    filter.folderId = news;
    QCOMPARE(*articles.count(filter), 3);
    QCOMPARE(articles.listIds(filter, ArticleOrder::Published)->size(), 3);
    QCOMPARE(articles.listPage(filter, ArticleOrder::Added, {}, 10)->rows.size(), 3);
    filter.folderId = local;
    QCOMPARE(*articles.count(filter), 1);
    QCOMPARE(articles.listPage(filter, ArticleOrder::Added, {}, 10)->rows.first().title, u"D1"_s);
    filter.folderId = news;
    QCOMPARE(*articles.markAllRead(filter), 3);
    QCOMPARE(feeds.get(outside)->unread, 1);
    QCOMPARE(feeds.get(deep)->unread, 0);
}

QTEST_GUILESS_MAIN(TestFeedStore)
#include "tst_feedstore.moc"
