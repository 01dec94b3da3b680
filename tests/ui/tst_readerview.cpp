// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reader pane on the real Qt WebEngine: text, text sizes, reading position, hostile content,
// blocked requests, links, go top.
#include "readerpane.h"
#include "readerview.h"
#include "requestblocker.h"
#include "schemehandler.h"
#include "share/urlopener.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

// The scheme has to exist before the QApplication (gui.cpp does the same).
static void registerReaderScheme()
{
    SchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerReaderScheme)

namespace {
class FakeOpener : public UrlOpener {
public:
    void open(const QUrl &url) override { opened << url; }
    QList<QUrl> opened;
};

QString paragraphs(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += u"<p id=\"p%1\">Paragraph %1. U.S.-North Korea denuclearization talks stand at a "
                "crossroads after Pyongyang said Friday that it is considering suspending "
                "negotiations with Washington. It is still too early to tell.</p>"_s.arg(i);
    return html;
}

Article article(const QString &content)
{
    Article a;
    a.title = u"Fate of nuclear talks"_s;
    a.deck = u"North Korea reconsidering negotiations with US"_s;
    a.section = u"Editorial"_s;
    a.author = u"Editorial Board"_s;
    a.language = u"en"_s;
    a.url = u"https://news.example.com/a/1"_s;
    a.contentHtml = content;
    return a;
}
} // namespace

class TestReaderView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void showsText();
    void settingsAreLockedDown();
    void fontSteps_data();
    void fontSteps();
    void fontStepClamps();
    void fontChangeKeepsPosition();
    void touchPinchNeverZooms();
    void hostileScriptsNeverRun();
    void remoteRequestsBlocked();
    void qrcImagesLoad();
    void links_data();
    void links();
    void goTop();
    void themes_data();
    void themes();
    void emptyState();

private:
    bool show(const Article &a);
    QVariant eval(const QString &js);
    QPoint linkCenter(const QString &id);

    FakeOpener *m_opener = nullptr;
    ReaderPane *m_pane = nullptr;
};

