// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's import path: drops and pastes go through ImportController to a worker thread
// and into the library; bad input gives one reason and stores nothing.

#include "importcontroller.h"
#include "store/articlestore.h"
#include "store/database.h"

#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
QString paragraphs()
{
    QString text;
    for (int i = 1; i <= 6; ++i)
        text
            += u"Paragraph %1 of the harbour report: the council met on Tuesday evening, heard "
               "from residents, engineers and the ferry company, and agreed after a long and "
               "careful debate that the old pier should reopen to walkers in the spring.\n\n"_s.arg(
                   i);
    return text;
}

QString articlePage()
{
    QString body;
    const QStringList blocks = paragraphs().split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &p : blocks)
        body += u"<p>"_s + p + u"</p>"_s;
    return u"<!doctype html><html lang=en><head><title>Pier reopens | Harbour News</title>"
           "<link rel=canonical href=\"https://news.example/pier\"></head><body>"
           "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Pier reopens</h1>"_s
        + body + u"</article><footer>Copyright</footer></body></html>"_s;
}

// A Byline export of two articles (what `byline export` writes).
QByteArray exportFile()
{
    QByteArray lines;
    for (int n = 1; n <= 2; ++n)
        lines += u"{\"title\":\"Exported pier story %1\",\"url\":\"https://news.example/e%1\","
                 "\"contentHtml\":\"<p>Paragraph 6 of the harbour report, part %1.</p>\","
                 "\"plainText\":\"Paragraph 6 of the harbour report, part %1.\"}\n"_s.arg(n)
                     .toUtf8();
    return lines;
}
} // namespace

class TestImportController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void imports_data();
    void imports();
    void importsWhileRunningAreQueued();
};

void TestImportController::imports_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("added");
    QTest::addColumn<QString>("status");

    QTest::newRow("dropped-saved-page")
        << u"file"_s << articlePage().toUtf8() << 1 << u"Pier reopens"_s;
    QTest::newRow("pasted-text") << u"text"_s
                                 << (u"Harbour pier to reopen\n\n"_s + paragraphs()).toUtf8() << 1
                                 << u"Harbour pier to reopen"_s;
    QTest::newRow("dropped-binary-file")
        << u"file"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 24) << 0 << u"not"_s;
    QTest::newRow("dropped-empty-file") << u"file"_s << QByteArray() << 0 << u"empty"_s;
    // Routed to the library importer: its articles, not one article titled "export".
    QTest::newRow("dropped-export") << u"export"_s << exportFile() << 2 << u"2 articles"_s;
}

void TestImportController::imports()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    QFETCH(int, added);
    QFETCH(QString, status);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString libraryPath = dir.filePath(u"library.sqlite"_s);
    Result<std::unique_ptr<Database>> db = Database::open(libraryPath);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ArticleStore store(**db);
    QCOMPARE(store.count({}).value(), 0);

    QWidget window;
    ImportController controller(libraryPath, &window);
    QSignalSpy messages(&controller, &ImportController::statusMessage);
    QSignalSpy imported(&controller, &ImportController::imported);

    QMimeData data;
    if (kind == "file"_L1 || kind == "export"_L1) {
        const QString path
            = dir.filePath(kind == "export"_L1 ? u"export.jsonl"_s : u"input.html"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        data.setUrls({ QUrl::fromLocalFile(path) });
    } else {
        data.setText(QString::fromUtf8(content));
    }
    QVERIFY(ImportController::canImport(&data));
    controller.importMimeData(&data);

    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 30000);
    const QString message = messages.constFirst().constFirst().toString();
    QVERIFY2(message.contains(status, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), "a reason is one line");
    QCOMPARE(store.count({}).value(), added);
    QCOMPARE(imported.size(), added > 0 ? 1 : 0); // once per batch: the last one stored
    if (added) {
        const qint64 id = imported.constFirst().constFirst().toLongLong();
        const Result<Article> article = store.get(id);
        QVERIFY2(article.ok(), qPrintable(article.error()));
        QVERIFY(article->plainText.contains(u"Paragraph 6 of the harbour report"_s));
        QVERIFY(!article->plainText.contains(u"Copyright"_s));
    }
}

// A second import asked for while one runs (a drop, or `byline FILE` handed over by a second
// start) runs after it instead of being dropped.
void TestImportController::importsWhileRunningAreQueued()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString libraryPath = dir.filePath(u"library.sqlite"_s);
    Result<std::unique_ptr<Database>> db = Database::open(libraryPath);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ArticleStore store(**db);

    QWidget window;
    ImportController controller(libraryPath, &window);
    QSignalSpy imported(&controller, &ImportController::imported);
    for (int batch = 1; batch <= 3; ++batch) {
        QMimeData data;
        data.setText(u"Queued harbour story %1\n\n"_s.arg(batch) + paragraphs());
        controller.importMimeData(&data);
    }
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 3, 60000);
    QCOMPARE(store.count({}).value(), 3);
}

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
