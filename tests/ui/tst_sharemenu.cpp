// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "share/urlopener.h"
#include "sharemenu.h"
#include "store/article.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
class FakeOpener : public UrlOpener {
public:
    void open(const QUrl &url) override { opened << url; }
    QList<QUrl> opened;
};

Article sampleArticle()
{
    Article article;
    article.url = u"https://news.example.com/amp/7?utm_source=feed"_s;
    article.canonicalUrl = u"https://news.example.com/2019/03/15/nuclear-talks?id=7&x=1"_s;
    article.title = u"Fate of \"nuclear\" talks & #1 100% + 핵 \U0001F680"_s;
    article.deck = u"North Korea\nreconsidering"_s;
    return article;
}

constexpr auto encodedUrl
    = "https%3A%2F%2Fnews.example.com%2F2019%2F03%2F15%2Fnuclear-talks%3Fid%3D7%26x%3D1";
constexpr auto encodedTitle = "Fate%20of%20%22nuclear%22%20talks%20%26%20%231%20100%25%20%2B%20"
                              "%ED%95%B5%20%F0%9F%9A%80";
} // namespace

class TestShareMenu : public QObject {
    Q_OBJECT

private slots:
    void order();
    void opens_data();
    void opens();
    void copyLink();
    void noAddress();
};

void TestShareMenu::order()
{
    FakeOpener opener;
    ShareMenu menu(&opener);
    QStringList texts;
    for (QAction *action : menu.actions())
        texts << action->text();
    QCOMPARE(texts,
             QStringList({ u"Facebook"_s, u"Twitter"_s, u"Kakao"_s, u"Mail"_s, u"Copy Link"_s }));
}

void TestShareMenu::opens_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("facebook") << 0
                              << (QByteArray("https://www.facebook.com/sharer/sharer.php?u=")
                                  + encodedUrl);
    QTest::newRow("twitter") << 1
                             << (QByteArray("https://twitter.com/intent/tweet?url=") + encodedUrl
                                 + "&text=" + encodedTitle);
    QTest::newRow("kakao") << 2 << (QByteArray("https://story.kakao.com/share?url=") + encodedUrl);
    QTest::newRow("mail") << 3
                          << (QByteArray("mailto:?subject=") + encodedTitle
                              + "&body=North%20Korea%0Areconsidering%0A%0A" + encodedUrl);
}

void TestShareMenu::opens()
{
    QFETCH(int, index);
    QFETCH(QByteArray, expected);
    FakeOpener opener;
    ShareMenu menu(&opener);
    menu.setArticle(sampleArticle());
    QAction *action = menu.actions().at(index);
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(opener.opened.size(), 1);
    QCOMPARE(opener.opened.first().toEncoded(), expected);
}

void TestShareMenu::copyLink()
{
    FakeOpener opener;
    ShareMenu menu(&opener);
    QSignalSpy status(&menu, &ShareMenu::statusMessage);
    menu.setArticle(sampleArticle());
    QGuiApplication::clipboard()->clear();
    menu.copyLinkAction()->trigger();
    const QString expected = u"https://news.example.com/2019/03/15/nuclear-talks?id=7&x=1"_s;
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), expected);
    QCOMPARE(data->urls(), QList<QUrl>({ QUrl(expected) }));
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(), u"Link copied"_s);
    QVERIFY(opener.opened.isEmpty());
}

void TestShareMenu::noAddress()
{
    FakeOpener opener;
    ShareMenu menu(&opener);
    Article article = sampleArticle();
    menu.setArticle(article);
    QVERIFY(menu.facebookAction()->isEnabled());
    article.url.clear();
    article.canonicalUrl.clear();
    menu.setArticle(article);
    for (QAction *action : menu.actions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QCOMPARE(action->toolTip(), u"This article has no web address to share"_s);
        action->trigger();
    }
    QVERIFY(opener.opened.isEmpty());
    article.url = u"file:///home/me/saved.html"_s;
    menu.setArticle(article);
    QVERIFY(!menu.copyLinkAction()->isEnabled());
}

QTEST_MAIN(TestShareMenu)
#include "tst_sharemenu.moc"
