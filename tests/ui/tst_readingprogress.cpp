// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The progress line under the reader's toolbar: its arithmetic, and on the real Qt WebEngine
// reader, empty at the top, about half way in the middle, full at the end, reset for the next
// article.
#include "readerpane.h"
#include "readingprogress.h"
#include "schemehandler.h"
#include "share/urlopener.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

namespace {
class NoOpener : public UrlOpener {
public:
    void open(const QUrl &) override { }
};

Article article(int paragraphs)
{
    Article a;
    a.title = u"A long read"_s;
    a.language = u"en"_s;
    for (int i = 0; i < paragraphs; ++i)
        a.contentHtml += u"<p>Paragraph %1. Talks stand at a crossroads after Pyongyang said "
                         "Friday that it is considering suspending negotiations.</p>"_s.arg(i);
    return a;
}
} // namespace

class TestReadingProgress : public QObject {
    Q_OBJECT

private slots:
    void position_data();
    void position();
    void followsTheReader();

private:
    QVariant eval(ReaderPane *pane, const QString &js);
};

void TestReadingProgress::position_data()
{
    QTest::addColumn<double>("scrollY");
    QTest::addColumn<double>("content");
    QTest::addColumn<double>("viewport");
    QTest::addColumn<double>("expected");
    QTest::newRow("top") << 0.0 << 3000.0 << 1000.0 << 0.0;
    QTest::newRow("middle") << 1000.0 << 3000.0 << 1000.0 << 0.5;
    QTest::newRow("end") << 2000.0 << 3000.0 << 1000.0 << 1.0;
    QTest::newRow("past-end") << 2600.0 << 3000.0 << 1000.0 << 1.0;
    QTest::newRow("fits") << 0.0 << 900.0 << 1000.0 << -1.0;
}

void TestReadingProgress::position()
{
    QFETCH(double, scrollY);
    QFETCH(double, content);
    QFETCH(double, viewport);
    QFETCH(double, expected);
    ReadingProgress progress;
    progress.setPosition(scrollY, content, viewport);
    QCOMPARE(progress.fraction(), expected);
    QCOMPARE(progress.height(), 2);
}

QVariant TestReadingProgress::eval(ReaderPane *pane, const QString &js)
{
    QVariant result;
    bool done = false;
    pane->webView()->page()->runJavaScript(js, QWebEngineScript::ApplicationWorld,
                                           [&](const QVariant &value) {
                                               result = value;
                                               done = true;
                                           });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("script timed out: %s", qPrintable(js));
    return result;
}

void TestReadingProgress::followsTheReader()
{
    NoOpener opener;
    ReaderPane pane(&opener);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    ReadingProgress *progress = pane.readingProgress();
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->fraction(), -1.0); // the empty state

    QSignalSpy finished(&pane, &ReaderPane::loadFinished);
    pane.showArticle(article(80));
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(progress->fraction(), 0.0);
    eval(&pane,
         u"window.scrollTo(0, (document.documentElement.scrollHeight"
         " - window.innerHeight) / 2)"_s);
    QTRY_VERIFY2(qAbs(progress->fraction() - 0.5) < 0.02,
                 qPrintable(QString::number(progress->fraction())));
    // Drawn: about half the line in the highlight colour.
    const QImage image = progress->grab().toImage();
    const QColor highlight = progress->palette().color(QPalette::Highlight);
    QCOMPARE(image.pixelColor(image.width() / 4, 1), highlight);
    QVERIFY(image.pixelColor(image.width() * 3 / 4, 1) != highlight);
    eval(&pane, u"window.scrollTo(0, document.documentElement.scrollHeight)"_s);
    QTRY_COMPARE(progress->fraction(), 1.0);

    // The next article starts at the top; a short one shows no line.
    pane.showArticle(article(1));
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(progress->fraction(), -1.0);
    // Two articles of the same length, both at the top: the line comes back for the second.
    pane.showArticle(article(80));
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(progress->fraction(), 0.0);
    pane.showArticle(article(80));
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(progress->fraction(), 0.0);
}

QTEST_MAIN(TestReadingProgress)
#include "tst_readingprogress.moc"