void TestReaderView::initTestCase()
{
    // One pane for all: a new QWebEngineProfile per test function costs seconds.
    m_opener = new FakeOpener;
    m_pane = new ReaderPane(m_opener);
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestReaderView::init()
{
    m_opener->opened.clear();
    m_pane->setFontStep(0);
}

void TestReaderView::cleanupTestCase()
{
    delete m_pane;
    delete m_opener;
}

bool TestReaderView::show(const Article &a)
{
    QSignalSpy finished(m_pane, &ReaderPane::loadFinished);
    m_pane->showArticle(a);
    if (!finished.wait(20000) || !finished.last().first().toBool())
        return false;
    // The page is laid out once the app world can measure it.
    return eval(u"document.body.getBoundingClientRect().height > 0"_s).toBool();
}

QVariant TestReaderView::eval(const QString &js)
{
    QVariant result;
    bool done = false;
    m_pane->webView()->page()->runJavaScript(js, QWebEngineScript::ApplicationWorld,
                                             [&](const QVariant &value) {
                                                 result = value;
                                                 done = true;
                                             });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("script timed out: %s", qPrintable(js));
    return result;
}

QPoint TestReaderView::linkCenter(const QString &id)
{
    const QString js = u"(function(){var e=document.getElementById('%1'); e.scrollIntoView();"
                       "var r=e.getBoundingClientRect(); return [r.left + r.width/2, "
                       "r.top + r.height/2];})()"_s.arg(id);
    const QVariantList xy = eval(js).toList();
    return xy.size() == 2 ? QPoint(int(xy.at(0).toDouble()), int(xy.at(1).toDouble())) : QPoint();
}

// Touch screens pinch through the five text sizes, never a Chromium page zoom: the page
// allows only panning.
void TestReaderView::touchPinchNeverZooms()
{
    QVERIFY(show(article(u"<p>Pinch me.</p>"_s)));
    const QString action
        = eval(u"getComputedStyle(document.documentElement).touchAction"_s).toString();
    QVERIFY2(action == u"pan-x pan-y"_s, qPrintable(action));
}

void TestReaderView::showsText()
{
    QVERIFY(show(article(u"<p>It is still too early to tell if the North wants out.</p>"_s)));
    const QString text = eval(u"document.body.innerText"_s).toString();
    QVERIFY2(text.contains(u"Fate of nuclear talks"_s), qPrintable(text));
    QVERIFY(text.contains(u"North Korea reconsidering negotiations with US"_s));
    QVERIFY(text.contains(u"editorial"_s, Qt::CaseInsensitive));
    QVERIFY(text.contains(u"Editorial Board"_s));
    QVERIFY(text.contains(u"It is still too early to tell if the North wants out."_s));
    QVERIFY(text.contains(u"1 min read"_s));
    QVERIFY(text.contains(u"Read the original at news.example.com"_s));

    // A title that looks like markup stays text.
    Article tricky = article(u"<p>x</p>"_s);
    tricky.title = u"<b id=\"bold\">Bold</b> & \"q\""_s;
    QVERIFY(show(tricky));
    QCOMPARE(eval(u"document.querySelector('h1.title').textContent"_s).toString(), tricky.title);
    QCOMPARE(eval(u"document.getElementById('bold') === null"_s).toBool(), true);
}

void TestReaderView::settingsAreLockedDown()
{
    QWebEngineSettings *settings = m_pane->webView()->page()->settings();
    QVERIFY(!settings->testAttribute(QWebEngineSettings::JavascriptEnabled));
    QVERIFY(!settings->testAttribute(QWebEngineSettings::PluginsEnabled));
    QVERIFY(!settings->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
    QVERIFY(m_pane->webView()->page()->profile()->isOffTheRecord());
}

void TestReaderView::fontSteps_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<double>("pixels");
    QTest::newRow("-2") << -2 << 15.0;
    QTest::newRow("-1") << -1 << 17.0;
    QTest::newRow("0") << 0 << 19.0;
    QTest::newRow("+1") << 1 << 22.0;
    QTest::newRow("+2") << 2 << 25.0;
}

void TestReaderView::fontSteps()
{
    QFETCH(int, step);
    QFETCH(double, pixels);
    QVERIFY(show(article(paragraphs(5))));
    eval(u"document.body.setAttribute('data-same-document', '1')"_s);
    const double titleBefore
        = eval(u"parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)"_s).toDouble();
    QSignalSpy reloads(m_pane, &ReaderPane::loadFinished);
    QSignalSpy changed(m_pane, &ReaderPane::fontStepChanged);
    m_pane->setFontStep(step);
    QCOMPARE(m_pane->fontStep(), step);
    QCOMPARE(changed.size(), step == 0 ? 0 : 1);
    QTRY_COMPARE(eval(u"parseFloat(getComputedStyle(document.body).fontSize)"_s).toDouble(),
                 pixels);
    // Headings follow the text; the page was not reloaded, nor zoomed.
    const double title
        = eval(u"parseFloat(getComputedStyle(document.querySelector('h1')).fontSize)"_s).toDouble();
    QVERIFY(qAbs(title / pixels - titleBefore / 19.0) < 0.01);
    QCOMPARE(eval(u"document.body.getAttribute('data-same-document')"_s).toString(), u"1"_s);
    QCOMPARE(reloads.size(), 0);
    QCOMPARE(m_pane->webView()->zoomFactor(), 1.0);
    // The next article opens at the same size.
    QVERIFY(show(article(u"<p>Next</p>"_s)));
    QCOMPARE(eval(u"parseFloat(getComputedStyle(document.body).fontSize)"_s).toDouble(), pixels);
    // The menu shows the current step checked.
    for (QAction *action : m_pane->textSizeMenu()->actions())
        if (action->isCheckable())
            QCOMPARE(action->isChecked(), action->data().toInt() == step);
}

void TestReaderView::fontStepClamps()
{
    QVERIFY(show(article(paragraphs(3))));
    QMenu *menu = m_pane->textSizeMenu();
    QAction *larger = nullptr;
    QAction *smaller = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::ZoomIn))
            larger = action;
        if (action->shortcut() == QKeySequence(QKeySequence::ZoomOut))
            smaller = action;
    }
    QVERIFY(larger && smaller);
    m_pane->setFontStep(9);
    QCOMPARE(m_pane->fontStep(), 2);
    QVERIFY(!larger->isEnabled());
    larger->trigger();
    QCOMPARE(m_pane->fontStep(), 2);
    QTRY_COMPARE(eval(u"parseFloat(getComputedStyle(document.body).fontSize)"_s).toDouble(), 25.0);
    m_pane->setFontStep(-9);
    QCOMPARE(m_pane->fontStep(), -2);
    QVERIFY(!smaller->isEnabled());
    QVERIFY(larger->isEnabled());
    QTRY_COMPARE(eval(u"parseFloat(getComputedStyle(document.body).fontSize)"_s).toDouble(), 15.0);
    // The keyboard: Ctrl++ from the focused reader.
    m_pane->webView()->setFocus();
    QTest::keyClick(m_pane->webView()->focusProxy(), Qt::Key_Plus, Qt::ControlModifier);
    QTRY_COMPARE(m_pane->fontStep(), -1);
}

