// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articlejson.h"
#include "library/libraryimporter.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/readstore.h"
#include "store/sourcestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now = QDateTime::currentDateTimeUtc();

QByteArray goodLine(int n, bool withReads = false)
{
    ExportedArticle e;
    e.article.title = u"Article %1"_s.arg(n);
    e.article.url = u"https://chronicle.example/2026/11/article-%1"_s.arg(n);
    e.article.canonicalUrl = e.article.url;
    e.article.section = u"News"_s;
    e.article.published = now.addDays(-2).addSecs(n * 60);
    e.article.plainText = u"Text of article %1."_s.arg(n);
    e.article.contentHtml = u"<p>Text of article %1.</p>"_s.arg(n);
    e.article.wordCount = 4;
    e.article.read = n % 2 == 0;
    e.article.starred = n == 3;
    e.hasSource = true;
    e.source = Source { 0, u"The Byline Chronicle"_s, u"https://chronicle.example/"_s,
                        Source::Kind::Site };
    if (withReads)
        e.reads
            = { { now.addDays(-1), 30 }, { now.addSecs(-3 * 3600), 12 }, { now.addSecs(-600), 7 } };
    return ArticleJson::toLine(e);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

} // namespace

class TestLibraryImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void looksLikeExport_data();
    void looksLikeExport();
    void unreadableFile();
    void malformedStoresNothing_data();
    void malformedStoresNothing();
    void importsStateAndReads();
    void reimportAddsNothing();
};

void TestLibraryImporter::looksLikeExport_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("expected");
    QTest::newRow("export") << goodLine(1) << u"a.jsonl"_s << true;
    QTest::newRow("export-any-name") << goodLine(1) << u"backup.txt"_s << true;
    QTest::newRow("bom-and-blank-lines")
        << QByteArray("\xEF\xBB\xBF\n\n  " + goodLine(1)) << u"a.json"_s << true;
    QTest::newRow("html") << QByteArray("<!doctype html><title>x</title>") << u"a.html"_s << false;
    QTest::newRow("text") << QByteArray("Harbour lights return\n\nThe lamps...") << u"a.txt"_s
                          << false;
    QTest::newRow("empty-jsonl") << QByteArray() << u"empty.jsonl"_s << true;
    QTest::newRow("empty-txt") << QByteArray("  \n") << u"empty.txt"_s << false;
}

void TestLibraryImporter::looksLikeExport()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(bool, expected);
    QTemporaryDir dir;
    const Result<bool> looks = LibraryImporter::looksLikeExport(writeFile(dir, name, content));
    QVERIFY2(looks.ok(), qPrintable(looks.error()));
    QCOMPARE(*looks, expected);
}

void TestLibraryImporter::unreadableFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.jsonl"_s);
    const Result<bool> looks = LibraryImporter::looksLikeExport(missing);
    QVERIFY(!looks.ok());
    QVERIFY(looks.error().contains(missing));
    QVERIFY(!LibraryImporter::readFile(missing).ok());
}

void TestLibraryImporter::malformedStoresNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<QString>("problem");
    QTest::newRow("bad-json-on-line-3")
        << goodLine(1) + '\n' + goodLine(2) + "\n{\"title\": \"x\",\n" + goodLine(4) + '\n'
        << 3 << u"not valid JSON"_s;
    QTest::newRow("no-title-on-line-1")
        << "{\"url\": \"https://a.example/\"}\n" + goodLine(2) << 1 << u"no title"_s;
    QTest::newRow("blank-lines-still-count") << goodLine(1) + "\n\n\n[1]\n"
                                             << 4 << u"not a JSON object"_s;
    QTest::newRow("read-too-short") << goodLine(1) + '\n'
            + QByteArray("{\"title\": \"x\", \"reads\": "
                         "[{\"at\": \"2026-11-20T10:00:00.000Z\", \"seconds\": 2}]}\n")
                                    << 2 << u"at least 5 seconds"_s;
    QTest::newRow("wrong-type-last-line-no-newline")
        << goodLine(1) + '\n' + goodLine(2) + "\n{\"title\": \"x\", \"starred\": 1}" << 3
        << u"\"starred\""_s;
}

void TestLibraryImporter::malformedStoresNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, badLine);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString path = writeFile(dir, u"bad.jsonl"_s, content);

    const Result<LibraryImporter::Outcome> outcome = LibraryImporter(**db).importFile(path);
    QVERIFY(!outcome.ok());
    const QString expected = u"%1, line %2: "_s.arg(path).arg(badLine);
    QVERIFY2(outcome.error().startsWith(expected), qPrintable(outcome.error()));
    QVERIFY2(outcome.error().contains(problem), qPrintable(outcome.error()));
    QVERIFY(!outcome.error().contains(u'\n'));
    QCOMPARE(*ArticleStore(**db).count(ArticleFilter {}), 0);
    QVERIFY(SourceStore(**db).list()->isEmpty());
}

void TestLibraryImporter::importsStateAndReads()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString path = writeFile(
        dir, u"in.jsonl"_s, goodLine(1) + '\n' + goodLine(2, true) + '\n' + goodLine(3) + '\n');
    const Result<LibraryImporter::Outcome> outcome = LibraryImporter(**db).importFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(outcome->articles, 3);
    QCOMPARE(outcome->added, 3);
    QCOMPARE(outcome->reads, 3);

    const ArticleStore store(**db);
    ArticleFilter unread;
    unread.unreadOnly = true;
    ArticleFilter starred;
    starred.starredOnly = true;
    QCOMPARE(*store.count(unread), 2);
    QCOMPARE(*store.count(starred), 1);
    const Result<QList<TopStory>> top = ReadStore(**db).topStories(10, 7, now);
    QVERIFY(top.ok());
    QCOMPARE(top->first().article.title, u"Article 2"_s);
    QCOMPARE(top->first().reads, 3);
    QCOMPARE(SourceStore(**db).list()->size(), 1);
}

void TestLibraryImporter::reimportAddsNothing()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString path
        = writeFile(dir, u"in.jsonl"_s, goodLine(1, true) + '\n' + goodLine(2) + '\n');
    LibraryImporter importer(**db);
    QVERIFY(importer.importFile(path).ok());
    const Result<LibraryImporter::Outcome> again = importer.importFile(path);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->articles, 2);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->reads, 0); // the same reads are not counted twice
    QCOMPARE(*ArticleStore(**db).count(ArticleFilter {}), 2);
    QCOMPARE(ReadStore(**db).topStories(10, 7, now)->first().reads, 3);
}

QTEST_GUILESS_MAIN(TestLibraryImporter)
#include "tst_libraryimporter.moc"
