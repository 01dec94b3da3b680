// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedparser.h"
#include "library/samplelibrary.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/feedstore.h"
#include "store/readstore.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());

QList<ExportedArticle> sample()
{
    const Result<QList<ExportedArticle>> loaded = SampleLibrary::load(now);
    return loaded ? *loaded : QList<ExportedArticle>();
}

} // namespace

class TestSampleLibrary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loads();
    void articlesAreComplete();
    void sections_data();
    void sections();
    void oneKoreanArticle();
    void leadImageResolves();
    void shareStressTitle();
    void timesAreFresh();
    void fillGivesFullTopTen();
    void fillMarksReadAndStarred();
    void koreanIsSearchable();
    void sampleFeeds();
};

void TestSampleLibrary::loads()
{
    const Result<QList<ExportedArticle>> loaded = SampleLibrary::load(now);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded->size() >= 12);
}

void TestSampleLibrary::articlesAreComplete()
{
    const QList<ExportedArticle> articles = sample();
    QVERIFY(!articles.isEmpty());
    QSet<QString> urls;
    for (const ExportedArticle &e : articles) {
        const Article &a = e.article;
        QVERIFY2(!a.title.isEmpty() && !a.deck.isEmpty() && !a.author.isEmpty(),
                 qPrintable(a.title));
        QVERIFY2(a.wordCount >= 300 && a.wordCount <= 900, qPrintable(a.title));
        QVERIFY(a.contentHtml.startsWith(u"<p>"_s) || a.contentHtml.startsWith(u"<h2>"_s));
        QVERIFY(a.plainText.split(u"\n\n"_s).size() >= 4); // several paragraphs
        const QUrl url(a.canonicalUrl);
        QVERIFY2(url.isValid() && url.scheme() == u"https"_s && url.host().endsWith(u".example"_s),
                 qPrintable(a.canonicalUrl));
        QVERIFY(e.hasSource);
        QVERIFY(!urls.contains(a.canonicalUrl));
        urls.insert(a.canonicalUrl);
    }
}

void TestSampleLibrary::sections_data()
{
    QTest::addColumn<QString>("section");
    for (const char *section :
         { "News", "Editorial", "Opinion", "Business", "Culture", "Science", "Sports" })
        QTest::newRow(section) << QString::fromLatin1(section);
}

void TestSampleLibrary::sections()
{
    QFETCH(QString, section);
    int count = 0;
    for (const ExportedArticle &e : sample())
        count += e.article.section == section ? 1 : 0;
    QVERIFY(count >= 1);
}

void TestSampleLibrary::oneKoreanArticle()
{
    QList<Article> korean;
    for (const ExportedArticle &e : sample()) {
        if (e.article.language == u"ko"_s)
            korean.append(e.article);
    }
    QCOMPARE(korean.size(), 1);
    const QString title = korean.first().title;
    QVERIFY(std::any_of(title.begin(), title.end(),
                        [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }));
    QVERIFY(korean.first().plainText.size() > 600);
}

void TestSampleLibrary::leadImageResolves()
{
    QStringList images;
    for (const ExportedArticle &e : sample()) {
        if (!e.article.leadImageUrl.isEmpty())
            images.append(e.article.leadImageUrl);
    }
    QCOMPARE(images.size(), 1);
    const QUrl url(images.first());
    QCOMPARE(url.scheme(), u"qrc"_s);
    QFile image(u":"_s + url.path());
    QVERIFY2(image.open(QIODevice::ReadOnly), qPrintable(url.path()));
    const QByteArray bytes = image.readAll();
    QVERIFY(bytes.startsWith("\xFF\xD8\xFF")); // JPEG
    QVERIFY(bytes.size() > 1000 && bytes.size() < 150 * 1024);
}

void TestSampleLibrary::shareStressTitle()
{
    bool found = false;
    for (const ExportedArticle &e : sample()) {
        const QString &t = e.article.title;
        found = found
            || (t.contains(u'&') && t.contains(u'#') && t.contains(u'%') && t.contains(u'+')
                && t.contains(u'"'));
    }
    QVERIFY(found);
}

