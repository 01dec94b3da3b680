// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include "../../fixtures/damagedlibrary.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime base(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);

Article makeArticle(const QString &url, const QString &title, int hour = 0,
                    const QString &text = QString())
{
    Article a;
    a.url = url;
    a.title = title;
    a.published = hour >= 0 ? base.addSecs(3600 * hour) : QDateTime();
    a.plainText = text.isEmpty() ? u"Body of "_s + title : text;
    a.contentHtml = u"<p>"_s + a.plainText + u"</p>"_s;
    a.wordCount = 3;
    return a;
}

QList<qint64> pageAll(ArticleStore &store, const ArticleFilter &filter, ArticleOrder order,
                      int limit)
{
    QList<qint64> ids;
    PageCursor cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto page = store.listPage(filter, order, cursor, limit);
        if (!page.ok())
            return {};
        for (const ArticleSummary &row : page->rows)
            ids.append(row.id);
        if (page->atEnd)
            break;
        cursor = page->next;
    }
    return ids;
}

} // namespace

class TestArticleStore : public QObject {
    Q_OBJECT

private slots:
    void summariesOfADamagedLibrary();
    void init();
    void cleanup();
    void upsert_data();
    void upsert();
    void upsertKeepsState();
    void getMissing();
    void paginationStable_data();
    void paginationStable();
    void filters_data();
    void filters();
    void summariesAndSections();
    void searchRanking();
    void searchHighlight_data();
    void searchHighlight();
    void snippetWindow_data();
    void snippetWindow();
    void searchHostile_data();
    void searchHostile();
    void searchFollowsEdits();
    void searchBroad();
    void readAndStar();
    void removeArticle();
    void removeDropsSearchAndReads();
    void takeAndRestore();
    void takeUnknownDeletesNothing();
    void restoreAfterIdReused();
    void restoreAfterUrlCameBack();
    void markAllReadFollowsFilter_data();
    void markAllReadFollowsFilter();
    void markReadOfIds();
    void dataVersionSeesOtherConnections();
    void bulkInsert();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestArticleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestArticleStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestArticleStore::upsert_data()
{
    QTest::addColumn<Article>("first");
    QTest::addColumn<Article>("second");
    QTest::addColumn<bool>("secondInserted");

    const Article plain = makeArticle(u"https://news.example/a/story"_s, u"Story"_s, 1);
    Article canonical = makeArticle(u"https://m.news.example/a/story?ref=rss"_s, u"Story"_s, 1);
    canonical.canonicalUrl = u"https://news.example/a/story"_s;

    QTest::newRow("same-url") << plain << makeArticle(plain.url, u"Story (updated)"_s, 1) << false;
    QTest::newRow("tracking-and-fragment")
        << plain
        << makeArticle(u"HTTPS://NEWS.example:443/a/story/?utm_source=x&fbclid=1#c"_s, u"Story"_s,
                       1)
        << false;
    QTest::newRow("canonical-matches-url") << plain << canonical << false;
    QTest::newRow("different-url")
        << plain << makeArticle(u"https://news.example/a/other"_s, u"Story"_s, 1) << true;
    QTest::newRow("query-differs") << makeArticle(u"https://news.example/s?id=1"_s, u"S"_s)
                                   << makeArticle(u"https://news.example/s?id=2"_s, u"S"_s) << true;
    QTest::newRow("no-url-same-title-date") << makeArticle(QString(), u"Pasted"_s, 3)
                                            << makeArticle(QString(), u"Pasted"_s, 3) << false;
    QTest::newRow("no-url-other-date")
        << makeArticle(QString(), u"Pasted"_s, 3) << makeArticle(QString(), u"Pasted"_s, 4) << true;
    QTest::newRow("no-url-no-date") << makeArticle(QString(), u"Pasted"_s, -1)
                                    << makeArticle(QString(), u"Pasted"_s, -1) << false;
    QTest::newRow("no-url-other-title") << makeArticle(QString(), u"Pasted"_s, 3)
                                        << makeArticle(QString(), u"Pasted 2"_s, 3) << true;
}

void TestArticleStore::upsert()
{
    QFETCH(Article, first);
    QFETCH(Article, second);
    QFETCH(bool, secondInserted);

    ArticleStore store(*m_db);
    const auto a = store.upsert(first);
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QVERIFY(a->inserted);
    QVERIFY(a->id > 0);
    const auto b = store.upsert(second);
    QVERIFY2(b.ok(), qPrintable(b.error()));
    QCOMPARE(b->inserted, secondInserted);
    QCOMPARE(b->id == a->id, !secondInserted);
    QCOMPARE(*store.count({}), secondInserted ? 2 : 1);
    const auto stored = store.get(b->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->title, second.title);
    QCOMPARE(stored->url, second.url.trimmed());
}

void TestArticleStore::upsertKeepsState()
{
    ArticleStore store(*m_db);
    SourceStore sources(*m_db);
    const qint64 source
        = *sources.ensure({ 0, u"News"_s, u"https://news.example/"_s, Source::Kind::Site });
    Article first = makeArticle(u"https://news.example/x"_s, u"Old title"_s, 2);
    first.sourceId = source;
    first.section = u"News"_s;
    const auto a = store.upsert(first);
    QVERIFY(a.ok());
    QVERIFY(store.setRead(a->id, true).ok());
    QVERIFY(store.setStarred(a->id, true).ok());
    const Article before = *store.get(a->id);
    QTest::qWait(5);

    Article second
        = makeArticle(u"https://news.example/x?utm_campaign=y"_s, u"New title"_s, 2, u"New body"_s);
    second.deck = u"A deck"_s;
    second.author = u"Jane Writer"_s;
    second.published = QDateTime(); // unknown now: the stored date stays
    const auto b = store.upsert(second);
    QVERIFY(b.ok());
    QCOMPARE(b->id, a->id);
    QVERIFY(!b->inserted);

    const Article after = *store.get(a->id);
    QCOMPARE(after.title, u"New title"_s);
    QCOMPARE(after.deck, u"A deck"_s);
    QCOMPARE(after.author, u"Jane Writer"_s);
    QCOMPARE(after.plainText, u"New body"_s);
    QCOMPARE(after.published, before.published);
    QCOMPARE(after.sourceId, source); // 0 in the update keeps the source
    QVERIFY(after.read);
    QVERIFY(after.starred);
    QCOMPARE(after.created, before.created);
    QVERIFY(after.updated > before.updated);
}

void TestArticleStore::getMissing()
{
    ArticleStore store(*m_db);
    const auto missing = store.get(12345);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"12345"_s));
    QVERIFY(!store.setRead(12345, true).ok());
    QVERIFY(!store.setStarred(12345, true).ok());
    QVERIFY(!store.remove(12345).ok());
}

