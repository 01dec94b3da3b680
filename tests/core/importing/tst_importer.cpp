// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../fixtures/hostileexport.h"
#include "importing/importer.h"
#include "library/articlejson.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray exportLine(int n)
{
    ExportedArticle e;
    e.article.title = u"Exported %1"_s.arg(n);
    e.article.url = u"https://chronicle.example/2026/12/exported-%1"_s.arg(n);
    e.article.canonicalUrl = e.article.url;
    e.article.contentHtml = u"<p>Body of exported article %1.</p>"_s.arg(n);
    e.article.plainText = u"Body of exported article %1."_s.arg(n);
    e.reads = { { QDateTime::currentDateTimeUtc().addSecs(-600), 30 } };
    return ArticleJson::toLine(e) + '\n';
}

// A saved news page: enough text to be an article, relative links and images, and whatever
// `head` adds (canonical, og:url, base).
QByteArray savedPage(const QString &head)
{
    QString body;
    for (int p = 0; p < 6; ++p)
        body += u"<p>The harbour council voted on Tuesday to rebuild the old sea wall before "
                "winter, and engineers said the stones had shifted with every storm for years, "
                "so the fishing families who moor behind it welcomed the news. Paragraph %1.</p>"_s
                    .arg(p + 1);
    return (u"<!DOCTYPE html><html><head><title>Sea wall to be rebuilt</title>"_s + head
            + u"</head><body><article><h1>Sea wall to be rebuilt</h1>"
              "<p>See <a href=\"../plans/wall.html\">the plans</a> and "
              "<a href=\"/about\">about us</a>.<img src=\"images/wall.jpg\" alt=\"wall\"></p>"_s
            + body + u"</article></body></html>"_s)
        .toUtf8();
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(db).value();
    }

    void route_data()
    {
        QTest::addColumn<ImportInput>("input");
        QTest::addColumn<int>("route");
        const int exportRoute = int(Importer::Route::LibraryExport);
        const int page = int(Importer::Route::Page);
        QTest::newRow("export") << ImportInput::file(write(u"a.jsonl"_s, exportLine(1)))
                                << exportRoute;
        QTest::newRow("export-by-content")
            << ImportInput::file(write(u"export.txt"_s, "\xEF\xBB\xBF \n" + exportLine(1)))
            << exportRoute;
        QTest::newRow("empty-jsonl")
            << ImportInput::file(write(u"empty.jsonl"_s, {})) << exportRoute;
        QTest::newRow("html") << ImportInput::file(write(u"page.html"_s, savedPage({}))) << page;
        QTest::newRow("html-named-jsonl")
            << ImportInput::file(write(u"page.jsonl"_s, savedPage({}))) << page;
        QTest::newRow("text") << ImportInput::file(write(u"notes.txt"_s, "Notes\n\nSome text.\n"))
                              << page;
        QTest::newRow("missing") << ImportInput::file(m_dir.filePath(u"missing.jsonl"_s)) << page;
        QTest::newRow("folder") << ImportInput::file(m_dir.path()) << page;
        QTest::newRow("url") << ImportInput::fromArgument(u"https://harbour.example/x"_s) << page;
        QTest::newRow("pasted-text") << ImportInput::text(u"{\"title\": \"x\"}"_s) << page;
        QTest::newRow("standard-input") << ImportInput::fromArgument(u"-"_s) << page;
    }

    void route()
    {
        QFETCH(ImportInput, input);
        QFETCH(int, route);
        const Result<Importer::Route> routed = Importer::route(input);
        QVERIFY2(routed.ok(), qPrintable(routed.error()));
        QCOMPARE(int(*routed), route);
    }

    void fromArgument()
    {
        QCOMPARE(ImportInput::fromArgument(u"-"_s).kind, ImportInput::Kind::StandardInput);
        QCOMPARE(ImportInput::fromArgument(u"http://a.example/"_s).kind, ImportInput::Kind::Url);
        QCOMPARE(ImportInput::fromArgument(u"file:///tmp/x.html"_s).value, u"/tmp/x.html"_s);
        QCOMPARE(ImportInput::fromArgument(u"x.html"_s).kind, ImportInput::Kind::File);
    }

    // Each article is told once the transaction that stored it committed: another connection
    // already sees it.
    void exportTellsEachArticleAfterCommit()
    {
        const QString path = write(u"three.jsonl"_s, exportLine(1) + exportLine(2) + exportLine(3));
        Result<std::unique_ptr<Database>> other = Database::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QList<StoredArticle> told;
        QStringList problems;
        Importer::Options options;
        options.onStored = [&](const StoredArticle &article) {
            told.append(article);
            const Result<Article> seen = ArticleStore(**other).get(article.id);
            if (!seen || seen->title != article.title)
                problems.append(article.title);
        };
        const ImportReport report = Importer(*m_db).import(ImportInput::file(path), options);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.libraryExport);
        QVERIFY(problems.isEmpty());
        QCOMPARE(told.size(), 3);
        QCOMPARE(report.stored.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(told.at(i).title, u"Exported %1"_s.arg(i + 1));
            QCOMPARE(report.stored.at(i).id, told.at(i).id);
            QVERIFY(told.at(i).added);
        }
        QCOMPARE(report.added, 3);
        QCOMPARE(report.reads, 3);
        QCOMPARE(report.articleId, told.constLast().id);

        // Again: the same three, updated, same ids.
        told.clear();
        const ImportReport again = Importer(*m_db).import(ImportInput::file(path), options);
        QCOMPARE(again.status, ImportReport::Status::Updated);
        QCOMPARE(told.size(), 3);
        QVERIFY(!told.at(0).added);
        QCOMPARE(told.at(0).id, report.stored.at(0).id);
    }

    void pageTellsItsArticle()
    {
        QList<StoredArticle> told;
        Importer::Options options;
        options.onStored = [&told](const StoredArticle &article) { told.append(article); };
        const ImportReport report
            = Importer(*m_db).import(ImportInput::file(write(u"tide.txt"_s,
                                                             "Tide tables\n\nThe March tables were "
                                                             "printed in the wrong order.\n")),
                                     options);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(!report.libraryExport);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.at(0).id, report.articleId);
        QCOMPARE(told.at(0).title, u"Tide tables"_s);
    }

    void badExportStoresNothing()
    {
        const int before = *ArticleStore(*m_db).count({});
        bool told = false;
        Importer::Options options;
        options.onStored = [&told](const StoredArticle &) { told = true; };
        const ImportReport report = Importer(*m_db).import(
            ImportInput::file(write(u"bad.jsonl"_s, exportLine(7) + "{\"title\": 3}\n")), options);
        QCOMPARE(report.status, ImportReport::Status::Failed);
        QCOMPARE(report.message, u"line 2: field \"title\" must be a string"_s);
        QCOMPARE(report.describe(), u"bad.jsonl: line 2: field \"title\" must be a string"_s);
        QVERIFY(!told);
        QCOMPARE(*ArticleStore(*m_db).count({}), before);
    }

    void hostileExportIsSanitised()
    {
        const ImportReport report = Importer(*m_db).import(
            ImportInput::file(write(u"hostile.jsonl"_s, HostileExport::file())));
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.stored.size(), 2);
        for (const StoredArticle &stored : report.stored) {
            const Result<Article> article = ArticleStore(*m_db).get(stored.id);
            QVERIFY2(article.ok(), qPrintable(article.error()));
            for (const QString &field : { article->contentHtml, article->url, article->canonicalUrl,
                                          article->leadImageUrl }) {
                const QString bad = HostileExport::firstForbidden(field);
                QVERIFY2(bad.isEmpty(), qPrintable(bad + u" in "_s + field));
            }
            QVERIFY2(article->contentHtml.contains(HostileExport::kept()),
                     qPrintable(article->contentHtml));
            QVERIFY(article->contentHtml.contains(u"relative link"_s)); // the text stays
        }
        // Relative addresses resolve against the article's own web address, or go.
        const Article withAddress = *ArticleStore(*m_db).get(report.stored.at(0).id);
        QVERIFY2(withAddress.contentHtml.contains(
                     u"href=\"https://harbour.example/relative/page.html\""_s),
                 qPrintable(withAddress.contentHtml));
        QVERIFY(
            withAddress.contentHtml.contains(u"src=\"https://harbour.example/img/local.png\""_s));
        const Article without = *ArticleStore(*m_db).get(report.stored.at(1).id);
        QVERIFY(without.url.isEmpty());
        for (const QString &relative : HostileExport::relative())
            QVERIFY2(!without.contentHtml.contains(relative), qPrintable(without.contentHtml));
    }

    // A saved page's relative links and images: resolved against its canonical, og:url or web
    // <base href>; without one they are dropped (a link keeps its text). Never a file: URL.
    void savedPageAddresses_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("base"); // "" when nothing resolves
        QTest::newRow("canonical")
            << u"<link rel=\"canonical\" href=\"https://harbour.example/news/wall\">"_s
            << u"https://harbour.example/news/"_s;
        QTest::newRow("og-url")
            << u"<meta property=\"og:url\" content=\"https://harbour.example/news/wall\">"_s
            << u"https://harbour.example/news/"_s;
        QTest::newRow("base-href") << u"<base href=\"https://mirror.example/story/\">"_s
                                   << u"https://mirror.example/story/"_s;
        QTest::newRow("file-base-ignored")
            << u"<base href=\"file:///home/someone/\">"_s << QString();
        QTest::newRow("nothing") << QString() << QString();
    }

    void savedPageAddresses()
    {
        QFETCH(QString, head);
        QFETCH(QString, base);
        const QString path = write(
            u"saved-%1.html"_s.arg(QString::fromLatin1(QTest::currentDataTag())), savedPage(head));
        const ImportReport report = Importer(*m_db).import(ImportInput::file(path));
        QVERIFY2(report.ok(), qPrintable(report.message));
        const Article article = *ArticleStore(*m_db).get(report.articleId);
        const QString html = article.contentHtml;
        QVERIFY2(!html.contains(u"file:"_s), qPrintable(html));
        QVERIFY2(html.contains(u"the plans"_s) && html.contains(u"about us"_s), qPrintable(html));
        if (base.isEmpty()) {
            QVERIFY2(!html.contains(u"<a "_s), qPrintable(html));
            QVERIFY2(!html.contains(u"<img"_s), qPrintable(html));
            QVERIFY2(!html.contains(u"wall.html"_s), qPrintable(html));
        } else {
            const QUrl root = QUrl(base).resolved(QUrl(u"/"_s));
            QVERIFY2(html.contains(u"href=\"%1\""_s.arg(
                         QUrl(base).resolved(QUrl(u"../plans/wall.html"_s)).toString())),
                     qPrintable(html));
            QVERIFY2(html.contains(u"href=\"%1about\""_s.arg(root.toString())), qPrintable(html));
            QVERIFY2(html.contains(u"src=\"%1images/wall.jpg\""_s.arg(base)), qPrintable(html));
        }
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
