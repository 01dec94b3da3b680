// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmldecoder.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHtmlDecoder : public QObject {
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(BYLINE_SOURCE_DIR "/tests/core/extract/encodings/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8-meta")
            << u"utf-8.html"_s << QByteArray() << QByteArray("UTF-8") << u"Ünïcödé ✓ 한국 日本"_s;
        QTest::newRow("euc-kr-meta")
            << u"euc-kr.html"_s << QByteArray() << QByteArray("windows-949")
            << u"한국어 기사 본문입니다. 똠방각하"_s;
        QTest::newRow("euc-kr-http-equiv") << u"euc-kr-http-equiv.html"_s << QByteArray()
                                           << QByteArray("windows-949") << u"서울 뉴스"_s;
        QTest::newRow("euc-kr-header")
            << u"euc-kr-nometa.html"_s << QByteArray("text/html; charset=\"ks_c_5601-1987\"")
            << QByteArray("windows-949") << u"서울 뉴스"_s;
        QTest::newRow("shift_jis-meta") << u"shift_jis.html"_s << QByteArray()
                                        << QByteArray("Shift_JIS") << u"日本語の記事です。東京"_s;
        QTest::newRow("gb2312-meta-is-gb18030") << u"gb18030.html"_s << QByteArray()
                                                << QByteArray("GB18030") << u"中文新闻报道，北京"_s;
        QTest::newRow("latin1-meta-is-windows-1252")
            << u"windows-1252.html"_s << QByteArray() << QByteArray("windows-1252")
            << u"Café – “quoted” costs 5 €"_s;
        QTest::newRow("header-beats-meta")
            << u"euc-kr.html"_s << QByteArray("text/html;charset=x-sjis") << QByteArray("Shift_JIS")
            << QString();
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, encoding);
        QFETCH(QString, expected);
        const QByteArray bytes = fixture(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        QCOMPARE(HtmlDecoder::detectEncoding(bytes, header), encoding);
        const QString text = HtmlDecoder::decode(bytes, header);
        if (!expected.isEmpty()) {
            QVERIFY2(text.contains(expected), qPrintable(text));
            QVERIFY(!text.contains(QChar::ReplacementCharacter));
        }
    }

    void bytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8-bom-beats-header")
            << QByteArray("\xEF\xBB\xBF<p>caf\xC3\xA9</p>")
            << QByteArray("text/html; charset=euc-kr") << u"<p>café</p>"_s;
        QTest::newRow("utf-16le-bom")
            << QByteArray("\xFF\xFE<\0p\0>\0\xE9\0", 10) << QByteArray() << u"<p>é"_s;
        QTest::newRow("utf-16be-bom")
            << QByteArray("\xFE\xFF\0<\0p\0>\xD5\x5C", 10) << QByteArray() << u"<p>한"_s;
        QTest::newRow("no-declaration-utf-8")
            << QByteArray("<p>\xED\x95\x9C</p>") << QByteArray() << u"<p>한</p>"_s;
        QTest::newRow("invalid-utf-8-replacement")
            << QByteArray("<p>ok \xFF\xFE end</p>") << QByteArray()
            << u"<p>ok \uFFFD\uFFFD end</p>"_s;
        QTest::newRow("meta-in-comment-ignored")
            << QByteArray("<!-- <meta charset=euc-kr> --><p>caf\xC3\xA9</p>") << QByteArray()
            << u"<!-- <meta charset=euc-kr> --><p>café</p>"_s;
        QTest::newRow("meta-utf-16-means-utf-8")
            << QByteArray("<meta charset=utf-16><p>caf\xC3\xA9") << QByteArray()
            << u"<meta charset=utf-16><p>café"_s;
        QTest::newRow("unquoted-us-ascii") << QByteArray("<META CHARSET=US-ASCII><p>\x93q\x94")
                                           << QByteArray() << u"<META CHARSET=US-ASCII><p>“q”"_s;
        QTest::newRow("content-without-http-equiv-ignored")
            << QByteArray("<meta content=\"text/html; charset=euc-kr\"><p>caf\xC3\xA9")
            << QByteArray() << u"<meta content=\"text/html; charset=euc-kr\"><p>café"_s;
        QTest::newRow("unknown-header-label-falls-through")
            << QByteArray("<meta charset=\"windows-1252\"><p>\xE9")
            << QByteArray("text/html; charset=bogus") << u"<meta charset=\"windows-1252\"><p>é"_s;
        QTest::newRow("xml-declaration")
            << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>\xE9</p>")
            << QByteArray() << u"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>é</p>"_s;
        QTest::newRow("meta-gb2312-but-saved-as-utf-8")
            << QByteArray("<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>") << QByteArray()
            << u"<meta charset=gb2312><p>中文</p>"_s;
        QTest::newRow("meta-windows-1252-ascii-only")
            << QByteArray("<meta charset=windows-1252><p>plain</p>") << QByteArray()
            << u"<meta charset=windows-1252><p>plain</p>"_s;
        QTest::newRow("header-is-trusted-over-utf-8-guess")
            << QByteArray("<p>\xC3\xA9</p>") << QByteArray("text/html; charset=iso-8859-1")
            << u"<p>Ã©</p>"_s;
        QTest::newRow("empty") << QByteArray() << QByteArray() << QString();
    }

    void bytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        QCOMPARE(HtmlDecoder::decode(bytes, header), expected);
    }

    void meta_after_prescan_window_is_ignored()
    {
        QByteArray bytes = "<html><head><script>" + QByteArray(HtmlDecoder::prescanBytes, ' ')
            + "</script><meta charset=euc-kr>";
        QCOMPARE(HtmlDecoder::detectEncoding(bytes), QByteArray("UTF-8"));
        bytes = "<html><head><script>" + QByteArray(HtmlDecoder::prescanBytes / 2, ' ')
            + "</script><meta charset=euc-kr>";
        QCOMPARE(HtmlDecoder::detectEncoding(bytes), QByteArray("windows-949"));
    }

    void labels_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("latin1") << QByteArray("latin1") << QByteArray("windows-1252");
        QTest::newRow("iso-8859-1") << QByteArray(" ISO-8859-1 ") << QByteArray("windows-1252");
        QTest::newRow("us-ascii") << QByteArray("us-ascii") << QByteArray("windows-1252");
        QTest::newRow("ks_c_5601-1987")
            << QByteArray("ks_c_5601-1987") << QByteArray("windows-949");
        QTest::newRow("euc-kr") << QByteArray("EUC-KR") << QByteArray("windows-949");
        QTest::newRow("x-sjis") << QByteArray("x-sjis") << QByteArray("Shift_JIS");
        QTest::newRow("gb2312") << QByteArray("gb2312") << QByteArray("GB18030");
        QTest::newRow("gbk") << QByteArray("GBK") << QByteArray("GB18030");
        QTest::newRow("utf8") << QByteArray("utf8") << QByteArray("UTF-8");
        QTest::newRow("unknown") << QByteArray("klingon") << QByteArray();
    }

    void labels()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, encoding);
        QCOMPARE(HtmlDecoder::encodingForLabel(label), encoding);
    }

    void every_mapped_encoding_has_a_decoder()
    {
        const QList<QByteArray> labels {
            "utf-8",       "ibm866", "latin2",         "latin3",   "latin4",      "cyrillic",
            "arabic",      "greek",  "hebrew",         "latin6",   "iso-8859-13", "iso-8859-14",
            "l9",          "koi8-r", "koi8-u",         "mac",      "tis-620",     "cp1250",
            "cp1251",      "cp1252", "cp1253",         "latin5",   "cp1255",      "cp1256",
            "cp1257",      "cp1258", "x-mac-cyrillic", "gbk",      "big5",        "euc-jp",
            "iso-2022-jp", "sjis",   "euc-kr",         "utf-16be", "utf-16le"
        };
        for (const QByteArray &label : labels) {
            const QByteArray name = HtmlDecoder::encodingForLabel(label);
            QVERIFY2(!name.isEmpty(), label.constData());
            QVERIFY2(QStringDecoder(name.constData()).isValid(), name.constData());
        }
    }
};

QTEST_APPLESS_MAIN(TestHtmlDecoder)
#include "tst_htmldecoder.moc"