void TestArticleStore::paginationStable_data()
{
    QTest::addColumn<ArticleOrder>("order");
    QTest::addColumn<bool>("sameDates"); // many rows share one date: only the id orders them
    QTest::addColumn<int>("limit");

    QTest::newRow("published") << ArticleOrder::Published << false << 17;
    QTest::newRow("published-ties") << ArticleOrder::Published << true << 17;
    QTest::newRow("added") << ArticleOrder::Added << false << 25;
    QTest::newRow("added-page-of-one") << ArticleOrder::Added << false << 1;
}

void TestArticleStore::paginationStable()
{
    QFETCH(ArticleOrder, order);
    QFETCH(bool, sameDates);
    QFETCH(int, limit);

    ArticleStore store(*m_db);
    QList<Article> initial;
    for (int i = 0; i < 120; ++i) {
        Article a = makeArticle(u"https://news.example/old/%1"_s.arg(i), u"Old %1"_s.arg(i),
                                sameDates        ? 5
                                    : i % 7 == 0 ? -1
                                                 : i);
        a.created = base.addSecs(60 * (sameDates ? 0 : i));
        initial.append(a);
    }
    QCOMPARE(*store.insertBulk(initial), 120);
    const QList<qint64> expected = pageAll(store, {}, order, 1000);
    QCOMPARE(expected.size(), 120);
    QCOMPARE(*store.listIds({}, order), expected);

    // Page through while newer rows keep arriving at the top.
    QList<qint64> seen;
    PageCursor cursor;
    int added = 0;
    for (int guard = 0; guard < 500; ++guard) {
        const auto page = store.listPage({}, order, cursor, limit);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QVERIFY(page->rows.size() <= limit);
        for (const ArticleSummary &row : page->rows)
            seen.append(row.id);
        if (page->atEnd)
            break;
        cursor = page->next;
        Article fresh = makeArticle(u"https://news.example/new/%1"_s.arg(added),
                                    u"New %1"_s.arg(added), 1000 + added);
        ++added;
        QVERIFY(store.upsert(fresh).ok());
    }
    QVERIFY(added > 0);
    QCOMPARE(seen, expected);
    QCOMPARE(*store.count({}), 120 + added);
}

