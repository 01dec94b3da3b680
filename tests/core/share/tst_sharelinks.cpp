// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "share/sharelinks.h"
#include "store/article.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestShareLinks : public QObject {
    Q_OBJECT

private slots:
    void links_data();
    void links();
    void canonicalPreferred();
    void noAddress_data();
    void noAddress();
};

void TestShareLinks::links_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("deck");
    QTest::addColumn<QByteArray>("facebook");
    QTest::addColumn<QByteArray>("twitter");
    QTest::addColumn<QByteArray>("kakao");
    QTest::addColumn<QByteArray>("mail");

    QTest::newRow("plain") << u"https://news.example.com/a/1"_s << u"Fate of nuclear talks"_s
                           << u"North Korea reconsidering"_s
                           << QByteArray("https://www.facebook.com/sharer/sharer.php?u="
                                         "https%3A%2F%2Fnews.example.com%2Fa%2F1")
                           << QByteArray("https://twitter.com/intent/tweet?url="
                                         "https%3A%2F%2Fnews.example.com%2Fa%2F1"
                                         "&text=Fate%20of%20nuclear%20talks")
                           << QByteArray("https://story.kakao.com/share?url="
                                         "https%3A%2F%2Fnews.example.com%2Fa%2F1")
                           << QByteArray("mailto:?subject=Fate%20of%20nuclear%20talks"
                                         "&body=North%20Korea%20reconsidering%0A%0A"
                                         "https%3A%2F%2Fnews.example.com%2Fa%2F1");
    QTest::newRow("specials") << u"http://x.example/p"_s << u"A & B #1: 100% \"up\" + 'down'"_s
                              << u"x=y;z?"_s
                              << QByteArray("https://www.facebook.com/sharer/sharer.php?u="
                                            "http%3A%2F%2Fx.example%2Fp")
                              << QByteArray("https://twitter.com/intent/tweet?url="
                                            "http%3A%2F%2Fx.example%2Fp&text=A%20%26%20B%20%231%3A"
                                            "%20100%25%20%22up%22%20%2B%20%27down%27")
                              << QByteArray("https://story.kakao.com/share?url="
                                            "http%3A%2F%2Fx.example%2Fp")
                              << QByteArray("mailto:?subject=A%20%26%20B%20%231%3A%20100%25%20"
                                            "%22up%22%20%2B%20%27down%27&body=x%3Dy%3Bz%3F%0A%0A"
                                            "http%3A%2F%2Fx.example%2Fp");
    QTest::newRow("line-breaks") << u"https://e.example/"_s << u"One\nTwo\r\nThree"_s
                                 << u"Deck\tline"_s
                                 << QByteArray("https://www.facebook.com/sharer/sharer.php?u="
                                               "https%3A%2F%2Fe.example%2F")
                                 << QByteArray("https://twitter.com/intent/tweet?url="
                                               "https%3A%2F%2Fe.example%2F"
                                               "&text=One%0ATwo%0D%0AThree")
                                 << QByteArray("https://story.kakao.com/share?url="
                                               "https%3A%2F%2Fe.example%2F")
                                 << QByteArray("mailto:?subject=One%0ATwo%0D%0AThree"
                                               "&body=Deck%09line%0A%0Ahttps%3A%2F%2Fe.example%2F");
    QTest::newRow("emoji") << u"https://e.example/x"_s << u"Launch \U0001F680 day"_s << QString()
                           << QByteArray("https://www.facebook.com/sharer/sharer.php?u="
                                         "https%3A%2F%2Fe.example%2Fx")
                           << QByteArray("https://twitter.com/intent/tweet?url="
                                         "https%3A%2F%2Fe.example%2Fx"
                                         "&text=Launch%20%F0%9F%9A%80%20day")
                           << QByteArray("https://story.kakao.com/share?url="
                                         "https%3A%2F%2Fe.example%2Fx")
                           << QByteArray("mailto:?subject=Launch%20%F0%9F%9A%80%20day"
                                         "&body=https%3A%2F%2Fe.example%2Fx");
    QTest::newRow("korean") << u"https://www.joongang.co.kr/article/1"_s << u"핵 협상의 운명"_s
                            << u"북한, 협상 재검토"_s
                            << QByteArray("https://www.facebook.com/sharer/sharer.php?u="
                                          "https%3A%2F%2Fwww.joongang.co.kr%2Farticle%2F1")
                            << QByteArray("https://twitter.com/intent/tweet?url="
                                          "https%3A%2F%2Fwww.joongang.co.kr%2Farticle%2F1&text="
                                          "%ED%95%B5%20%ED%98%91%EC%83%81%EC%9D%98%20"
                                          "%EC%9A%B4%EB%AA%85")
                            << QByteArray("https://story.kakao.com/share?url="
                                          "https%3A%2F%2Fwww.joongang.co.kr%2Farticle%2F1")
                            << QByteArray("mailto:?subject=%ED%95%B5%20%ED%98%91%EC%83%81%EC%9D%98"
                                          "%20%EC%9A%B4%EB%AA%85&body=%EB%B6%81%ED%95%9C%2C%20"
                                          "%ED%98%91%EC%83%81%20%EC%9E%AC%EA%B2%80%ED%86%A0%0A%0A"
                                          "https%3A%2F%2Fwww.joongang.co.kr%2Farticle%2F1");
    QTest::newRow("url-query-fragment")
        << u"https://e.example/a?id=7&s=x%20y#part-2"_s << u"T"_s << u"D"_s
        << QByteArray("https://www.facebook.com/sharer/sharer.php?u="
                      "https%3A%2F%2Fe.example%2Fa%3Fid%3D7%26s%3Dx%2520y%23part-2")
        << QByteArray("https://twitter.com/intent/tweet?url="
                      "https%3A%2F%2Fe.example%2Fa%3Fid%3D7%26s%3Dx%2520y%23part-2&text=T")
        << QByteArray("https://story.kakao.com/share?url="
                      "https%3A%2F%2Fe.example%2Fa%3Fid%3D7%26s%3Dx%2520y%23part-2")
        << QByteArray("mailto:?subject=T&body=D%0A%0A"
                      "https%3A%2F%2Fe.example%2Fa%3Fid%3D7%26s%3Dx%2520y%23part-2");
    QTest::newRow("empty-deck") << u"https://e.example/b"_s << u"Title"_s << u"  "_s
                                << QByteArray("https://www.facebook.com/sharer/sharer.php?u="
                                              "https%3A%2F%2Fe.example%2Fb")
                                << QByteArray("https://twitter.com/intent/tweet?url="
                                              "https%3A%2F%2Fe.example%2Fb&text=Title")
                                << QByteArray("https://story.kakao.com/share?url="
                                              "https%3A%2F%2Fe.example%2Fb")
                                << QByteArray(
                                       "mailto:?subject=Title&body=https%3A%2F%2Fe.example%2Fb");
}

