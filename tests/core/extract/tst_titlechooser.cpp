// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/titlechooser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTitleChooser : public QObject {
    Q_OBJECT

private slots:
    void choose_data();
    void choose();
    void stripSite_data();
    void stripSite();
    void decodeEntities_data();
    void decodeEntities();
};

void TestTitleChooser::choose_data()
{
    QTest::addColumn<QStringList>("headlines");
    QTest::addColumn<QStringList>("metadata");
    QTest::addColumn<QString>("documentTitle");
    QTest::addColumn<QStringList>("siteNames");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");

    const QString headline = u"Harbour wall to be rebuilt after storms"_s;
    QTest::newRow("h1-agrees-with-og-title")
        << QStringList { headline } << QStringList { headline + u" | Harbour Times"_s } << QString()
        << QStringList() << QString() << headline;
    QTest::newRow("h1-differs-slightly-from-seo-title")
        << QStringList { headline }
        << QStringList { u"Harbour wall to be rebuilt after winter storms, council says"_s }
        << QString() << QStringList() << QString() << headline;
    QTest::newRow("h1-unrelated-logo-uses-metadata")
        << QStringList { u"Harbour Times"_s } << QStringList { headline } << QString()
        << QStringList() << QString() << headline;
    QTest::newRow("h1-is-title-tail-so-site-name")
        << QStringList { u"Harbour Blog"_s } << QStringList() << headline + u" | Harbour Blog"_s
        << QStringList() << QString() << headline;
    QTest::newRow("tail-with-site-name-in-metadata")
        << QStringList() << QStringList { headline + u" – Harbour Times"_s } << QString()
        << QStringList { u"Harbour Times"_s } << QString() << headline;
    QTest::newRow("tail-without-site-name-from-domain")
        << QStringList() << QStringList() << headline + u" - HarbourTimes.com"_s << QStringList()
        << u"www.harbourtimes.com"_s << headline;
    QTest::newRow("tail-and-tagline-after-site")
        << QStringList() << QStringList()
        << headline + u" : Harbour Times | News from the quay | Since 1911"_s
        << QStringList { u"Harbour Times"_s } << QString() << headline;
    QTest::newRow("site-head-section-title")
        << QStringList() << QStringList() << u"Harbour Times » Blog Archive » "_s + headline
        << QStringList() << u"harbourtimes.example"_s << headline;
    QTest::newRow("kicker-less-headline-first")
        << QStringList { headline, u"Coastal works "_s + headline }
        << QStringList { u"Coastal works: "_s + headline } << QString() << QStringList()
        << QString() << headline;
    QTest::newRow("kicker-title-colon-headline-not-a-site-name")
        << QStringList { headline, u"Coastal works "_s + headline } << QStringList()
        << u"Coastal works: "_s + headline << QStringList() << QString() << headline;
    QTest::newRow("double-escaped-og-title")
        << QStringList() << QStringList { u"Salt &amp; pepper &#038; harbour &bull; stories"_s }
        << QString() << QStringList() << QString() << u"Salt & pepper & harbour • stories"_s;
    QTest::newRow("no-h1-no-metadata-uses-fallback")
        << QStringList() << QStringList() << QString() << QStringList() << QString() << QString();
}

void TestTitleChooser::choose()
{
    QFETCH(QStringList, headlines);
    QFETCH(QStringList, metadata);
    QFETCH(QString, documentTitle);
    QFETCH(QStringList, siteNames);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    TitleChooser::Candidates c;
    c.headlines = headlines;
    c.metadata = metadata;
    c.documentTitle = documentTitle;
    c.siteNames = siteNames;
    c.host = host;
    c.fallback = metadata.isEmpty() ? documentTitle : metadata.first();
    QCOMPARE(TitleChooser::choose(c), expected);
}

void TestTitleChooser::stripSite_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("siteNames");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pipe-site") << u"Tides rise | Harbour Times"_s
                               << QStringList { u"Harbour Times"_s } << QString()
                               << u"Tides rise"_s;
    QTest::newRow("site-name-unknown-kept") << u"Tides rise | Harbour Times"_s << QStringList()
                                            << QString() << u"Tides rise | Harbour Times"_s;
    QTest::newRow("domain-label") << u"Tides rise – Artport"_s << QStringList()
                                  << u"www.artport.example"_s << u"Tides rise"_s;
    QTest::newRow("hyphen-in-word-not-a-separator")
        << u"Spider-Man swings back"_s << QStringList { u"Man"_s } << QString()
        << u"Spider-Man swings back"_s;
    QTest::newRow("trailing-double-colons")
        << u"Tides rise :: Harbour Blog ::"_s << QStringList { u"Harbour Blog"_s } << QString()
        << u"Tides rise"_s;
    QTest::newRow("only-the-site") << u"Harbour Times"_s << QStringList { u"Harbour Times"_s }
                                   << QString() << u"Harbour Times"_s;
}

void TestTitleChooser::stripSite()
{
    QFETCH(QString, title);
    QFETCH(QStringList, siteNames);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(TitleChooser::stripSite(title, siteNames, host), expected);
}

void TestTitleChooser::decodeEntities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("amp") << u"Salt &amp; pepper"_s << u"Salt & pepper"_s;
    QTest::newRow("hex-apostrophe") << u"Harbour&#x27;s wall"_s << u"Harbour's wall"_s;
    QTest::newRow("named-bullet") << u"News &bull; Local"_s << u"News • Local"_s;
    QTest::newRow("double-escaped") << u"Salt &amp;amp; pepper"_s << u"Salt & pepper"_s;
    QTest::newRow("plain-ampersand-kept") << u"Salt & pepper"_s << u"Salt & pepper"_s;
    QTest::newRow("markup-stays-text") << u"a &lt;b&gt; <i>c</i>"_s << u"a <b> <i>c</i>"_s;
    QTest::newRow("whitespace") << u"  Salt\n  pepper "_s << u"Salt pepper"_s;
}

void TestTitleChooser::decodeEntities()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TitleChooser::decodeEntities(text), expected);
}

QTEST_GUILESS_MAIN(TestTitleChooser)
#include "tst_titlechooser.moc"