void TestArticleStore::filters_data()
{
    QTest::addColumn<int>("source"); // 0 none, 1 or 2
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("unread");
    QTest::addColumn<bool>("starred");

    QTest::newRow("all") << 0 << QString() << false << false;
    QTest::newRow("source") << 1 << QString() << false << false;
    QTest::newRow("section") << 0 << u"Editorial"_s << false << false;
    QTest::newRow("unread") << 0 << QString() << true << false;
    QTest::newRow("starred") << 0 << QString() << false << true;
    QTest::newRow("source-unread") << 2 << QString() << true << false;
    QTest::newRow("section-starred-unread") << 0 << u"News"_s << true << true;
    QTest::newRow("korean-section") << 0 << u"사설"_s << false << false;
    QTest::newRow("no-such-section") << 0 << u"Sport"_s << false << false;
}

void TestArticleStore::filters()
{
    QFETCH(int, source);
    QFETCH(QString, section);
    QFETCH(bool, unread);
    QFETCH(bool, starred);

    ArticleStore store(*m_db);
    SourceStore sources(*m_db);
    const QList<qint64> sourceIds
        = { 0, *sources.ensure({ 0, u"One"_s, u"https://one.example/"_s, Source::Kind::Feed }),
            *sources.ensure({ 0, u"Two"_s, u"https://two.example/"_s, Source::Kind::Site }) };
    const QStringList sections = { u"News"_s, u"Editorial"_s, u"사설"_s, QString() };
    QList<Article> all;
    for (int i = 0; i < 90; ++i) {
        Article a = makeArticle(u"https://news.example/f/%1"_s.arg(i), u"F %1"_s.arg(i), i);
        a.sourceId = sourceIds.at(i % 3);
        a.section = sections.at(i % 4);
        a.read = i % 5 == 0;
        a.starred = i % 2 == 0;
        all.append(a);
    }
    QCOMPARE(*store.insertBulk(all), 90);

    const ArticleFilter filter { sourceIds.at(source), section, unread, starred };
    int expected = 0;
    for (const Article &a : all) {
        expected += (filter.sourceId == 0 || a.sourceId == filter.sourceId)
                && (section.isEmpty() || a.section == section) && (!unread || !a.read)
                && (!starred || a.starred)
            ? 1
            : 0;
    }
    QCOMPARE(*store.count(filter), expected);
    for (const ArticleOrder order : { ArticleOrder::Published, ArticleOrder::Added }) {
        const QList<qint64> ids = pageAll(store, filter, order, 7);
        QCOMPARE(ids.size(), expected);
        QCOMPARE(*store.listIds(filter, order), ids);
        const auto rows = store.summaries(ids);
        QVERIFY(rows.ok());
        for (const ArticleSummary &row : *rows) {
            QVERIFY(filter.sourceId == 0 || row.sourceId == filter.sourceId);
            QVERIFY(section.isEmpty() || row.section == section);
            QVERIFY(!unread || !row.read);
            QVERIFY(!starred || row.starred);
        }
    }
}

void TestArticleStore::summariesAndSections()
{
    ArticleStore store(*m_db);
    SourceStore sources(*m_db);
    const qint64 source
        = *sources.ensure({ 0, u"Daily"_s, u"https://d.example/"_s, Source::Kind::Site });
    QList<qint64> ids;
    const QStringList sections = { u"Sport"_s, u"Editorial"_s, QString(), u"Sport"_s };
    for (int i = 0; i < 4; ++i) {
        Article a = makeArticle(u"https://d.example/%1"_s.arg(i), u"D %1"_s.arg(i), i);
        a.section = sections.at(i);
        a.sourceId = i == 0 ? source : 0;
        ids.append(store.upsert(a)->id);
    }
    QCOMPARE(*store.sections(), (QStringList { u"Editorial"_s, u"Sport"_s }));
    const auto rows = store.summaries({ ids.at(2), 999999, ids.at(0), ids.at(3) });
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).id, ids.at(2));
    QCOMPARE(rows->at(1).id, ids.at(0));
    QCOMPARE(rows->at(1).sourceTitle, u"Daily"_s);
    QCOMPARE(rows->at(1).sourceId, source);
    QCOMPARE(rows->at(2).title, u"D 3"_s);
    QCOMPARE(rows->at(2).published, base.addSecs(3 * 3600));
    QVERIFY(store.summaries({})->isEmpty());
}

