// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"
#include "importing/pageimporter.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A saved news page written for these tests: a header, navigation, the article, a footer.
QByteArray articlePage(const QString &title, const QString &canonical, const QString &extra = {},
                       const QByteArray &charset = "utf-8")
{
    const QStringList sentences {
        u"The harbour council voted on Tuesday to rebuild the old sea wall before winter."_s,
        u"Engineers had warned for years that the stones were shifting with every storm."_s,
        u"Fishing families who moor their boats behind the wall welcomed the decision."_s,
        u"The work will close the northern quay for four months, the council said."_s,
        u"Money for the project comes from a regional fund for coastal towns."_s,
    };
    QString body;
    for (int p = 0; p < 6; ++p) {
        QString paragraph;
        for (int s = 0; s < 5; ++s)
            paragraph += sentences.at((p + s) % sentences.size()) + u' ';
        body += u"<p>"_s + paragraph.trimmed() + u"</p>\n"_s;
    }
    const QString html = u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"%1\">"
                         "<title>%2 | Harbour News</title>"
                         "<link rel=\"canonical\" href=\"%3\">"
                         "<meta property=\"og:site_name\" content=\"Harbour News\">"
                         "<meta name=\"author\" content=\"Mina Park\"></head><body>"
                         "<header><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a> "
                         "<a href=\"/sport\">Sport</a></nav></header>"
                         "<main><article><h1>%2</h1>%4%5</article></main>"
                         "<footer><a href=\"/about\">About us</a></footer></body></html>"_s.arg(
                             QString::fromLatin1(charset), title, canonical, extra, body);
    return html.toUtf8();
}

QByteArray navigationPage()
{
    QByteArray links;
    for (int i = 0; i < 30; ++i)
        links += "<li><a href=\"/section/" + QByteArray::number(i) + "\">Section "
            + QByteArray::number(i) + "</a></li>";
    return "<!DOCTYPE html><html><head><title>Harbour News: sections</title></head><body><nav><ul>"
        + links + "</ul></nav></body></html>";
}

} // namespace

class TestPageImporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TestHttpServer *m_server = nullptr;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    int count() const
    {
        const Result<int> n = ArticleStore(*m_db).count({});
        return n ? *n : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(*db);

        m_server = new TestHttpServer;
        m_server->answer(
            "/story",
            TestHttpServer::response("200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                                     articlePage(u"Sea wall to be rebuilt"_s,
                                                 u"https://harbour.example/local/sea-wall"_s)));
        m_server->answer("/missing", TestHttpServer::response("404 Not Found", {}, "no"));
        m_server->answer("/blank",
                         TestHttpServer::response("200 OK", "Content-Type: text/html\r\n", "\n"));
        m_server->answer("/loop",
                         TestHttpServer::response("302 Found", "Location: /loop2\r\n", {}));
        m_server->answer("/loop2",
                         TestHttpServer::response("302 Found", "Location: /loop\r\n", {}));
        m_server->route("/slow", [](QTcpSocket *, const QByteArray &) {});
        m_server->answer("/image",
                         TestHttpServer::response("200 OK", "Content-Type: image/png\r\n",
                                                  QByteArray("\x89PNG\r\n\x1a\n", 8)));
        m_server->answer(
            "/json",
            TestHttpServer::response("200 OK", "Content-Type: application/json\r\n", "{\"a\": 1}"));
        QString korean = QString::fromUtf8(articlePage(
            u"방파제 다시 짓는다"_s, u"https://harbour.example/ko/wall"_s, {}, "euc-kr"));
        m_server->answer("/korean",
                         TestHttpServer::response("200 OK",
                                                  "Content-Type: text/html; charset=euc-kr\r\n",
                                                  QStringEncoder("windows-949").encode(korean)));
    }

    void cleanupTestCase()
    {
        delete m_server;
        m_db.reset();
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("notAnArticle");

        QTest::newRow("empty-file")
            << u"file"_s << write(u"empty.html"_s, {}) << u"The file is empty"_s << false;
        QTest::newRow("white-space-file")
            << u"file"_s << write(u"blank.txt"_s, " \n\n \t\n") << u"The file is empty"_s << false;
        QTest::newRow("binary-nul")
            << u"file"_s << write(u"data.html"_s, QByteArray("<p>a\0\0\0b</p>", 12))
            << u"This is a binary file, not a web page or text"_s << false;
        QTest::newRow("control-bytes")
            << u"file"_s << write(u"noise.txt"_s, QByteArray("\x01\x02\x03\x04\x05\x06 text"))
            << u"This is a binary file, not a web page or text"_s << false;
        QTest::newRow("png-named-html")
            << u"file"_s << write(u"photo.html"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))
            << u"This is a PNG image, not a web page or text"_s << false;
        QTest::newRow("pdf") << u"file"_s << write(u"paper.pdf"_s, "%PDF-1.4\n1 0 obj\n")
                             << u"This is a PDF document, not a web page or text"_s << false;
        QTest::newRow("zip") << u"file"_s
                             << write(u"bundle.zip"_s, QByteArray("PK\x03\x04\x14\0\0\0", 8))
                             << u"This is a zip archive, not a web page or text"_s << false;
        QTest::newRow("missing-file")
            << u"file"_s << m_dir.filePath(u"nope.html"_s) << u"The file does not exist"_s << false;
        QTest::newRow("folder") << u"file"_s << m_dir.path() << u"This is a folder, not a file"_s
                                << false;
        {
            const QString path = m_dir.filePath(u"huge.html"_s);
            QFile huge(path);
            if (huge.open(QIODevice::WriteOnly))
                huge.resize(qint64(200) * 1024 * 1024); // sparse: nothing is written
            QTest::newRow("200-mb-file")
                << u"file"_s << path << u"The file is larger than 50 MB"_s << false;
        }
        QTest::newRow("100000-nested-divs")
            << u"file"_s
            << write(u"deep.html"_s,
                     "<html><body>" + QByteArray("<div>").repeated(100000) + "<p>deep</p>"
                         + QByteArray("</div>").repeated(100000) + "</body></html>")
            << u"The page is nested too deeply to read (more than 2000 levels)"_s << false;
        QTest::newRow("not-an-article") << u"file"_s << write(u"sections.html"_s, navigationPage())
                                        << u"This page doesn't look like an article"_s << true;
        QTest::newRow("only-interface-text") << u"text"_s << u"Settings\n• -2\n• +2\nX\nCLOSE\n"_s
                                             << u"No article text found"_s << false;
        QTest::newRow("empty-paste") << u"text"_s << u"  "_s << u"The text is empty"_s << false;
        QTest::newRow("url-404") << u"url"_s << m_server->url(u"/missing"_s).toString()
                                 << u"The server answered 404 Not Found"_s << false;
        QTest::newRow("url-redirects-forever") << u"url"_s << m_server->url(u"/loop"_s).toString()
                                               << u"The address redirects in a loop"_s << false;
        QTest::newRow("url-times-out") << u"url"_s << m_server->url(u"/slow"_s).toString()
                                       << u"Timed out after 0.5 seconds"_s << false;
        QTest::newRow("url-image") << u"url"_s << m_server->url(u"/image"_s).toString()
                                   << u"This is a PNG image, not a web page or text"_s << false;
        QTest::newRow("url-json") << u"url"_s << m_server->url(u"/json"_s).toString()
                                  << u"The address serves application/json, not a web page"_s
                                  << false;
        QTest::newRow("url-empty-page") << u"url"_s << m_server->url(u"/blank"_s).toString()
                                        << u"The server sent an empty page"_s << false;
        QTest::newRow("url-ftp") << u"url"_s << u"ftp://harbour.example/x.html"_s
                                 << u"Only http and https addresses can be opened"_s << false;
    }

    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QFETCH(bool, notAnArticle);
        const ImportInput input = kind == "file"_L1 ? ImportInput::file(value)
            : kind == "url"_L1                      ? ImportInput::url(QUrl(value))
                                                    : ImportInput::text(value);
        PageReader::Options options;
        options.timeoutMs = 500;
        const int before = count();
        const ImportReport report = PageImporter(*m_db).import(input, options);
        QVERIFY(!report.ok());
        QCOMPARE(report.message, message);
        QCOMPARE(report.status == ImportReport::Status::NotAnArticle, notAnArticle);
        QCOMPARE(report.articleId, 0);
        QCOMPARE(count(), before);
        QVERIFY(!report.describe().contains(u'\n'));
    }

    void wholePageAnyway()
    {
        const QString path = write(u"sections-again.html"_s, navigationPage());
        const int before = count();
        PageReader::Options options;
        options.wholePage = true;
        const ImportReport report = PageImporter(*m_db).import(ImportInput::file(path), options);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(count(), before + 1);
        QVERIFY(ArticleStore(*m_db).remove(report.articleId).ok());
    }

    void savedPageThenReimportUpdates()
    {
        const QString canonical = u"https://harbour.example/local/sea-wall-vote"_s;
        const QString first = write(
            u"sea-wall.html"_s, articlePage(u"Council votes to rebuild the sea wall"_s, canonical));
        const int before = count();
        const ImportReport report = PageImporter(*m_db).import(ImportInput::file(first));
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.status, ImportReport::Status::Imported);
        QCOMPARE(count(), before + 1);
        const Result<Article> article = ArticleStore(*m_db).get(report.articleId);
        QVERIFY(article.ok());
        QCOMPARE(article->title, u"Council votes to rebuild the sea wall"_s);
        QCOMPARE(article->canonicalUrl, canonical);
        QVERIFY(article->plainText.contains(u"Engineers had warned"_s));
        QVERIFY(!article->plainText.contains(u"About us"_s));
        QVERIFY(article->wordCount > 300);
        QVERIFY(article->sourceId > 0);
        const Result<Source> source = SourceStore(*m_db).get(article->sourceId);
        QVERIFY(source.ok());
        QCOMPARE(source->url, u"https://harbour.example/"_s);
        QCOMPARE(source->title, u"Harbour News"_s);

        // Saved again later under another name, with a new headline: same canonical URL.
        const QString second
            = write(u"sea-wall (1).html"_s,
                    articlePage(u"Sea wall: council confirms the rebuild"_s, canonical));
        const ImportReport again = PageImporter(*m_db).import(ImportInput::file(second));
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(again.status, ImportReport::Status::Updated);
        QCOMPARE(again.articleId, report.articleId);
        QCOMPARE(count(), before + 1);
        QCOMPARE(ArticleStore(*m_db).get(report.articleId)->title,
                 u"Sea wall: council confirms the rebuild"_s);
    }

    void invalidUtf8StillImports()
    {
        QByteArray page = articlePage(u"Bad bytes in the harbour"_s,
                                      u"https://harbour.example/local/bad-bytes"_s,
                                      u"<p>Broken: BROKEN here.</p>"_s);
        page.replace("BROKEN", "\xFF\xFE\xC3");
        const ImportReport report
            = PageImporter(*m_db).import(ImportInput::file(write(u"bad.html"_s, page)));
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(ArticleStore(*m_db)
                    .get(report.articleId)
                    ->plainText.contains(QChar::ReplacementCharacter));
    }

    void textFileImports()
    {
        const QString path = write(u"note.txt"_s,
                                   "Harbour notes\n\nThe tide tables for March were printed in the "
                                   "wrong order.\n\nA corrected copy is at the harbour office.\n");
        const ImportReport report = PageImporter(*m_db).import(ImportInput::file(path));
        QVERIFY2(report.ok(), qPrintable(report.message));
        const Result<Article> article = ArticleStore(*m_db).get(report.articleId);
        QCOMPARE(article->title, u"Harbour notes"_s);
        QCOMPARE(article->sourceId, 0);
        QVERIFY(
            article->contentHtml.contains(u"<p>A corrected copy is at the harbour office.</p>"_s));
    }

    void urlImports()
    {
        const QUrl url = m_server->url(u"/story"_s);
        const ImportReport report = PageImporter(*m_db).import(ImportInput::url(url));
        QVERIFY2(report.ok(), qPrintable(report.message));
        const Result<Article> article = ArticleStore(*m_db).get(report.articleId);
        QCOMPARE(article->title, u"Sea wall to be rebuilt"_s);
        QCOMPARE(article->url, url.toString());
        QCOMPARE(article->canonicalUrl, u"https://harbour.example/local/sea-wall"_s);
    }

    void eucKrUrlImports()
    {
        const ImportReport report
            = PageImporter(*m_db).import(ImportInput::url(m_server->url(u"/korean"_s)));
        QVERIFY2(report.ok(), qPrintable(report.message));
        const Result<Article> article = ArticleStore(*m_db).get(report.articleId);
        QVERIFY(article->title.startsWith(u"방파제 다시 짓는다"_s)); // decoded, not mojibake
        QVERIFY(article->plainText.contains(u"The harbour council voted"_s));
        QVERIFY(!article->plainText.contains(QChar::ReplacementCharacter));
    }

    void pastedTextImports()
    {
        const ImportReport report = PageImporter(*m_db).import(ImportInput::text(
            u"Ferry timetable changes\n\nFrom Monday the first ferry leaves at six, not half past five.\n"_s));
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.title, u"Ferry timetable changes"_s);
    }
};

QTEST_GUILESS_MAIN(TestPageImporter)
#include "tst_pageimporter.moc"
