// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articlejson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ExportedArticle)

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

ExportedArticle fullArticle()
{
    ExportedArticle e;
    Article &a = e.article;
    a.id = 42;
    a.url = u"https://chronicle.example/2026/11/a?utm_source=x"_s;
    a.canonicalUrl = u"https://chronicle.example/2026/11/a"_s;
    a.title = u"Q&A: \"Rates\" #1 + 0.5% \u2014 what now?"_s;
    a.deck = u"A deck"_s;
    a.section = u"Business"_s;
    a.author = u"Priya Raman"_s;
    a.published = utc("2026-11-20T07:15:00.123Z");
    a.fetched = utc("2026-11-20T07:50:00.000Z");
    a.language = u"en"_s;
    a.summary = u"Summary."_s;
    a.contentHtml = u"<p>One</p>\n<blockquote><p>Two</p></blockquote>"_s;
    a.plainText = u"One\n\nTwo"_s;
    a.wordCount = 2;
    a.leadImageUrl = u"qrc:/sample/images/harbour-lights.jpg"_s;
    a.read = true;
    a.starred = true;
    a.created = utc("2026-11-20T07:50:00.001Z");
    a.updated = utc("2026-11-21T08:00:00.999Z");
    e.hasSource = true;
    e.source
        = Source { 0, u"Northshore Ledger"_s, u"https://ledger.example/"_s, Source::Kind::Feed };
    e.reads = { { utc("2026-11-22T10:00:00.000Z"), 95 }, { utc("2026-11-23T11:30:00.000Z"), 5 } };
    return e;
}

} // namespace

class TestArticleJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void timesAreUtcWithMilliseconds();
    void malformed_data();
    void malformed();
};

void TestArticleJson::roundTrip_data()
{
    QTest::addColumn<ExportedArticle>("article");
    QTest::newRow("every-field") << fullArticle();
    ExportedArticle bare;
    bare.article.title = u"Only a title"_s;
    QTest::newRow("bare-no-source-no-times") << bare;
    ExportedArticle korean = fullArticle();
    korean.article.title = u"골목 서점들이 겨울을 나는 법"_s;
    korean.article.language = u"ko"_s;
    korean.source.kind = Source::Kind::Site;
    korean.reads.clear();
    QTest::newRow("korean-site-no-reads") << korean;
}

void TestArticleJson::roundTrip()
{
    QFETCH(ExportedArticle, article);
    const QByteArray line = ArticleJson::toLine(article);
    QVERIFY(!line.contains('\n'));
    const Result<ExportedArticle> back = ArticleJson::fromLine(line);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    const Article &a = back->article;
    const Article &b = article.article;
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.url, b.url);
    QCOMPARE(a.canonicalUrl, b.canonicalUrl);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.deck, b.deck);
    QCOMPARE(a.section, b.section);
    QCOMPARE(a.author, b.author);
    QCOMPARE(a.published, b.published);
    QCOMPARE(a.fetched, b.fetched);
    QCOMPARE(a.language, b.language);
    QCOMPARE(a.summary, b.summary);
    QCOMPARE(a.contentHtml, b.contentHtml);
    QCOMPARE(a.plainText, b.plainText);
    QCOMPARE(a.wordCount, b.wordCount);
    QCOMPARE(a.leadImageUrl, b.leadImageUrl);
    QCOMPARE(a.read, b.read);
    QCOMPARE(a.starred, b.starred);
    QCOMPARE(a.created, b.created);
    QCOMPARE(a.updated, b.updated);
    QCOMPARE(back->hasSource, article.hasSource);
    QCOMPARE(back->source.title, article.source.title);
    QCOMPARE(back->source.url, article.source.url);
    QCOMPARE(back->source.kind, article.source.kind);
    QCOMPARE(back->reads, article.reads);
    // And the line itself is stable.
    QCOMPARE(ArticleJson::toLine(*back), line);
}

void TestArticleJson::timesAreUtcWithMilliseconds()
{
    ExportedArticle e = fullArticle();
    e.article.published = QDateTime(QDate(2026, 11, 20), QTime(9, 15), QTimeZone(7200));
    const QJsonObject o = QJsonDocument::fromJson(ArticleJson::toLine(e)).object();
    QCOMPARE(o.value(u"published"_s).toString(), u"2026-11-20T07:15:00.000Z"_s);
    QCOMPARE(o.value(u"created"_s).toString(), u"2026-11-20T07:50:00.001Z"_s);
    QVERIFY(o.value(u"source"_s).isObject());
    QCOMPARE(o.value(u"source"_s).toObject().value(u"kind"_s).toString(), u"feed"_s);
    e.article.published = QDateTime();
    QVERIFY(
        QJsonDocument::fromJson(ArticleJson::toLine(e)).object().value(u"published"_s).isNull());
}

void TestArticleJson::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not-json") << QByteArray("{\"title\": \"x\",") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::newRow("no-title") << QByteArray("{\"url\": \"https://a.example/\"}") << u"no title"_s;
    QTest::newRow("title-number") << QByteArray("{\"title\": 5}") << u"\"title\""_s;
    QTest::newRow("bad-time") << QByteArray("{\"title\": \"x\", \"published\": \"yesterday\"}")
                              << u"\"published\""_s;
    QTest::newRow("negative-words")
        << QByteArray("{\"title\": \"x\", \"wordCount\": -3}") << u"\"wordCount\""_s;
    QTest::newRow("fraction-id") << QByteArray("{\"title\": \"x\", \"id\": 1.5}") << u"\"id\""_s;
    QTest::newRow("read-string") << QByteArray("{\"title\": \"x\", \"read\": \"yes\"}")
                                 << u"\"read\""_s;
    QTest::newRow("source-string")
        << QByteArray("{\"title\": \"x\", \"source\": \"Ledger\"}") << u"\"source\""_s;
    QTest::newRow("source-kind") << QByteArray(
        "{\"title\": \"x\", \"source\": {\"url\": \"https://a.example/\", \"kind\": \"blog\"}}")
                                 << u"source.kind"_s;
    QTest::newRow("source-no-url")
        << QByteArray("{\"title\": \"x\", \"source\": {\"title\": \"A\"}}") << u"source.url"_s;
    QTest::newRow("reads-object") << QByteArray("{\"title\": \"x\", \"reads\": {}}")
                                  << u"\"reads\""_s;
    QTest::newRow("read-without-time")
        << QByteArray("{\"title\": \"x\", \"reads\": [{\"seconds\": 30}]}") << u"reads.at"_s;
    // Found by tests/fuzz (exportreader): a number beyond qint64 was converted before the range
    // check, which is undefined behaviour (UBSan: "outside the range of representable values").
    QTest::newRow("huge-id") << QByteArray("{\"title\": \"x\", \"id\": 7.7e72}") << u"\"id\""_s;
    QTest::newRow("huge-negative-words")
        << QByteArray("{\"title\": \"x\", \"wordCount\": -1e300}") << u"\"wordCount\""_s;
    QTest::newRow("huge-read-seconds")
        << QByteArray("{\"title\": \"x\", \"reads\": [{\"at\": \"2026-11-20T10:00:00.000Z\", "
                      "\"seconds\": 1e19}]}")
        << u"seconds"_s;
    QTest::newRow("invalid-utf8") << QByteArray("{\"title\": \"\xff\xfe\"}") << u"not valid JSON"_s;
}

void TestArticleJson::malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, mentions);
    const Result<ExportedArticle> parsed = ArticleJson::fromLine(line);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    QVERIFY(!parsed.error().contains(u'\n'));
}

QTEST_APPLESS_MAIN(TestArticleJson)
#include "tst_articlejson.moc"