void TestArticleStore::searchRanking()
{
    ArticleStore store(*m_db);
    const QString filler
        = u"Council members met on Tuesday to discuss the budget for next year. "_s;
    QList<Article> rows = {
        makeArticle(u"https://s.example/1"_s, u"Budget talks continue"_s, 1,
                    filler + u"The harbour was quiet."_s),
        makeArticle(u"https://s.example/2"_s, u"Harbour plans unveiled"_s, 2, filler),
        makeArticle(u"https://s.example/3"_s, u"Weather"_s, 3, filler + filler),
    };
    rows[2].author = u"Ann Harbour"_s;
    QCOMPARE(*store.insertBulk(rows), 3);

    const auto hits = store.search(u"harbour"_s);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 3);
    QCOMPARE(hits->at(0).article.title, u"Harbour plans unveiled"_s); // title beats the rest
    QCOMPARE(hits->at(1).article.title, u"Weather"_s); // author beats text
    QCOMPARE(hits->at(2).article.title, u"Budget talks continue"_s);
    QVERIFY(hits->at(0).rank <= hits->at(1).rank && hits->at(1).rank <= hits->at(2).rank);

    QCOMPARE(store.search(u"budget harbour"_s)->size(), 3); // every word, any column
    QCOMPARE(store.search(u"harbour weather"_s)->size(), 1);
    QCOMPARE(store.search(u"harb"_s)->size(), 3); // prefix on the last word
    QCOMPARE(store.search(u"har"_s)->size(), 3); // three letters: the prefix index
    QCOMPARE(store.search(u"ha"_s)->size(), 0); // two letters: the word "ha" only
    QCOMPARE(store.search(u"harb plans"_s)->size(), 0); // no prefix before the last word
    QCOMPARE(store.search(u"harbour"_s, 2)->size(), 2);
}

void TestArticleStore::searchHighlight_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("titleHtml");
    QTest::addColumn<QString>("snippetContains");

    QTest::newRow("title-and-text")
        << u"Bridge reopens"_s << u"The bridge opened at dawn."_s << u"bridge"_s
        << u"<mark>Bridge</mark> reopens"_s << u"The <mark>bridge</mark> opened"_s;
    QTest::newRow("escaped") << u"<script>alert(1)</script> & bridge"_s
                             << u"a <b>bridge</b> & \"more\""_s << u"bridge"_s
                             << u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>bridge</mark>"_s
                             << u"&lt;b&gt;<mark>bridge</mark>&lt;/b&gt; &amp; &quot;more&quot;"_s;
    QTest::newRow("text-only") << u"Plain title"_s << u"Only the text mentions ferries."_s
                               << u"ferries"_s << u"Plain title"_s << u"<mark>ferries</mark>"_s;
    QTest::newRow("diacritics") << u"Café society"_s << u"A café, a cafe."_s << u"cafe"_s
                                << u"<mark>Café</mark> society"_s << u"<mark>café</mark>"_s;
    QTest::newRow("korean-word") << u"서울 지하철 개통"_s
                                 << u"서울에서 새 지하철 노선이 개통했다."_s << u"지하철"_s
                                 << u"서울 <mark>지하철</mark> 개통"_s << u"<mark>지하철</mark>"_s;
    QTest::newRow("korean-particle-prefix")
        << u"서울 소식"_s << u"서울에서 열린 회의."_s << u"서울"_s << u"<mark>서울</mark> 소식"_s
        << u"<mark>서울에서</mark>"_s;
    QTest::newRow("noncharacter-in-text")
        << u"Odd \uFDD0 title"_s << u"odd \uFDD1 text"_s << u"odd"_s << u"<mark>Odd</mark>  title"_s
        << u"<mark>odd</mark>  text"_s;
}

void TestArticleStore::searchHighlight()
{
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QString, titleHtml);
    QFETCH(QString, snippetContains);

    ArticleStore store(*m_db);
    QVERIFY(store.upsert(makeArticle(u"https://h.example/1"_s, title, 1, text)).ok());
    QVERIFY(
        store.upsert(makeArticle(u"https://h.example/2"_s, u"Unrelated"_s, 1, u"Nothing to see."_s))
            .ok());
    const auto hits = store.search(query);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().titleHtml, titleHtml);
    QVERIFY2(hits->first().snippetHtml.contains(snippetContains),
             qPrintable(hits->first().snippetHtml));
    QVERIFY(!hits->first().snippetHtml.contains(u"<b>"_s));
    QCOMPARE(hits->first().snippetHtml.count(u"<mark>"_s),
             hits->first().snippetHtml.count(u"</mark>"_s));
}

