// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/deckcleaner.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDeckCleaner : public QObject {
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
};

void TestDeckCleaner::clean_data()
{
    QTest::addColumn<QString>("deck");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    const QString body = u"The harbour authority said on Tuesday that the old breakwater would "
                         "be rebuilt.\nWork begins in the autumn."_s;
    QTest::newRow("short-kept") << u"What happened at the port."_s << body
                                << u"What happened at the port."_s;
    QTest::newRow("entities-decoded")
        << u"Salt &amp;amp; pepper at the port"_s << body << u"Salt & pepper at the port"_s;
    QTest::newRow("replacement-character-dropped")
        << u"항구 방파제를 다시 짓는다\uFFFD"_s << body << u"항구 방파제를 다시 짓는다"_s;
    QTest::newRow("email-sentence-cut")
        << u"The wall will be rebuilt. Contact us at desk@harbour.example for tips."_s << body
        << u"The wall will be rebuilt."_s;
    QTest::newRow("copyright-sentence-cut")
        << u"The wall will be rebuilt. © 2026 Harbour Times. All rights reserved."_s << body
        << u"The wall will be rebuilt."_s;
    QTest::newRow("phone-cut") << u"The wall will be rebuilt. Tel. +49 30 1234567"_s << body
                               << u"The wall will be rebuilt."_s;
    QTest::newRow("long-description-whole-sentences")
        << u"The wall will be rebuilt over three years. "_s + QString(150, u'a') + u" end. "_s
            + QString(200, u'b') + u" end."_s
        << body
        << u"The wall will be rebuilt over three years. "_s + QString(150, u'a') + u" end."_s;
    QTest::newRow("copy-of-body-dropped")
        << u"The harbour authority said on Tuesday that the old breakwater would be rebuilt."_s
        << body << QString();
    QTest::newRow("repeats-title-dropped") << u"Harbour wall"_s << body << QString();
}

void TestDeckCleaner::clean()
{
    QFETCH(QString, deck);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QCOMPARE(DeckCleaner::clean(deck, u"Harbour wall"_s, body), expected);
}

QTEST_GUILESS_MAIN(TestDeckCleaner)
#include "tst_deckcleaner.moc"
