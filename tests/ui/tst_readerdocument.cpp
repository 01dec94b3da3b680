// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerdocument.h"
#include "store/article.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestReaderDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readingTime_data();
    void readingTime();
    void language_data();
    void language();
    void escapesFields();
    void templateIsFilledOnce();
    void policy_data();
    void policy();
    void leadImage();
};

void TestReaderDocument::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReaderDocument::readingTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("wordCount");
    QTest::addColumn<QString>("plainText");
    QTest::addColumn<int>("minutes");
    QTest::newRow("short-english") << u"en"_s << 40 << QString() << 1;
    QTest::newRow("english-1600-words") << u"en"_s << 1600 << QString() << 7;
    QTest::newRow("english-counted-from-text") << u"en"_s << 0 << u"word "_s.repeated(920) << 4;
    QTest::newRow("korean-3500-chars") << u"ko"_s << 0 << u"가나다라마 "_s.repeated(700) << 7;
    QTest::newRow("korean-guessed") << QString() << 0 << u"한국어 기사입니다 "_s.repeated(250) << 4;
    QTest::newRow("empty") << u"en"_s << 0 << QString() << 1;
}

void TestReaderDocument::readingTime()
{
    QFETCH(QString, language);
    QFETCH(int, wordCount);
    QFETCH(QString, plainText);
    QFETCH(int, minutes);
    Article article;
    article.language = language;
    article.wordCount = wordCount;
    article.plainText = plainText;
    QCOMPARE(ReaderDocument::readingMinutes(article), minutes);
    QCOMPARE(ReaderDocument::readingTime(article), u"%1 min read"_s.arg(minutes));
}

void TestReaderDocument::language_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("given") << u"EN"_s << u"핵 협상"_s << u"en"_s;
    QTest::newRow("hangul") << QString() << u"핵 협상의 운명"_s << u"ko"_s;
    QTest::newRow("latin") << QString() << u"Fate of nuclear talks"_s << QString();
}

void TestReaderDocument::language()
{
    QFETCH(QString, given);
    QFETCH(QString, title);
    QFETCH(QString, expected);
    Article article;
    article.language = given;
    article.title = title;
    QCOMPARE(ReaderDocument::language(article), expected);
}

void TestReaderDocument::escapesFields()
{
    Article article;
    article.title = u"<b>Bold</b> & \"quoted\" 'single'"_s;
    article.deck = u"<img src=x onerror=alert(1)>"_s;
    article.section = u"</p><script>x()</script>"_s;
    article.author = u"A <i>B</i>"_s;
    article.url = u"https://e.example/a?x=\"><script>"_s;
    article.contentHtml = u"<p>Body</p>"_s;
    const QString html = QString::fromUtf8(ReaderDocument::render(article, {}));
    QVERIFY(html.contains(u"&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot; &#39;single&#39;"_s));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
    QVERIFY(html.contains(u"&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;"_s));
    QVERIFY(html.contains(u"A &lt;i&gt;B&lt;/i&gt;"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"<b>Bold"_s));
    QVERIFY(html.contains(u"<p>Body</p>"_s));
}

void TestReaderDocument::templateIsFilledOnce()
{
    Article article;
    article.title = u"{{content}} and {{css}}"_s;
    article.contentHtml = u"<p>SECRET-BODY</p>"_s;
    const QString html = QString::fromUtf8(ReaderDocument::render(article, {}));
    QCOMPARE(html.count(u"SECRET-BODY"_s), 1);
    QVERIFY(html.contains(u"<h1 class=\"title\">{{content}} and {{css}}</h1>"_s));
}

void TestReaderDocument::policy_data()
{
    QTest::addColumn<bool>("remote");
    QTest::newRow("remote-images-off") << false;
    QTest::newRow("remote-images-on") << true;
}

void TestReaderDocument::policy()
{
    QFETCH(bool, remote);
    Article article;
    article.title = u"T"_s;
    ReaderDocument::Options options;
    options.remoteImages = remote;
    options.fontStep = 9;
    options.theme = u"sepia"_s;
    // The policy sits in an attribute, its quotes escaped.
    const QString html
        = QString::fromUtf8(ReaderDocument::render(article, options)).replace(u"&#39;"_s, u"'"_s);
    QVERIFY(html.contains(u"script-src 'none'"_s));
    QVERIFY(html.contains(u"default-src 'none'"_s));
    QCOMPARE(html.contains(u"img-src byline: qrc: data: http: https:;"_s), remote);
    QVERIFY(html.contains(u"data-font=\"2\""_s)); // clamped
    QVERIFY(html.contains(u"data-theme=\"sepia\""_s));
    QVERIFY(html.indexOf(u"Content-Security-Policy"_s) < html.indexOf(u"<body>"_s));
}

void TestReaderDocument::leadImage()
{
    Article article;
    article.title = u"T"_s;
    article.leadImageUrl = u"qrc:/sample/images/harbour.jpg"_s;
    article.contentHtml = u"<p>Text</p>"_s;
    QString html = QString::fromUtf8(ReaderDocument::render(article, {}));
    QVERIFY(html.contains(u"<img src=\"byline://reader/qrc/sample/images/harbour.jpg\""_s));
    article.leadImageUrl = u"https://e.example/lead.jpg"_s;
    article.contentHtml = u"<figure><img src=\"https://e.example/lead.jpg\"></figure>"_s;
    html = QString::fromUtf8(ReaderDocument::render(article, {}));
    QCOMPARE(html.count(u"https://e.example/lead.jpg"_s), 1); // not twice
    article.leadImageUrl = u"javascript:alert(1)"_s;
    html = QString::fromUtf8(ReaderDocument::render(article, {}));
    QVERIFY(!html.contains(u"javascript:"_s));
}

QTEST_MAIN(TestReaderDocument)
#include "tst_readerdocument.moc"