void TestArticleStore::snippetWindow_data()
{
    QTest::addColumn<int>("at"); // where "target" is among 100 words w0 .. w99
    QTest::addColumn<QString>("snippet");

    QTest::newRow("start") << 0
                           << u"<mark>target</mark> w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 "
                              "w14 w15 w16 w17 w18 w19 w20 w21 w22 w23\u2026"_s;
    QTest::newRow("middle") << 60
                            << u"\u2026w54 w55 w56 w57 w58 w59 <mark>target</mark> w61 w62 w63 "
                               "w64 w65 w66 w67 w68 w69 w70 w71 w72 w73 w74 w75 w76 w77\u2026"_s;
    QTest::newRow("end") << 99 << u"\u2026w93 w94 w95 w96 w97 w98 <mark>target</mark>."_s;
}

void TestArticleStore::snippetWindow()
{
    QFETCH(int, at);
    QFETCH(QString, snippet);
    QStringList words;
    for (int i = 0; i < 100; ++i)
        words.append(i == at ? u"target"_s : u"w%1"_s.arg(i));
    ArticleStore store(*m_db);
    QVERIFY(
        store.upsert(makeArticle(u"https://w.example/1"_s, u"Window"_s, 1, words.join(u' ') + u'.'))
            .ok());
    const auto hits = store.search(u"target"_s);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().snippetHtml, snippet);
}

void TestArticleStore::searchHostile_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("finds"); // the article below ("Quoted "foo" AND bar ...")

    QTest::newRow("open-quote") << u"\"foo"_s << true;
    QTest::newRow("balanced-quotes") << u"\"foo bar\""_s << false;
    QTest::newRow("operators-only") << u"AND OR"_s << false;
    QTest::newRow("operator-words") << u"foo AND"_s << true;
    QTest::newRow("not") << u"NOT"_s << false;
    QTest::newRow("star") << u"*"_s << false;
    QTest::newRow("star-word") << u"foo*"_s << true;
    QTest::newRow("short-star-word") << u"fo*"_s << false;
    QTest::newRow("near") << u"NEAR("_s << false;
    QTest::newRow("near-call") << u"NEAR(foo bar, 3)"_s << false;
    QTest::newRow("minus") << u"-"_s << false;
    QTest::newRow("minus-word") << u"-foo"_s << true;
    QTest::newRow("colon") << u":"_s << false;
    QTest::newRow("column-filter") << u"title:foo"_s << false;
    QTest::newRow("caret") << u"^foo"_s << true;
    QTest::newRow("parens") << u"((foo)"_s << true;
    QTest::newRow("braces") << u"{title deck}: foo"_s << false;
    QTest::newRow("plus") << u"foo + bar"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"   "_s << false;
    QTest::newRow("backslash") << u"\\foo\\"_s << true;
    QTest::newRow("sql-injection") << u"'); DROP TABLE articles; --"_s << false;
    QTest::newRow("korean") << u"한국어 검색"_s << true;
    QTest::newRow("korean-with-quote") << u"\"한국어"_s << true;
    QTest::newRow("emoji") << u"📰 foo"_s << true;
    QTest::newRow("long") << QString(5000, u'a') << false;
    QTest::newRow("many-words") << u"foo "_s.repeated(300) << true;
    QTest::newRow("control-chars") << u"foo\u0000\u0001\t\n"_s << true;
}

void TestArticleStore::searchHostile()
{
    QFETCH(QString, query);
    QFETCH(bool, finds);

    ArticleStore store(*m_db);
    QVERIFY(store
                .upsert(makeArticle(u"https://q.example/1"_s, u"Quoted \"foo\" AND bar"_s, 1,
                                    u"Plus signs + caret ^ and 한국어 검색 text."_s))
                .ok());
    const auto hits = store.search(query);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), finds ? 1 : 0);
    QCOMPARE(*store.count({}), 1); // nothing was dropped
}

