// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/articleextractor.h"
#include "extract/boilerplateremover.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString paragraphs()
{
    return u"<p>The harbour authority said on Tuesday that the old breakwater, built in 1911, "
           "would be rebuilt over the next three years, at a cost of about 40 million euros.</p>"
           "<p>Fishermen, ferry operators and residents have long complained that storms push "
           "waves over the wall, flooding the quay, damaging boats and closing the road to the "
           "lighthouse for days at a time.</p>"
           "<p>Engineers will first survey the foundations, then add a new concrete crown, and "
           "finally place thousands of rock blocks along the seaward side to break the waves "
           "before they reach the wall.</p>"_s;
}

QString lastParagraph()
{
    return u"<p>Work is expected to begin in the autumn, once the summer ferry season is over, "
           "and the harbour will stay open throughout, the authority said in a statement.</p>"_s;
}

} // namespace

class TestBoilerplateRemover : public QObject {
    Q_OBJECT

private slots:
    void furnitureLine_data();
    void furnitureLine();
    void inArticle_data();
    void inArticle();
};

void TestBoilerplateRemover::furnitureLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("linked");
    QTest::addColumn<bool>("furniture");
    QTest::newRow("subscribe") << u"Subscribe to The Harbour Weekly for more"_s << false << true;
    QTest::newRow("follow-us") << u"Follow us on Mastodon and listen to our podcast"_s << false
                               << true;
    QTest::newRow("follow-linked") << u"Follow Harbour Times on Mastodon"_s << true << true;
    QTest::newRow("follow-unlinked-kept") << u"Follow the signs to the quay."_s << false << false;
    QTest::newRow("join-forums") << u"Join our Harbour Forums"_s << false << true;
    QTest::newRow("listen") << u"Listen to the episode"_s << false << true;
    QTest::newRow("read-also-german")
        << u"Lesen Sie auch: Der Leuchtturm wird 100"_s << true << true;
    QTest::newRow("see-also-unlinked-kept") << u"See also the map below."_s << false << false;
    QTest::newRow("read-also-spanish") << u"Lea también: El faro cumple 100 años"_s << true << true;
    QTest::newRow("image-copyright") << u"Image copyright Getty Images"_s << false << true;
    QTest::newRow("image-caption") << u"Image caption The wall in 1911"_s << false << true;
    QTest::newRow("image-credit-parenthesised")
        << u"(Image credit: Harbour Archive)"_s << false << true;
    QTest::newRow("foto-credit") << u"Foto: Jo Smith"_s << false << true;
    QTest::newRow("copyright-sign") << u"© 2026 Harbour Times"_s << false << true;
    QTest::newRow("sentence-kept")
        << u"Subscribers to the ferry pass will pay less."_s << false << false;
    QTest::newRow("follow-in-sentence-kept")
        << u"Boats follow the channel markers."_s << true << false;
    QTest::newRow("long-kept") << u"Read more: "_s + QString(200, u'x') << true << false;
}

void TestBoilerplateRemover::furnitureLine()
{
    QFETCH(QString, text);
    QFETCH(bool, linked);
    QFETCH(bool, furniture);
    QCOMPARE(BoilerplateRemover::isFurnitureLine(text, linked), furniture);
}

void TestBoilerplateRemover::inArticle_data()
{
    QTest::addColumn<QString>("inside");
    QTest::addColumn<QString>("trailing");
    QTest::addColumn<QString>("gone");
    QTest::addColumn<QString>("kept");

    QTest::newRow("subscribe-box-mid-article")
        << u"<div class=box><p>Subscribe to The Harbour Weekly</p></div>"_s << QString()
        << u"Subscribe to"_s << u"concrete crown"_s;
    QTest::newRow("read-also-link")
        << u"<p>Lea también: <a href=/faro>El faro cumple 100 años</a></p>"_s << QString()
        << u"El faro"_s << u"concrete crown"_s;
    QTest::newRow("link-only-teaser")
        << u"<p><a href=/more>The ferry timetable for the summer season</a></p>"_s << QString()
        << u"ferry timetable"_s << u"concrete crown"_s;
    QTest::newRow("credit-class")
        << u"<figure><img src=/wall.jpg><figcaption>The wall in 1911 <span class=credit>"
           "Harbour Archive</span></figcaption></figure>"_s
        << QString() << u"Harbour Archive"_s << u"The wall in 1911"_s;
    QTest::newRow("image-copyright-label") << u"<p>Image copyright Getty Images</p>"_s << QString()
                                           << u"Getty"_s << u"concrete crown"_s;
    QTest::newRow("related-list-at-end")
        << QString()
        << u"<h3>More great harbour stories</h3><div><a href=/1>Lighthouse keepers</a></div>"
           "<div><a href=/2>Ferry strike ends</a></div>"_s
        << u"More great harbour stories"_s << u"authority said in a statement"_s;
    QTest::newRow("follow-footer-at-end")
        << QString() << u"<p>Follow <a href=/m>Harbour Times on Mastodon</a></p>"_s << u"Mastodon"_s
        << u"authority said in a statement"_s;
    QTest::newRow("author-promo-at-end")
        << QString() << u"<p><a href=/jo>Jo Smith</a> writes about <a href=/ports>ports</a></p>"_s
        << u"Jo Smith"_s << u"authority said in a statement"_s;
    QTest::newRow("heading-with-nothing-under-it")
        << u"<h3>Neueste Artikel</h3><h2>The new crown</h2>"_s << QString() << u"Neueste Artikel"_s
        << u"The new crown"_s;
    QTest::newRow("php-warning")
        << u"<p>Warning: Creating default object from empty value in /www/x.php on line 407</p>"_s
        << QString() << u"Creating default object"_s << u"concrete crown"_s;
    QTest::newRow("advertisement-label")
        << u"<p>- Anzeige -</p>"_s << QString() << u"Anzeige"_s << u"concrete crown"_s;
    QTest::newRow("heading-before-picture-kept")
        << QString() << u"<h2>The wall today</h2><img src=/today.jpg>"_s << QString()
        << u"The wall today"_s;
}

void TestBoilerplateRemover::inArticle()
{
    QFETCH(QString, inside);
    QFETCH(QString, trailing);
    QFETCH(QString, gone);
    QFETCH(QString, kept);
    const QString html = u"<!DOCTYPE html><html><head><title>Harbour wall</title></head><body>"
                         "<article><h1>Harbour wall</h1>"_s
        + paragraphs() + inside + lastParagraph() + trailing + u"</article></body></html>"_s;
    const Result<ExtractedArticle> r
        = ArticleExtractor::extract(html, QUrl(u"https://news.example/a"_s));
    QVERIFY(r.ok());
    if (!gone.isEmpty())
        QVERIFY2(!r->plainText.contains(gone), qPrintable(r->plainText));
    QVERIFY2(r->plainText.contains(kept), qPrintable(r->plainText));
}

QTEST_GUILESS_MAIN(TestBoilerplateRemover)
#include "tst_boilerplateremover.moc"
