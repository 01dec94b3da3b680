// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/articlejson.h"
#include "library/libraryexporter.h"
#include "library/libraryimporter.h"
#include "library/samplelibrary.h"
#include "store/articlestore.h"
#include "store/database.h"

#include "../../fixtures/damagedlibrary.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<ExportedArticle>)

namespace {

QList<ExportedArticle> handMade()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ExportedArticle> list;
    ExportedArticle full;
    full.article.title = u"Mortgage Q&A: \"Fix or float?\" #1 & #2 cut 0.25% + more"_s;
    full.article.url = u"https://ledger.example/money/a?utm_source=feed"_s;
    full.article.canonicalUrl = u"https://ledger.example/money/a"_s;
    full.article.deck = u"Deck"_s;
    full.article.section = u"Business"_s;
    full.article.author = u"Priya Raman"_s;
    full.article.published = now.addDays(-3);
    full.article.fetched = now.addDays(-3).addSecs(120);
    full.article.created = now.addDays(-3).addSecs(121);
    full.article.language = u"en"_s;
    full.article.summary = u"Summary"_s;
    full.article.contentHtml = u"<h2>Why</h2>\n<ul><li>one</li></ul>"_s;
    full.article.plainText = u"Why\n\n\u2022 one"_s;
    full.article.wordCount = 3;
    full.article.starred = true;
    full.hasSource = true;
    full.source
        = Source { 0, u"Northshore Ledger"_s, u"https://ledger.example/"_s, Source::Kind::Feed };
    full.reads = { { now.addDays(-2), 40 }, { now.addSecs(-7200), 6 } };
    list.append(full);

    ExportedArticle pasted; // no url, no source, no published time
    pasted.article.title = u"Notes pasted from somewhere"_s;
    pasted.article.plainText = u"Some text."_s;
    pasted.article.contentHtml = u"<p>Some text.</p>"_s;
    pasted.article.wordCount = 2;
    pasted.article.read = true;
    list.append(pasted);

    ExportedArticle korean;
    korean.article.title = u"골목 서점들이 겨울을 나는 법"_s;
    korean.article.url = u"https://hanbit.example/culture/1"_s;
    korean.article.language = u"ko"_s;
    korean.article.plainText = u"오후 네 시가 조금 넘으면"_s;
    korean.article.published = now.addDays(-1);
    korean.hasSource = true;
    korean.source = Source { 0, u"한빛일보"_s, u"https://hanbit.example/"_s, Source::Kind::Site };
    list.append(korean);
    return list;
}

QByteArrayList exportOf(Database &db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<ReadableArticles::Report> written = LibraryExporter(db).write(buffer);
    if (!written)
        return { written.error().toUtf8() };
    if (!written->complete())
        return { written->lines().join(u'\n').toUtf8() };
    QByteArrayList lines = buffer.data().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonObject withoutUpdated(const QByteArray &line)
{
    QJsonObject object = QJsonDocument::fromJson(line).object();
    object.remove(u"updated"_s);
    return object;
}

} // namespace

class TestLibraryExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void writesFile();
    void skipsUnreadableArticles();
    void findsArticlesWithoutIndexes();
};

void TestLibraryExporter::roundTrip_data()
{
    QTest::addColumn<QList<ExportedArticle>>("articles");
    QTest::newRow("sample-library") << *SampleLibrary::load();
    QTest::newRow("hand-made") << handMade();
    QTest::newRow("empty-library") << QList<ExportedArticle>();
}

void TestLibraryExporter::roundTrip()
{
    QFETCH(QList<ExportedArticle>, articles);
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> first = Database::open(dir.filePath(u"first.sqlite"_s));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const Result<LibraryImporter::Outcome> stored = LibraryImporter(**first).store(articles);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    const QByteArrayList exported = exportOf(**first);
    QCOMPARE(exported.size(), articles.size());

    // Every field of the input survives, ids included (an empty library numbers from 1).
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Result<ExportedArticle> back = ArticleJson::fromLine(exported.at(i));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        ExportedArticle expected = articles.at(i);
        expected.article.id = i + 1;
        QJsonObject want = withoutUpdated(ArticleJson::toLine(expected));
        QJsonObject got = withoutUpdated(exported.at(i));
        if (!expected.article.created.isValid()) { // the store sets it
            QVERIFY(back->article.created.isValid());
            want.remove(u"created"_s);
            got.remove(u"created"_s);
        }
        QCOMPARE(got, want);
    }

    // export -> import into an empty library -> export
    const QString path = dir.filePath(u"export.jsonl"_s);
    QVERIFY(LibraryExporter(**first).writeFile(path).ok());
    QTest::qSleep(3); // a store that stamps "updated" on import shows here
    Result<std::unique_ptr<Database>> second = Database::open(dir.filePath(u"second.sqlite"_s));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    const Result<LibraryImporter::Outcome> imported = LibraryImporter(**second).importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->added, int(articles.size()));
    const QByteArrayList again = exportOf(**second);
    QCOMPARE(again.size(), exported.size());
    for (qsizetype i = 0; i < again.size(); ++i)
        QCOMPARE(withoutUpdated(again.at(i)), withoutUpdated(exported.at(i)));
    QCOMPARE(again, exported);
}