void TestArticleStore::searchFollowsEdits()
{
    ArticleStore store(*m_db);
    const auto a = store.upsert(makeArticle(u"https://e.example/1"_s, u"Zebra crossing"_s));
    QVERIFY(a.ok());
    QCOMPARE(store.search(u"zebra"_s)->size(), 1);
    QVERIFY(store.setRead(a->id, true).ok());
    QVERIFY(store.upsert(makeArticle(u"https://e.example/1"_s, u"Pelican crossing"_s)).ok());
    QCOMPARE(store.search(u"zebra"_s)->size(), 0);
    QCOMPARE(store.search(u"pelican"_s)->size(), 1);
    QVERIFY(store.remove(a->id).ok());
    QCOMPARE(store.search(u"pelican"_s)->size(), 0);
    QCOMPARE(store.search(u"crossing"_s)->size(), 0);
}

void TestArticleStore::searchBroad()
{
    // More matches than ArticleStore::rankedMatchLimit: still a full, ranked page.
    ArticleStore store(*m_db);
    QList<Article> rows;
    const int total = ArticleStore::rankedMatchLimit + 200;
    for (int i = 0; i < total; ++i) {
        const QString title = i % 10 == 0 ? u"Common story %1"_s.arg(i) : u"Story %1"_s.arg(i);
        rows.append(makeArticle(u"https://broad.example/%1"_s.arg(i), title, i,
                                u"A common word in common text number %1."_s.arg(i)));
    }
    QCOMPARE(*store.insertBulk(rows), total);
    const auto hits = store.search(u"common"_s, 30);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 30);
    for (qsizetype i = 1; i < hits->size(); ++i)
        QVERIFY(hits->at(i - 1).rank <= hits->at(i).rank);
    QVERIFY(hits->first().titleHtml.startsWith(u"<mark>Common</mark>"_s)); // title first
    QCOMPARE(store.search(u"number 7"_s)->size(), 1);
}

void TestArticleStore::readAndStar()
{
    ArticleStore store(*m_db);
    const qint64 id = store.upsert(makeArticle(u"https://r.example/1"_s, u"R"_s))->id;
    QCOMPARE(*store.count({ 0, QString(), true, false }), 1);
    QVERIFY(store.setRead(id, true).ok());
    QVERIFY(store.get(id)->read);
    QCOMPARE(*store.count({ 0, QString(), true, false }), 0);
    QVERIFY(store.setStarred(id, true).ok());
    QVERIFY(store.get(id)->starred);
    QCOMPARE(*store.count({ 0, QString(), false, true }), 1);
    QVERIFY(store.setRead(id, false).ok());
    QVERIFY(store.setStarred(id, false).ok());
    const Article after = *store.get(id);
    QVERIFY(!after.read);
    QVERIFY(!after.starred);
}

void TestArticleStore::removeArticle()
{
    ArticleStore store(*m_db);
    const qint64 keep = store.upsert(makeArticle(u"https://d.example/keep"_s, u"Keep"_s))->id;
    const qint64 gone = store.upsert(makeArticle(u"https://d.example/gone"_s, u"Gone"_s))->id;
    ReadStore reads(*m_db);
    QVERIFY(*reads.recordRead(gone, 30, base));
    QVERIFY(store.remove(gone).ok());
    QVERIFY(!store.get(gone).ok());
    QVERIFY(store.get(keep).ok());
    QCOMPARE(*store.count({}), 1);
    QCOMPARE(reads.topStories(5, 7, base.addSecs(60))->first().reads, 0);
    // The same url may come back as a new article.
    const auto again = store.upsert(makeArticle(u"https://d.example/gone"_s, u"Gone"_s));
    QVERIFY(again.ok() && again->inserted);
}

namespace {
int readRows(Database &db, qint64 articleId)
{
    int n = 0;
    const QList<ReadRecord> reads = *ReadStore(db).allReads();
    for (const ReadRecord &read : reads)
        n += read.articleId == articleId ? 1 : 0;
    return n;
}

QList<qint64> hitIds(ArticleStore &store, const QString &query)
{
    QList<qint64> ids;
    const QList<SearchHit> hits = *store.search(query);
    for (const SearchHit &hit : hits)
        ids.append(hit.article.id);
    return ids;
}
} // namespace

