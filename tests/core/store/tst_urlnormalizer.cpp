// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/urlnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUrlNormalizer : public QObject {
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void sameArticle_data();
    void sameArticle();
};

void TestUrlNormalizer::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"https://example.org/news/story"_s
                           << u"https://example.org/news/story"_s;
    QTest::newRow("uppercase-scheme-host")
        << u"HTTPS://Example.ORG/News/Story"_s << u"https://example.org/News/Story"_s;
    QTest::newRow("default-http-port") << u"http://example.org:80/a"_s << u"http://example.org/a"_s;
    QTest::newRow("default-https-port")
        << u"https://example.org:443/a"_s << u"https://example.org/a"_s;
    QTest::newRow("other-port-kept")
        << u"https://example.org:8443/a"_s << u"https://example.org:8443/a"_s;
    QTest::newRow("fragment") << u"https://example.org/a#comments"_s << u"https://example.org/a"_s;
    QTest::newRow("utm") << u"https://example.org/a?utm_source=x&utm_medium=y&UTM_Campaign=z"_s
                         << u"https://example.org/a"_s;
    QTest::newRow("fbclid-gclid") << u"https://example.org/a?id=3&fbclid=abc&gclid=def"_s
                                  << u"https://example.org/a?id=3"_s;
    QTest::newRow("sorted-query") << u"https://example.org/a?b=2&a=1&c=3"_s
                                  << u"https://example.org/a?a=1&b=2&c=3"_s;
    QTest::newRow("trailing-slash")
        << u"https://example.org/news/story/"_s << u"https://example.org/news/story"_s;
    QTest::newRow("root-slash-kept") << u"https://example.org/"_s << u"https://example.org/"_s;
    QTest::newRow("empty-path-is-root") << u"https://example.org"_s << u"https://example.org/"_s;
    QTest::newRow("whitespace") << u"  https://example.org/a  "_s << u"https://example.org/a"_s;
    QTest::newRow("encoded-kept") << u"https://example.org/a%20b?q=%ED%95%9C"_s
                                  << u"https://example.org/a%20b?q=%ED%95%9C"_s;
    QTest::newRow("korean-path") << u"https://example.kr/뉴스/기사"_s
                                 << u"https://example.kr/%EB%89%B4%EC%8A%A4/%EA%B8%B0%EC%82%AC"_s;
    QTest::newRow("empty-query-dropped")
        << u"https://example.org/a?"_s << u"https://example.org/a"_s;
    QTest::newRow("not-a-url") << u"  just words "_s << u"just words"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestUrlNormalizer::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(UrlNormalizer::normalize(input), expected);
}

void TestUrlNormalizer::sameArticle_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("tracking-and-fragment")
        << u"https://Example.org/a/?utm_source=rss#top"_s << u"https://example.org/a"_s << true;
    QTest::newRow("query-order") << u"https://example.org/a?x=1&y=2"_s
                                 << u"https://example.org/a?y=2&x=1"_s << true;
    QTest::newRow("different-id") << u"https://example.org/a?id=1"_s
                                  << u"https://example.org/a?id=2"_s << false;
    QTest::newRow("different-path-case")
        << u"https://example.org/A"_s << u"https://example.org/a"_s << false;
    QTest::newRow("http-vs-https")
        << u"http://example.org/a"_s << u"https://example.org/a"_s << false;
}

void TestUrlNormalizer::sameArticle()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(UrlNormalizer::normalize(a) == UrlNormalizer::normalize(b), same);
}

QTEST_APPLESS_MAIN(TestUrlNormalizer)
#include "tst_urlnormalizer.moc"