void TestLibraryExporter::writesFile()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(SampleLibrary::fill(**db).ok());
    const QString path = dir.filePath(u"out.jsonl"_s);
    const Result<ReadableArticles::Report> written = LibraryExporter(**db).writeFile(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY(written->complete());
    QCOMPARE(written->read, *ArticleStore(**db).count(ArticleFilter {}));
    const Result<QList<ExportedArticle>> read = LibraryImporter::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->size(), written->read);
    const Result<ReadableArticles::Report> unwritable
        = LibraryExporter(**db).writeFile(dir.filePath(u"no/such/dir/x"_s));
    QVERIFY(!unwritable.ok());
}

// One page of the articles table overwritten: the file is still written, with every article
// that was not on that page, and the lost ones are reported.
void TestLibraryExporter::skipsUnreadableArticles()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"damaged.sqlite"_s);
    const QList<qint64> ids = DamagedLibrary::create(library, 300);
    QCOMPARE(ids.size(), 300);
    const std::optional<DamagedLibrary::Damage> damage
        = DamagedLibrary::damageArticlesPage(library);
    QVERIFY(damage);
    QVERIFY(!damage->lostIds.isEmpty());
    const QByteArray before = DamagedLibrary::hash(library);

    const QString path = dir.filePath(u"out.jsonl"_s);
    {
        Result<std::unique_ptr<Database>> db = Database::open(library);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const Result<ReadableArticles::Report> written = LibraryExporter(**db).writeFile(path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written->read, int(ids.size() - damage->lostIds.size()));
        QVERIFY(!written->complete());
        QSet<qint64> skipped;
        for (const ReadableArticles::Skipped &run : written->skipped) {
            QVERIFY(!run.reason.isEmpty());
            for (qint64 id = run.first; id <= run.last; ++id)
                skipped.insert(id);
        }
        QCOMPARE(skipped, damage->lostIds);
        QVERIFY(written->lines().size() >= 1);
        QVERIFY(!written->summary().isEmpty());
    }
    const Result<QList<ExportedArticle>> read = LibraryImporter::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QSet<qint64> exported;
    int withReads = 0;
    int withSource = 0;
    for (const ExportedArticle &line : *read) {
        exported.insert(line.article.id);
        withReads += line.reads.isEmpty() ? 0 : 1;
        withSource += line.hasSource ? 1 : 0;
        QVERIFY(!line.article.plainText.isEmpty());
    }
    QSet<qint64> expected(ids.cbegin(), ids.cend());
    expected.subtract(damage->lostIds);
    QCOMPARE(exported, expected);
    QVERIFY(withReads > 0);
    QVERIFY(withSource > 0);
    QCOMPARE(DamagedLibrary::hash(library), before); // only read
}

// Both list-order indexes unreadable: the ids cannot be listed, yet every article (the table is
// whole) is found by probing ids and exported.
void TestLibraryExporter::findsArticlesWithoutIndexes()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"indexes.sqlite"_s);
    const QList<qint64> ids = DamagedLibrary::create(library, 300);
    QCOMPARE(ids.size(), 300);
    QVERIFY(DamagedLibrary::damageIndex(library, u"articles_by_created"_s));
    QVERIFY(DamagedLibrary::damageIndex(library, u"articles_by_sort_time"_s));

    Result<std::unique_ptr<Database>> db = Database::open(library);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const ArticleStore store(**db);
    QVERIFY(!store.listIds(ArticleFilter {}, ArticleOrder::Added).ok());
    QVERIFY(!store.listIds(ArticleFilter {}, ArticleOrder::Published).ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<ReadableArticles::Report> written = LibraryExporter(**db).write(buffer);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QVERIFY2(written->complete(), qPrintable(written->lines().join(u'\n')));
    QCOMPARE(written->read, 300);
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    const Result<QList<ExportedArticle>> read = LibraryImporter::parse(buffer, u"export"_s);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QList<qint64> exported;
    for (const ExportedArticle &line : *read)
        exported.append(line.article.id);
    QCOMPARE(exported, ids);
}

QTEST_GUILESS_MAIN(TestLibraryExporter)
#include "tst_libraryexporter.moc"