void TestSampleLibrary::timesAreFresh()
{
    QDateTime latest;
    for (const ExportedArticle &e : sample()) {
        const Article &a = e.article;
        QVERIFY(a.published <= now && a.published > now.addDays(-11));
        QVERIFY(a.fetched >= a.published && a.created >= a.published);
        for (const ArticleRead &read : e.reads) {
            QVERIFY(read.at <= now && read.at > a.published);
            QVERIFY(read.seconds >= ReadStore::minimumSeconds);
            latest = qMax(latest, read.at);
        }
        for (const QDateTime &time : { a.published, a.fetched, a.created, a.updated })
            latest = qMax(latest, time);
    }
    QCOMPARE(latest, now.addSecs(-10 * 60));
}

void TestSampleLibrary::fillGivesFullTopTen()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Result<int> filled = SampleLibrary::fill(**db, now);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    QCOMPARE(*filled, int(sample().size()));
    QCOMPARE(*ArticleStore(**db).count(ArticleFilter {}), *filled);

    const Result<QList<TopStory>> top = ReadStore(**db).topStories(10, 7, now);
    QVERIFY2(top.ok(), qPrintable(top.error()));
    QCOMPARE(top->size(), 10);
    for (qsizetype i = 0; i < top->size(); ++i) {
        QVERIFY2(top->at(i).reads > 0, qPrintable(top->at(i).article.title));
        if (i > 0)
            QVERIFY(top->at(i).reads <= top->at(i - 1).reads);
    }
    QVERIFY(top->first().article.title.startsWith(u"Harbour lights"_s));
    QVERIFY(top->first().reads > top->at(1).reads); // a clear winner
}

void TestSampleLibrary::fillMarksReadAndStarred()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(SampleLibrary::fill(**db, now).ok());
    const ArticleStore store(**db);
    ArticleFilter unread;
    unread.unreadOnly = true;
    ArticleFilter starred;
    starred.starredOnly = true;
    QCOMPARE(*store.count(unread), *store.count(ArticleFilter {}) - 2);
    QCOMPARE(*store.count(starred), 1);
}

void TestSampleLibrary::koreanIsSearchable()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(SampleLibrary::fill(**db, now).ok());
    const Result<QList<SearchHit>> hits = ArticleStore(**db).search(u"망원동"_s);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().article.title, u"골목 서점들이 겨울을 나는 법"_s);
}

void TestSampleLibrary::sampleFeeds()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(SampleLibrary::fill(**db, now).ok());
    FeedStore store(**db);
    const auto folders = store.folders();
    QVERIFY2(folders.ok(), qPrintable(folders.error()));
    QCOMPARE(folders->size(), 1);
    QCOMPARE(folders->first().title, u"Samples"_s);
    const auto feeds = store.list();
    QVERIFY2(feeds.ok(), qPrintable(feeds.error()));
    QCOMPARE(feeds->size(), SampleLibrary::feeds().size());
    QVERIFY(feeds->size() >= 2);
    QStringList titles; // every item title of every sample feed
    for (const Feed &feed : *feeds) {
        QCOMPARE(feed.folderId, folders->first().id);
        QCOMPARE(feed.total, 0); // the first refresh fills them
        QVERIFY2(feed.url.startsWith(u"qrc:/sample/feeds/"_s), qPrintable(feed.url));
        QFile file(u':' + QUrl(feed.url).path());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(feed.url));
        const auto parsed = FeedParser::parse(file.readAll(), QUrl(feed.url));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QVERIFY(parsed->items.size() >= 3);
        for (const FeedItem &item : parsed->items) {
            QVERIFY(!item.title.isEmpty() && !item.link.isEmpty());
            QVERIFY(!item.published.isValid()); // each takes the time it is first seen
            titles.append(item.title);
        }
    }
    // One story carried by two feeds, for Top stories.
    QCOMPARE(titles.filter(u"pier on its first weekend"_s).size(), 1);
    QCOMPARE(titles.filter(u"pier draws thousands"_s).size(), 1);
    // Filling again (a second start never does, but subscribeFeeds may run twice) adds nothing.
    QVERIFY(SampleLibrary::subscribeFeeds(**db).ok());
    QCOMPARE(store.list()->size(), feeds->size());
}

QTEST_GUILESS_MAIN(TestSampleLibrary)
#include "tst_samplelibrary.moc"
