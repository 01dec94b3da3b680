// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/bylinecleaner.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBylineCleaner : public QObject {
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
};

void TestBylineCleaner::clean_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("expected");
    QTest::newRow("by") << u"By Jo Smith"_s << u"Jo Smith"_s;
    QTest::newRow("by-and-date") << u"By Jo Smith May 20, 2019"_s << u"Jo Smith"_s;
    QTest::newRow("german-von") << u"von Julia Kern"_s << u"Julia Kern"_s;
    QTest::newRow("german-von-colon") << u"Von:Moritz Weber"_s << u"Moritz Weber"_s;
    QTest::newRow("french-par") << u", par Anne Roy"_s << u"Anne Roy"_s;
    QTest::newRow("label-author") << u"Auteur: Anna Kubišta"_s << u"Anna Kubišta"_s;
    QTest::newRow("label-autor-after-bar") << u"| Autor: gnaddrig"_s << u"gnaddrig"_s;
    QTest::newRow("created-by") << u"Erstellt von Andri Bryner"_s << u"Andri Bryner"_s;
    QTest::newRow("interview") << u"Interview: Julia Lauter"_s << u"Julia Lauter"_s;
    QTest::newRow("trailing-dot-separator") << u"von David ·"_s << u"David"_s;
    QTest::newRow("trailing-am-weekday") << u"Von Isa Bia am Samstag"_s << u"Isa Bia"_s;
    QTest::newRow("vom") << u"vom Krimiblogger"_s << u"Krimiblogger"_s;
    QTest::newRow("eingestellt-von") << u"Eingestellt von der Michel"_s << u"der Michel"_s;
    QTest::newRow("post-author-by")
        << u"Post author By Helge Fahrnberger"_s << u"Helge Fahrnberger"_s;
    QTest::newRow("trailing-at") << u"Günter W. Kienitz at"_s << u"Günter W. Kienitz"_s;
    QTest::newRow("trailing-all-articles")
        << u"Johanna Kropfitsch Alle Artikel"_s << u"Johanna Kropfitsch"_s;
    QTest::newRow("trailing-dash-label") << u"Dominique — veröffentlicht"_s << u"Dominique"_s;
    QTest::newRow("trailing-site")
        << u"Kirsten Freund / handwerksblatt.de"_s << u"Kirsten Freund"_s;
    QTest::newRow("trailing-handle") << u"Williams Perdomo @wperdomod"_s << u"Williams Perdomo"_s;
    QTest::newRow("picture-credit-is-no-author") << u"Foto: Ingo Schneider"_s << QString();
    QTest::newRow("label-only-posted-on") << u"Posted on"_s << QString();
    QTest::newRow("label-only-veroeffentlicht") << u"Veröffentlicht am"_s << QString();
    QTest::newRow("label-only-by") << u"By"_s << QString();
    QTest::newRow("name-with-von-kept") << u"Ursula von der Leyen"_s << u"Ursula von der Leyen"_s;
    QTest::newRow("several-kept") << u"Ann Lee, Bo Kim"_s << u"Ann Lee, Bo Kim"_s;
}

void TestBylineCleaner::clean()
{
    QFETCH(QString, byline);
    QFETCH(QString, expected);
    QCOMPARE(BylineCleaner::clean(byline), expected);
}

QTEST_GUILESS_MAIN(TestBylineCleaner)
#include "tst_bylinecleaner.moc"