void TestShareLinks::links()
{
    QFETCH(QString, url);
    QFETCH(QString, title);
    QFETCH(QString, deck);
    QFETCH(QByteArray, facebook);
    QFETCH(QByteArray, twitter);
    QFETCH(QByteArray, kakao);
    QFETCH(QByteArray, mail);

    const ShareLinks links(url, title, deck);
    QVERIFY(links.canShare());
    QCOMPARE(links.facebook().toEncoded(), facebook);
    QCOMPARE(links.twitter().toEncoded(), twitter);
    QCOMPARE(links.kakao().toEncoded(), kakao);
    QCOMPARE(links.mail().toEncoded(), mail);
    QCOMPARE(links.link().toString(QUrl::FullyEncoded), url);
    // The query survives a round trip: the title decodes back exactly.
    const QUrlQuery query(links.twitter());
    QCOMPARE(query.queryItemValue(u"text"_s, QUrl::FullyDecoded), title.trimmed());
    QCOMPARE(query.queryItemValue(u"url"_s, QUrl::FullyDecoded), url);
}

void TestShareLinks::canonicalPreferred()
{
    Article article;
    article.url = u"https://e.example/amp/1?utm_source=x"_s;
    article.canonicalUrl = u"https://e.example/1"_s;
    article.title = u"T"_s;
    QCOMPARE(ShareLinks::forArticle(article).link().toString(), u"https://e.example/1"_s);
    article.canonicalUrl.clear();
    QCOMPARE(ShareLinks::forArticle(article).link().toString(), article.url);
}

void TestShareLinks::noAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("file") << u"file:///home/me/page.html"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("relative") << u"/a/b"_s;
}

void TestShareLinks::noAddress()
{
    QFETCH(QString, url);
    const ShareLinks links(url, u"T"_s, u"D"_s);
    QVERIFY(!links.canShare());
    QVERIFY(links.facebook().isEmpty());
    QVERIFY(links.twitter().isEmpty());
    QVERIFY(links.kakao().isEmpty());
    QVERIFY(links.mail().isEmpty());
    QVERIFY(links.link().isEmpty());
}

QTEST_APPLESS_MAIN(TestShareLinks)
#include "tst_sharelinks.moc"