void TestArticleStore::removeDropsSearchAndReads()
{
    ArticleStore store(*m_db);
    const qint64 gone = store.upsert(makeArticle(u"https://d.example/x"_s, u"Zebrafish"_s, 1))->id;
    QVERIFY(*ReadStore(*m_db).recordRead(gone, 30, base));
    QCOMPARE(hitIds(store, u"zebrafish"_s), QList<qint64> { gone });
    QCOMPARE(readRows(*m_db, gone), 1);
    QVERIFY(store.remove(gone).ok());
    QVERIFY(hitIds(store, u"zebrafish"_s).isEmpty());
    QCOMPARE(readRows(*m_db, gone), 0);
    // The FTS index itself has no row left for it (not only the join hiding it).
    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'zebrafish'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestArticleStore::takeAndRestore()
{
    ArticleStore store(*m_db);
    const qint64 keep = store.upsert(makeArticle(u"https://t.example/k"_s, u"Keeper"_s, 1))->id;
    Article a = makeArticle(u"https://t.example/g"_s, u"Platypus"_s, 2);
    a.created = base.addDays(-3);
    const qint64 gone = store.upsert(a)->id;
    QVERIFY(store.setRead(gone, true).ok());
    QVERIFY(store.setStarred(gone, true).ok());
    ReadStore reads(*m_db);
    QVERIFY(*reads.recordRead(gone, 30, base));
    QVERIFY(*reads.recordRead(gone, 40, base.addSecs(7200)));
    const Article before = *store.get(gone);

    const auto taken = store.take({ gone });
    QVERIFY2(taken.ok(), qPrintable(taken.error()));
    QCOMPARE(taken->size(), 1);
    QCOMPARE(taken->first().reads.size(), 2);
    QVERIFY(!store.get(gone).ok());
    QCOMPARE(readRows(*m_db, gone), 0);
    QVERIFY(hitIds(store, u"platypus"_s).isEmpty());
    QVERIFY(store.get(keep).ok());

    const auto restored = store.restore(*taken);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(*restored, QList<qint64> { gone });
    const Article after = *store.get(gone);
    QCOMPARE(after.id, gone);
    QVERIFY(after.read);
    QVERIFY(after.starred);
    QCOMPARE(after.created, before.created);
    QCOMPARE(after.published, before.published);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.plainText, before.plainText);
    QCOMPARE(readRows(*m_db, gone), 2);
    QCOMPARE(hitIds(store, u"platypus"_s), QList<qint64> { gone });
    // Dedupe still knows its url.
    const auto again = store.upsert(makeArticle(u"https://t.example/g"_s, u"Platypus"_s, 2));
    QVERIFY(again.ok() && !again->inserted && again->id == gone);
}

// SQLite hands the highest id out again once it is deleted: an import in between takes it.
void TestArticleStore::restoreAfterIdReused()
{
    ArticleStore store(*m_db);
    const qint64 last = store.upsert(makeArticle(u"https://r.example/last"_s, u"Last"_s, 1))->id;
    QVERIFY(*ReadStore(*m_db).recordRead(last, 30, base));
    const auto taken = store.take({ last });
    QVERIFY(taken.ok());
    const qint64 newcomer = store.upsert(makeArticle(u"https://r.example/new"_s, u"New"_s, 2))->id;
    QCOMPARE(newcomer, last);
    const auto restored = store.restore(*taken);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->size(), 1);
    const qint64 id = restored->first();
    QVERIFY(id != last);
    QCOMPARE(store.get(id)->title, u"Last"_s);
    QCOMPARE(store.get(newcomer)->title, u"New"_s);
    QCOMPARE(readRows(*m_db, id), 1);
    QCOMPARE(readRows(*m_db, newcomer), 0);
}

void TestArticleStore::restoreAfterUrlCameBack()
{
    ArticleStore store(*m_db);
    const qint64 id = store.upsert(makeArticle(u"https://r.example/back"_s, u"Back"_s, 1))->id;
    const auto taken = store.take({ id });
    QVERIFY(taken.ok());
    const qint64 again
        = store.upsert(makeArticle(u"https://r.example/back"_s, u"Back again"_s, 1))->id;
    const auto restored = store.restore(*taken);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(*restored, QList<qint64> { again });
    QCOMPARE(*store.count({}), 1);
    QCOMPARE(store.get(again)->title, u"Back again"_s);
}

void TestArticleStore::takeUnknownDeletesNothing()
{
    ArticleStore store(*m_db);
    const qint64 id = store.upsert(makeArticle(u"https://u.example/1"_s, u"One"_s))->id;
    const auto taken = store.take({ id, id + 1000 });
    QVERIFY(!taken.ok());
    QVERIFY(taken.error().contains(QString::number(id + 1000)));
    QVERIFY(store.get(id).ok());
}

