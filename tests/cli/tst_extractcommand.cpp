// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `byline extract` and `byline import` of pages, text and URLs, run as a user would.
#include "testhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArrayList lines(const QByteArray &text)
{
    QByteArrayList list = text.split('\n');
    if (!list.isEmpty() && list.constLast().isEmpty())
        list.removeLast();
    return list;
}

QByteArray page(const QString &title, const QString &canonical)
{
    QString paragraphs;
    for (int i = 0; i < 6; ++i)
        paragraphs
            += u"<p>Paragraph %1 of the harbour story: the council met at dawn, engineers "
               "explained the plans for the sea wall, and the fishing families listened "
               "closely to every detail of the four-month closure of the northern quay.</p>"_s.arg(
                   i + 1);
    return (u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
            "<link rel=\"canonical\" href=\"%2\">"
            "<meta name=\"author\" content=\"Mina Park\">"
            "<meta property=\"article:published_time\" content=\"2026-03-01T09:30:00Z\">"
            "<meta property=\"article:section\" content=\"Local\"></head><body>"
            "<nav><a href=\"/\">Home</a></nav><article><h1>%1</h1>%3</article></body></html>"_s.arg(
                title, canonical, paragraphs))
        .toUtf8();
}

} // namespace

class TestExtractCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestHttpServer *m_server = nullptr;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    // Runs byline while this thread's event loop keeps the test server answering.
    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        if (input.isEmpty())
            process.setStandardInputFile(QProcess::nullDevice());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(BYLINE_BINARY),
                      QStringList { u"--library"_s, m_dir.filePath(u"library.sqlite"_s) }
                          + arguments);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        Run result;
        if (!finished.wait(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Like run(), but standard input comes through a pipe in chunks with pauses between them,
    // as from a slow producer (`curl ... | byline extract -`).
    Run runPiped(const QStringList &arguments, const QByteArray &input, qsizetype chunk)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QByteArray out, err; // read as it comes, so that the child never blocks on a full pipe
        connect(&process, &QProcess::readyReadStandardOutput, this,
                [&] { out += process.readAllStandardOutput(); });
        connect(&process, &QProcess::readyReadStandardError, this,
                [&] { err += process.readAllStandardError(); });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(BYLINE_BINARY),
                      QStringList { u"--library"_s, m_dir.filePath(u"library.sqlite"_s) }
                          + arguments);
        if (!process.waitForStarted())
            return {};
        for (qsizetype at = 0; at < input.size() && process.state() == QProcess::Running;
             at += chunk) {
            process.write(input.mid(at, chunk));
            while (process.bytesToWrite() > 0 && process.state() == QProcess::Running)
                process.waitForBytesWritten(1000);
            QTest::qWait(5);
        }
        process.closeWriteChannel();
        Run result;
        if (finished.isEmpty() && !finished.wait(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = out + process.readAllStandardOutput();
        result.err = err + process.readAllStandardError();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(BYLINE_BINARY)));
        m_server = new TestHttpServer;
        m_server->answer("/story",
                         TestHttpServer::response("200 OK",
                                                  "Content-Type: text/html; charset=utf-8\r\n",
                                                  page(u"Quay to close for repairs"_s,
                                                       u"https://harbour.example/quay"_s)));
        m_server->answer("/missing", TestHttpServer::response("404 Not Found", {}, "no"));
    }

    void cleanupTestCase() { delete m_server; }

    void extractJsonFields()
    {
        const QString path = write(
            u"wall.html"_s, page(u"Sea wall to be rebuilt"_s, u"https://harbour.example/wall"_s));
        const Run result = run({ u"extract"_s, u"--json"_s, path });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        const QByteArrayList out = lines(result.out);
        QCOMPARE(out.size(), 1);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(out.first(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList keys = object.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({ u"articleBody"_s, u"byline"_s, u"html"_s, u"input"_s, u"lang"_s,
                               u"published"_s, u"section"_s, u"title"_s, u"url"_s }));
        QCOMPARE(object.value(u"input"_s).toString(), path);
        QCOMPARE(object.value(u"title"_s).toString(), u"Sea wall to be rebuilt"_s);
        QCOMPARE(object.value(u"byline"_s).toString(), u"Mina Park"_s);
        QVERIFY(object.value(u"published"_s).toString().startsWith(u"2026-03-01T09:30:00"_s));
        QCOMPARE(object.value(u"url"_s).toString(), u"https://harbour.example/wall"_s);
        QCOMPARE(object.value(u"lang"_s).toString(), u"en"_s);
        const QString body = object.value(u"articleBody"_s).toString();
        QVERIFY(body.startsWith(u"Paragraph 1 of the harbour story"_s));
        QVERIFY(!body.contains(u"Sea wall to be rebuilt"_s));
        QCOMPARE(body.split(u'\n', Qt::SkipEmptyParts).size(), 6);
        QVERIFY(object.value(u"html"_s).toString().contains(u"<p>"_s));
    }

    void extractTextAndUrlWithNullDate()
    {
        const QString text
            = write(u"note.txt"_s, "Ferry times\n\nThe first ferry leaves at six from Monday.\n");
        const QString url = m_server->url(u"/story"_s).toString();
        const Run result = run({ u"extract"_s, u"--json"_s, text, url });
        QCOMPARE(result.exitCode, 0);
        const QByteArrayList out = lines(result.out);
        QCOMPARE(out.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(out.at(0)).object();
        QCOMPARE(first.value(u"title"_s).toString(), u"Ferry times"_s);
        QVERIFY(first.value(u"published"_s).isNull());
        QCOMPARE(first.value(u"articleBody"_s).toString(),
                 u"The first ferry leaves at six from Monday."_s);
        const QJsonObject second = QJsonDocument::fromJson(out.at(1)).object();
        QCOMPARE(second.value(u"input"_s).toString(), url);
        QCOMPARE(second.value(u"title"_s).toString(), u"Quay to close for repairs"_s);
    }

    void extractKeepsGoingAndFails()
    {
        const QString good
            = write(u"good.html"_s, page(u"Harbour lights"_s, u"https://harbour.example/lights"_s));
        const Run result = run({ u"extract"_s, u"--json"_s, m_dir.filePath(u"nope.html"_s),
                                 m_server->url(u"/missing"_s).toString(), good });
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(lines(result.out).size(), 1);
        const QByteArrayList err = lines(result.err);
        QCOMPARE(err.size(), 2);
        QVERIFY(err.at(0).startsWith("byline: "));
        QVERIFY(err.at(0).contains("The file does not exist"));
        QVERIFY(err.at(1).contains("The server answered 404 Not Found"));
    }

    void standardInput()
    {
        const QByteArray text = "Harbour notes\n\nThe tide tables for March were reprinted.\n";
        Run result = run({ u"extract"_s, u"--json"_s, u"-"_s }, text);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(lines(result.out).value(0)).object();
        QCOMPARE(object.value(u"input"_s).toString(), u"-"_s);
        QCOMPARE(object.value(u"title"_s).toString(), u"Harbour notes"_s);
        result = run({ u"import"_s, u"-"_s }, text);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Harbour notes"), result.out.constData());
        result = run({ u"import"_s, u"-"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("The input is empty"), result.err.constData());
    }

    // A page of several megabytes through a pipe comes out whole: the marker in its last
    // paragraph, after 4 MB of other markup, is in the article.
    void standardInputReadToTheEnd_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("extract") << u"extract"_s;
        QTest::newRow("import") << u"import"_s;
    }

    void standardInputReadToTheEnd()
    {
        QFETCH(QString, command);
        QByteArray big = page(u"Quay reopens after the storm"_s, u"https://harbour.example/big"_s);
        const QByteArray filler = "<!-- " + QByteArray(4 * 1024 * 1024, 'f') + " -->";
        const QByteArray last = "<p>The last paragraph names the zanzibarquokka, which only the "
                                "end of the page holds, and the harbour master thanked all.</p>";
        big.replace("</article>", QByteArray(filler + last + "</article>"));
        QVERIFY(big.size() > 4 * 1024 * 1024);
        const Run result = runPiped({ command, u"-"_s }, big, 200 * 1024);
        QCOMPARE(result.exitCode, 0);
        if (command == "extract"_L1) {
            QVERIFY2(result.out.contains("zanzibarquokka"), result.out.right(400).constData());
            return;
        }
        const Run found = run({ u"search"_s, u"zanzibarquokka"_s });
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.out.contains("Quay reopens after the storm"), found.out.constData());
    }

    // More than the 50 MB cap through a pipe: refused with one line, exit 1.
    void standardInputOverTheCap_data() { standardInputReadToTheEnd_data(); }

    void standardInputOverTheCap()
    {
        QFETCH(QString, command);
        QByteArray huge = page(u"Too big"_s, u"https://harbour.example/huge"_s);
        huge += QByteArray(50 * 1024 * 1024, ' ');
        const Run result = runPiped({ command, u"-"_s }, huge, 4 * 1024 * 1024);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("The input is larger than 50 MB"), result.err.constData());
        QCOMPARE(lines(result.err).size(), 1);
        QVERIFY(result.out.isEmpty());
    }

    void extractPlainOutput()
    {
        const QString path
            = write(u"plain.html"_s, page(u"Boats return"_s, u"https://harbour.example/boats"_s));
        const Run result = run({ u"extract"_s, path });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("Boats return\n"));
        QVERIFY(result.out.contains("Paragraph 6 of the harbour story"));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("extract-without-input") << QStringList { u"extract"_s };
        QTest::newRow("extract-unknown-option") << QStringList { u"extract"_s, u"--frobnicate"_s };
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith("byline: "));
    }

    void importExitCodes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("page") << write(
            u"import.html"_s, page(u"Quay reopens"_s, u"https://harbour.example/reopens"_s))
                              << 0 << QByteArray("imported");
        QTest::newRow("text") << write(u"import.txt"_s,
                                       "Tide tables\n\nThe March tables were reprinted.\n")
                              << 0 << QByteArray("imported");
        QTest::newRow("empty-file")
            << write(u"empty.html"_s, {}) << 1 << QByteArray("The file is empty");
        QTest::newRow("png") << write(u"image.html"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)) << 1
                             << QByteArray("This is a PNG image, not a web page or text");
    }

    void importExitCodes()
    {
        QFETCH(QString, input);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run result = run({ u"import"_s, input });
        QCOMPARE(result.exitCode, exitCode);
        const QByteArray shown = exitCode == 0 ? result.out : result.err;
        QVERIFY2(shown.contains(message), shown.constData());
        // Stored: "added ID: Title" once committed, then the file's own line.
        QCOMPARE(lines(shown).size(), exitCode == 0 ? 2 : 1);
        if (exitCode == 0)
            QVERIFY2(QRegularExpression(u"^added [1-9][0-9]*: \\S"_s)
                         .match(QString::fromUtf8(lines(shown).at(0)))
                         .hasMatch(),
                     shown.constData());
    }

    // A hostile page is trimmed, not refused: stored, and the reason is on standard error.
    void importTrimmedPageSaysSo()
    {
        QByteArray html = page(u"Trimmed quay story"_s, u"https://harbour.example/trimmed"_s);
        QByteArray attributes;
        for (int i = 0; i < 100; ++i)
            attributes += " x" + QByteArray::number(i) + "=1";
        QByteArray flood;
        for (int i = 0; i < 2000; ++i)
            flood += "<i" + attributes + " n=" + QByteArray::number(i) + ">y</i>";
        html.replace(QByteArray("</body>"), QByteArray(flood + "</body>"));
        const Run result = run({ u"import"_s, write(u"trimmed.html"_s, html) });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("The page was trimmed"), result.err.constData());
        QCOMPARE(lines(result.err).size(), 1);
        QVERIFY2(result.out.contains("added "), result.out.constData());
    }

    void importUrlTwiceUpdates()
    {
        const QString url = m_server->url(u"/story"_s).toString();
        Run result = run({ u"import"_s, url });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("imported"), result.out.constData());
        result = run({ u"import"_s, url });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("updated"), result.out.constData());
        result = run({ u"import"_s, m_server->url(u"/missing"_s).toString() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("The server answered 404 Not Found"));
    }
};

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extractcommand.moc"