void TestReaderView::fontChangeKeepsPosition()
{
    QVERIFY(show(article(paragraphs(80))));
    eval(u"document.getElementById('p40').scrollIntoView()"_s);
    QTRY_VERIFY(m_pane->webView()->page()->scrollPosition().y() > 1000);
    const double before = eval(u"window.scrollY"_s).toDouble();
    m_pane->setFontStep(2);
    QTRY_COMPARE(eval(u"parseFloat(getComputedStyle(document.body).fontSize)"_s).toDouble(), 25.0);
    const double top
        = eval(u"document.getElementById('p40').getBoundingClientRect().top"_s).toDouble();
    const double after = eval(u"window.scrollY"_s).toDouble();
    QVERIFY2(qAbs(top) < 40, qPrintable(QString::number(top)));
    QVERIFY(after > before * 1.15); // the same paragraph is further down a larger page
    m_pane->setFontStep(-2);
    QTRY_COMPARE(eval(u"parseFloat(getComputedStyle(document.body).fontSize)"_s).toDouble(), 15.0);
    const double top2
        = eval(u"document.getElementById('p40').getBoundingClientRect().top"_s).toDouble();
    QVERIFY2(qAbs(top2) < 40, qPrintable(QString::number(top2)));
}

void TestReaderView::hostileScriptsNeverRun()
{
    const QString mark = u"document.documentElement.setAttribute('data-pwned', '%1'); "
                         "document.title = 'pwned';"_s;
    const QString content = u"<p>Before</p><script>"_s + mark.arg(1) + u"</script>"_s
        + u"<img src=\"x\" onerror=\""_s + mark.arg(2) + u"\">"_s + u"<svg onload=\""_s
        + mark.arg(3) + u"\"></svg>"_s + u"<iframe srcdoc=\"<script>parent."_s + mark.arg(4)
        + u"</script>\"></iframe>"_s + u"<p id=\"t\" onmouseover=\""_s + mark.arg(5)
        + u"\">hover</p>"_s + u"<a id=\"js\" href=\"javascript:"_s + mark.arg(6)
        + u"\">js link</a>"_s + u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:"_s
        + mark.arg(7) + u"\">"_s + u"<p>After</p>"_s;
    QVERIFY(show(article(content)));
    const QUrl url = m_pane->webView()->url();
    QTest::mouseMove(m_pane->webView()->focusProxy(), linkCenter(u"t"_s));
    QTest::mouseClick(m_pane->webView()->focusProxy(), Qt::LeftButton, {}, linkCenter(u"js"_s));
    eval(u"document.getElementById('js').click()"_s);
    QTest::qWait(700);
    QCOMPARE(eval(u"document.documentElement.getAttribute('data-pwned')"_s), QVariant());
    QCOMPARE(eval(u"document.title"_s).toString(), u"Fate of nuclear talks"_s);
    QCOMPARE(m_pane->webView()->url(), url);
    QVERIFY(m_opener->opened.isEmpty());
    QVERIFY(eval(u"document.body.innerText"_s).toString().contains(u"After"_s));
}