void TestArticleStore::markAllReadFollowsFilter_data()
{
    QTest::addColumn<bool>("bySection");
    QTest::addColumn<bool>("starredOnly");
    QTest::newRow("section") << true << false;
    QTest::newRow("starred") << false << true;
    QTest::newRow("all") << false << false;
}

void TestArticleStore::markAllReadFollowsFilter()
{
    QFETCH(bool, bySection);
    QFETCH(bool, starredOnly);
    ArticleStore store(*m_db);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        Article a = makeArticle(u"https://m.example/%1"_s.arg(i), u"M %1"_s.arg(i), i);
        a.section = i < 3 ? u"News"_s : u"Sports"_s;
        ids.append(store.upsert(a)->id);
    }
    QVERIFY(store.setStarred(ids.at(4), true).ok());
    QVERIFY(store.setRead(ids.at(0), true).ok()); // already read: not counted
    ArticleFilter filter;
    if (bySection)
        filter.section = u"News"_s;
    filter.starredOnly = starredOnly;
    const auto changed = store.markAllRead(filter);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    for (int i = 0; i < ids.size(); ++i) {
        const Article a = *store.get(ids.at(i));
        const bool inFilter = (!bySection || a.section == u"News"_s) && (!starredOnly || a.starred);
        QCOMPARE(a.read, inFilter || i == 0);
    }
    QCOMPARE(*changed, bySection ? 2 : starredOnly ? 1 : 5);
}

void TestArticleStore::markReadOfIds()
{
    ArticleStore store(*m_db);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(store.upsert(makeArticle(u"https://n.example/%1"_s.arg(i), u"N"_s, i))->id);
    QCOMPARE(*store.markRead({ ids.at(1), ids.at(2) }), 2);
    QCOMPARE(*store.markRead({ ids.at(1) }), 0);
    QVERIFY(!store.get(ids.at(0))->read);
    QVERIFY(store.get(ids.at(1))->read);
    QVERIFY(store.get(ids.at(2))->read);
    QVERIFY(!store.get(ids.at(3))->read);
}

void TestArticleStore::dataVersionSeesOtherConnections()
{
    ArticleStore store(*m_db);
    const qint64 first = *store.dataVersion();
    QVERIFY(store.upsert(makeArticle(u"https://v.example/own"_s, u"Own"_s)).ok());
    QCOMPARE(*store.dataVersion(), first); // its own commits do not count
    auto other = Database::open(m_db->path());
    QVERIFY2(other.ok(), qPrintable(other.error()));
    QVERIFY(ArticleStore(**other).upsert(makeArticle(u"https://v.example/2"_s, u"Other"_s)).ok());
    QVERIFY(*store.dataVersion() != first);
}

void TestArticleStore::bulkInsert()
{
    ArticleStore store(*m_db);
    QList<Article> rows;
    for (int i = 0; i < 500; ++i)
        rows.append(makeArticle(u"https://b.example/%1"_s.arg(i % 450), u"Bulk %1"_s.arg(i), i));
    const auto inserted = store.insertBulk(rows);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
    QCOMPARE(*inserted, 450); // 50 repeat urls update earlier rows
    QCOMPARE(*store.count({}), 450);
    QCOMPARE(store.search(u"bulk"_s, 1000)->size(), 450);
    QCOMPARE(*store.insertBulk(rows), 0);
    QCOMPARE(*store.insertBulk({}), 0);
}

// The list of a damaged library shows every article that can still be read (and the library is
// marked damaged), instead of failing whole chunks of 500.
void TestArticleStore::summariesOfADamagedLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    const QList<qint64> ids = DamagedLibrary::create(path, 300);
    QCOMPARE(ids.size(), 300);
    const std::optional<DamagedLibrary::Damage> damage = DamagedLibrary::damageArticlesPage(path);
    QVERIFY(damage.has_value());
    QVERIFY(!damage->lostIds.isEmpty());

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const auto summaries = ArticleStore(**db).summaries(ids);
    QVERIFY2(summaries.ok(), qPrintable(summaries.error()));
    QCOMPARE(summaries->size(), ids.size() - damage->lostIds.size());
    for (const ArticleSummary &summary : *summaries)
        QVERIFY(!damage->lostIds.contains(summary.id));
    QVERIFY((*db)->isDamaged());
}

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
