// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../fixtures/hostileexport.h"
#include "library/articlesanitizer.h"
#include "library/samplelibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestArticleSanitizer : public QObject {
    Q_OBJECT

private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("leadImage");
        QTest::addColumn<QString>("storedUrl");
        QTest::addColumn<QString>("storedLeadImage");
        const QString page = u"https://news.example/a"_s;
        const QString image = u"https://news.example/a.jpg"_s;
        QTest::newRow("web") << page << image << page << image;
        QTest::newRow("empty") << QString() << QString() << QString() << QString();
        QTest::newRow("saved-file") << u"file:///home/a/page.html"_s << QString()
                                    << u"file:///home/a/page.html"_s << QString();
        QTest::newRow("javascript")
            << u"javascript:alert(1)"_s << u" javascript:alert(2)"_s << QString() << QString();
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s
                              << u"data:image/svg+xml,<svg onload=alert(1)>"_s << QString()
                              << QString();
        QTest::newRow("raster-data-image") << page << u"data:image/png;base64,iVBORw0KGgo="_s
                                           << page << u"data:image/png;base64,iVBORw0KGgo="_s;
        QTest::newRow("sample-image") << page << u"qrc:/sample/images/harbour-lights.jpg"_s << page
                                      << u"qrc:/sample/images/harbour-lights.jpg"_s;
        QTest::newRow("file-image") << page << u"file:///etc/x.png"_s << page << QString();
        QTest::newRow("relative-image") << page << u"images/x.png"_s << page << QString();
    }

    void addresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, leadImage);
        QFETCH(QString, storedUrl);
        QFETCH(QString, storedLeadImage);
        Article article;
        article.url = url;
        article.canonicalUrl = url;
        article.leadImageUrl = leadImage;
        ArticleSanitizer::sanitize(article);
        QCOMPARE(article.url, storedUrl);
        QCOMPARE(article.canonicalUrl, storedUrl);
        QCOMPARE(article.leadImageUrl, storedLeadImage);
    }

    void contentResolvesAgainstTheArticle()
    {
        Article article;
        article.url = u"https://news.example/2026/story?utm=x"_s;
        article.canonicalUrl = u"https://news.example/2026/story"_s;
        article.contentHtml = u"<p><a href=\"next\">next</a><img src=\"/i.png\"></p>"_s;
        ArticleSanitizer::sanitize(article);
        QCOMPARE(article.contentHtml,
                 u"<p><a href=\"https://news.example/2026/next\" rel=\"noopener noreferrer\">"
                 "next</a><img src=\"https://news.example/i.png\"></p>"_s);
        article.canonicalUrl.clear();
        article.url = u"file:///home/a/story.html"_s;
        article.contentHtml = u"<p><a href=\"next\">next</a><img src=\"/i.png\"></p>"_s;
        ArticleSanitizer::sanitize(article);
        QCOMPARE(article.contentHtml, u"<p>next</p>"_s);
    }

    void hostileContent()
    {
        Article article;
        article.url = u"https://harbour.example/hostile"_s;
        article.contentHtml = HostileExport::body();
        ArticleSanitizer::sanitize(article);
        QVERIFY2(HostileExport::firstForbidden(article.contentHtml).isEmpty(),
                 qPrintable(article.contentHtml));
        QVERIFY(article.contentHtml.contains(HostileExport::kept()));
    }

    // The sample library is what Byline itself stores: sanitising it changes nothing, so it
    // imports (and exports, and imports again) unchanged.
    void sampleIsAFixedPoint()
    {
        const Result<QList<ExportedArticle>> sample = SampleLibrary::load();
        QVERIFY2(sample.ok(), qPrintable(sample.error()));
        QVERIFY(sample->size() >= 12);
        for (const ExportedArticle &exported : *sample) {
            Article article = exported.article;
            ArticleSanitizer::sanitize(article);
            QCOMPARE(article.contentHtml, exported.article.contentHtml);
            QCOMPARE(article.leadImageUrl, exported.article.leadImageUrl);
            QCOMPARE(article.url, exported.article.url);
            // ... and sanitising twice is sanitising once.
            Article twice = article;
            ArticleSanitizer::sanitize(twice);
            QCOMPARE(twice.contentHtml, article.contentHtml);
        }
    }
};

QTEST_GUILESS_MAIN(TestArticleSanitizer)
#include "tst_articlesanitizer.moc"