void TestReaderView::remoteRequestsBlocked()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QStringList requests;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            requests << u"connection"_s;
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                while (socket->canReadLine()) {
                    const QString line = QString::fromLatin1(socket->readLine().trimmed());
                    if (line.endsWith(u"HTTP/1.1"_s))
                        requests << line;
                    if (!line.isEmpty())
                        continue;
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    return;
                }
            });
        }
    });
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
    Article a
        = article(u"<p>Text</p><img src=\"%1/body.png\">"
                  "<link rel=\"stylesheet\" href=\"%1/style.css\">"
                  "<div style=\"background-image:url(%1/bg.png)\">x</div>"
                  "<video poster=\"%1/poster.png\" src=\"%1/video.mp4\"></video>"
                  "<iframe src=\"%1/frame.html\"></iframe>"
                  "<object data=\"%1/object.swf\"></object>"
                  "<link rel=\"preconnect\" href=\"%1\"><link rel=\"prefetch\" href=\"%1/next\">"
                  "<link rel=\"dns-prefetch\" href=\"%1\">"
                  "<a href=\"%1/link\" ping=\"%1/ping\">a link</a>"_s.arg(base));
    a.leadImageUrl = base + u"/lead.jpg"_s;
    QVERIFY(show(a));
    QTest::qWait(1500);
    QVERIFY2(requests.isEmpty(), qPrintable(requests.join(u", "_s)));
    QVERIFY(m_pane->remoteImagesAction()->isEnabled());
    // Blocked images are hidden, not shown broken, and the toggle says how many.
    QTRY_COMPARE(eval(u"document.querySelectorAll('img[data-byline-missing]').length"_s).toInt(),
                 2);
    QTRY_VERIFY(m_pane->remoteImagesAction()->toolTip().contains(u"2 image(s) not loaded"_s));
    QVERIFY(!m_pane->remoteImagesAction()->isChecked());

    // "Load remote images": images only, for this article.
    QSignalSpy finished(m_pane, &ReaderPane::loadFinished);
    m_pane->remoteImagesAction()->trigger();
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY2_WITH_TIMEOUT(requests.contains(u"GET /body.png HTTP/1.1"_s),
                              qPrintable(requests.join(u", "_s)), 10000);
    QTRY_VERIFY(requests.contains(u"GET /lead.jpg HTTP/1.1"_s));
    QTest::qWait(500);
    for (const QString &request : std::as_const(requests))
        QVERIFY2(request == u"connection"_s || request.contains(u".png"_s)
                     || request.contains(u".jpg"_s),
                 qPrintable(request));

    // The next article starts blocked again.
    requests.clear();
    Article next = article(u"<img src=\"%1/next.png\">"_s.arg(base));
    QVERIFY(show(next));
    QVERIFY(!m_pane->remoteImagesAction()->isChecked());
    QTest::qWait(1000);
    QVERIFY2(requests.isEmpty(), qPrintable(requests.join(u", "_s)));
}

void TestReaderView::qrcImagesLoad()
{
    Article a = article(u"<p>Text</p><img id=\"inline\" src=\"qrc:/icons/byline-64.png\">"_s);
    a.leadImageUrl = u"qrc:/icons/byline-128.png"_s;
    QVERIFY(show(a));
    QTRY_COMPARE(eval(u"document.querySelector('.lead img').naturalWidth"_s).toInt(), 128);
    QTRY_COMPARE(eval(u"document.getElementById('inline').naturalWidth"_s).toInt(), 64);
}

