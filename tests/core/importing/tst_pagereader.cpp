// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/pagereader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPageReader : public QObject {
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<bool>("html");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                             << u"This is a PNG image, not a web page or text"_s << true << false;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
                             << u"This is a PDF document, not a web page or text"_s << false
                             << false;
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8)
                             << u"This is a zip archive, not a web page or text"_s << true << false;
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)
                              << u"This is a JPEG image, not a web page or text"_s << true << false;
        QTest::newRow("nul-bytes") << QByteArray("abc\0def", 7) << QString() << true << false;
        QTest::newRow("control-bytes")
            << QByteArray("a\x01\x02\x03\x04 b\x05\x06\x07") << QString() << true << false;
        QTest::newRow("few-nul-bytes-in-a-page-are-not-binary")
            << QByteArray("<!DOCTYPE html><p>") + QByteArray(400, 'a') + QByteArray("\0b\0</p>", 7)
            << QString() << false << true;
        QTest::newRow("utf-16-text-is-not-binary")
            << QByteArray("\xFF\xFEh\0i\0", 6) << QString() << false << false;
        QTest::newRow("doctype") << QByteArray("  <!DOCTYPE html><p>x") << QString() << false
                                 << true;
        QTest::newRow("fragment") << QByteArray("Some words <div>here</div>") << QString() << false
                                  << true;
        QTest::newRow("plain-text")
            << QByteArray("Title\n\nA paragraph with 3 < 4 in it.") << QString() << false << false;
        QTest::newRow("escape-sequences-are-text")
            << QByteArray("\x1B$B$3$s\x1B(B hello") << QString() << false << false;
    }

    void formats()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(bool, binary);
        QFETCH(bool, html);
        QCOMPARE(PageReader::knownBinaryFormat(bytes), format);
        QCOMPARE(PageReader::looksBinary(bytes), binary);
        if (format.isEmpty())
            QCOMPARE(PageReader::looksLikeHtml(bytes), html);
    }

    void nesting_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("depth");
        QTest::newRow("flat") << u"<p>a<p>b<br><img src=x><p>c"_s << 0;
        QTest::newRow("nested") << u"<div><div><span>x</span></div><div>y</div></div>"_s << 3;
        QTest::newRow("self-closing") << u"<div><svg><path d='m'/></svg></div>"_s << 2;
        QTest::newRow("comment-and-script-skipped")
            << u"<!-- <div><div> --><script>if (a<b) '<div>'</script><div></div>"_s << 1;
        QTest::newRow("unclosed-tables-cells") << u"<table><tr><td>a<td>b<tr><td>c</table>"_s << 1;
        QTest::newRow("stops-past-limit") << QString(u"<div>"_s).repeated(100000) << 51;
    }

    void nesting()
    {
        QFETCH(QString, html);
        QFETCH(int, depth);
        QCOMPARE(PageReader::nestingDepth(html, 50), depth);
    }

    // A saved page with a few stray NUL bytes is read, without them (issue 10).
    void nulBytesDropped()
    {
        QByteArray page = "<!DOCTYPE html><html><head><title>Harbour wall</title></head><body>"
                          "<article><h1>Harbour wall</h1>";
        for (int i = 0; i < 6; ++i)
            page += "<p>The harbour authority said that the old breakwater, built in 1911, "
                    "would be rebuilt over the next three years, at a cost of about 40 million "
                    "euros, once the summer ferry season is over.</p>";
        page += "</article></body></html>";
        page.insert(page.indexOf("built in"), QByteArray("\0", 1));
        page.insert(page.lastIndexOf("ferry"), QByteArray("\0\0", 2));
        const Result<ExtractedArticle> r
            = PageReader::readBytes(page, {}, true, QUrl(u"https://example.org/a"_s), {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
        QVERIFY(r->looksLikeArticle);
        QVERIFY(!r->plainText.contains(QChar(0)));
        QVERIFY(r->plainText.contains(u"breakwater, built in 1911"_s));
    }
};

QTEST_APPLESS_MAIN(TestPageReader)
#include "tst_pagereader.moc"