void TestReaderView::links_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected"); // empty: nothing opens
    QTest::newRow("https")
        << u"<a id=\"l\" href=\"https://example.org/a?b=1&amp;c=%20d#frag\">x</a>"_s
        << u"https://example.org/a?b=1&c=%20d#frag"_s;
    QTest::newRow("http") << u"<a id=\"l\" href=\"http://example.org/\">x</a>"_s
                          << u"http://example.org/"_s;
    QTest::newRow("mailto") << u"<a id=\"l\" href=\"mailto:desk@example.org?subject=Hi\">x</a>"_s
                            << u"mailto:desk@example.org?subject=Hi"_s;
    QTest::newRow("target-blank")
        << u"<a id=\"l\" target=\"_blank\" href=\"https://example.org/new\">x</a>"_s
        << u"https://example.org/new"_s;
    QTest::newRow("javascript") << u"<a id=\"l\" href=\"javascript:void(0)\">x</a>"_s << QString();
    QTest::newRow("file") << u"<a id=\"l\" href=\"file:///etc/passwd\">x</a>"_s << QString();
    QTest::newRow("data") << u"<a id=\"l\" href=\"data:text/html,hi\">x</a>"_s << QString();
}

void TestReaderView::links()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QVERIFY(show(article(u"<p>Before the link. "_s + html + u"</p>"_s)));
    const QUrl url = m_pane->webView()->url();
    QCOMPARE(url.scheme(), u"byline"_s);
    const QPoint center = linkCenter(u"l"_s);
    QVERIFY(!center.isNull());
    QTest::mouseClick(m_pane->webView()->focusProxy(), Qt::LeftButton, {}, center);
    if (expected.isEmpty()) {
        QTest::qWait(700);
        QVERIFY(m_opener->opened.isEmpty());
    } else {
        QTRY_COMPARE(m_opener->opened.size(), 1);
        QCOMPARE(m_opener->opened.first().toString(QUrl::FullyEncoded), expected);
    }
    QTest::qWait(200);
    QCOMPARE(m_pane->webView()->url(), url);
    QVERIFY(eval(u"document.body.innerText"_s).toString().contains(u"Before the link."_s));
}

void TestReaderView::goTop()
{
    QVERIFY(show(article(paragraphs(60))));
    QToolButton *button = nullptr;
    for (QToolButton *b : m_pane->webView()->findChildren<QToolButton *>())
        if (b->defaultAction() == m_pane->goTopAction())
            button = b;
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    m_pane->pageDown();
    QTRY_VERIFY(m_pane->webView()->page()->scrollPosition().y() > 300);
    eval(u"window.scrollTo(0, 3000)"_s);
    QTRY_VERIFY(button->isVisible());
    m_pane->goTopAction()->trigger();
    QTRY_COMPARE(m_pane->webView()->page()->scrollPosition().y(), 0.0);
    QTRY_VERIFY(!button->isVisible());
}

void TestReaderView::themes_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QString>("background");
    QTest::newRow("light") << int(ReaderTheme::Light) << u"rgb(253, 252, 249)"_s;
    QTest::newRow("sepia") << int(ReaderTheme::Sepia) << u"rgb(245, 237, 220)"_s;
    QTest::newRow("dark") << int(ReaderTheme::Dark) << u"rgb(28, 28, 30)"_s;
}

void TestReaderView::themes()
{
    QFETCH(int, theme);
    QFETCH(QString, background);
    QVERIFY(show(article(paragraphs(2))));
    QSignalSpy reloads(m_pane, &ReaderPane::loadFinished);
    m_pane->setTheme(ReaderTheme(theme));
    QTRY_COMPARE(eval(u"getComputedStyle(document.documentElement).backgroundColor"_s).toString(),
                 background);
    QCOMPARE(reloads.size(), 0);
    // The next article keeps it.
    QVERIFY(show(article(u"<p>Next</p>"_s)));
    QCOMPARE(eval(u"getComputedStyle(document.documentElement).backgroundColor"_s).toString(),
             background);
    m_pane->setTheme(ReaderTheme::System);
}

void TestReaderView::emptyState()
{
    QVERIFY(show(article(u"<p>x</p>"_s)));
    QSignalSpy finished(m_pane, &ReaderPane::loadFinished);
    m_pane->clear();
    QVERIFY(finished.wait(20000));
    QVERIFY(eval(u"document.body.innerText"_s).toString().contains(u"Nothing to read yet"_s));
    for (QAction *action : m_pane->shareMenu()->actions())
        QVERIFY(!action->isEnabled());
    QVERIFY(!m_pane->remoteImagesAction()->isEnabled());
}

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
