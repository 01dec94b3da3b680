// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's "Aa" panel on the real Qt WebEngine: every choice changes the open page's
// computed style without reloading it, shares the text size with the View menu, keeps Korean in
// a Korean face, meets contrast in every theme, and is remembered by a new window.
#include "fontsizeactions.h"
#include "library/library.h"
#include "mainwindow.h"
#include "readerpane.h"
#include "readingpanel.h"
#include "schemehandler.h"
#include "settings.h"
#include "settingsdialog.h"
#include "share/urlopener.h"
#include "store/database.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
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

QVariant eval(QWebEngineView *view, const QString &js)
{
    QVariant result;
    bool done = false;
    view->page()->runJavaScript(js, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("script timed out: %s", qPrintable(js));
    return result;
}

Article article(const QString &language, const QString &body)
{
    Article a;
    a.title = language == u"ko"_s ? u"북핵 협상의 운명"_s : u"Fate of nuclear talks"_s;
    a.deck = u"A deck line"_s;
    a.author = u"Editorial Board"_s;
    a.language = language;
    a.url = u"https://news.example.com/a/1"_s;
    a.contentHtml = body;
    return a;
}

QString paragraphs(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += u"<p id=\"p%1\">Paragraph %1. Talks stand at a crossroads after Pyongyang said "
                "Friday that it is considering suspending negotiations. <mark id=\"m%1\">Nuclear"
                "</mark> talks, <a id=\"l%1\" href=\"https://example.org/\">a link</a>.</p>"_s.arg(
                    i);
    return html;
}

QColor cssColor(const QString &css) // "rgb(1, 2, 3)" or "rgba(1, 2, 3, 1)"
{
    const QString inner = css.section(u'(', 1).section(u')', 0, 0);
    const QStringList parts = inner.split(u',');
    if (parts.size() < 3)
        return {};
    return QColor(parts.at(0).trimmed().toInt(), parts.at(1).trimmed().toInt(),
                  parts.at(2).trimmed().toInt());
}

const auto firstFamily
    = u"getComputedStyle(document.body).fontFamily.split(',')[0].replace(/\"/g, '').trim()"_s;
} // namespace

class TestReadingPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void buttonOpensPanelWithoutMenuArrow();
    void choicesApplyWithoutReload_data();
    void choicesApplyWithoutReload();
    void textSizeSharedWithMenu();
    void koreanKeepsKoreanFace_data();
    void koreanKeepsKoreanFace();
    void themesMeetContrast_data();
    void themesMeetContrast();
    void goTopFollowsTheme();
    void rememberedByNewWindow();
    void preferencesFollowPanelTheme();

private:
    bool show(const Article &a);
    QVariant eval(const QString &js) { return ::eval(m_pane->webView(), js); }
    QToolButton *choice(const QString &name) const;

    QTemporaryDir m_dir;
    NoOpener m_opener;
    ReaderPane *m_pane = nullptr;
};

void TestReadingPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"Byline"_s);
    QCoreApplication::setApplicationName(u"Byline"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    m_pane = new ReaderPane(&m_opener);
    m_pane->resize(1100, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestReadingPanel::init()
{
    m_pane->setFontStep(0);
    m_pane->setTypeface(ReaderTypeface::Serif);
    m_pane->setLineWidth(ReaderLineWidth::Normal);
    m_pane->setLineSpacing(ReaderLineSpacing::Normal);
    m_pane->setTheme(ReaderTheme::Light);
}

void TestReadingPanel::cleanupTestCase()
{
    delete m_pane;
}

bool TestReadingPanel::show(const Article &a)
{
    QSignalSpy finished(m_pane, &ReaderPane::loadFinished);
    m_pane->showArticle(a);
    if (!finished.wait(20000) || !finished.last().first().toBool())
        return false;
    return eval(u"document.body.getBoundingClientRect().height > 0"_s).toBool();
}

QToolButton *TestReadingPanel::choice(const QString &name) const
{
    return m_pane->readingPanel()->findChild<QToolButton *>(name);
}

void TestReadingPanel::buttonOpensPanelWithoutMenuArrow()
{
    QToolButton *button = m_pane->readingPanelButton();
    QVERIFY(button);
    QCOMPARE(button->text(), u"Aa"_s);
    QCOMPARE(button->toolTip(), u"Reading settings"_s);
    // No menu, so no menu indicator (the "stray underscore").
    QVERIFY(!button->menu());
    QCOMPARE(button->popupMode(), QToolButton::DelayedPopup);
    QVERIFY(!m_pane->readingPanel()->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_pane->readingPanel()->isVisible());
    // Anchored under the button.
    const QRect panel = m_pane->readingPanel()->frameGeometry();
    const QPoint below = button->mapToGlobal(QPoint(0, button->height()));
    QVERIFY2(
        panel.top() >= below.y() && qAbs(panel.left() - below.x()) < 40,
        qPrintable(
            u"%1,%2 vs %3,%4"_s.arg(panel.left()).arg(panel.top()).arg(below.x()).arg(below.y())));
    for (const QString &name :
         { u"size-2"_s, u"size+2"_s, u"typeface-serif"_s, u"typeface-sans"_s, u"width-narrow"_s,
           u"width-normal"_s, u"width-wide"_s, u"spacing-compact"_s, u"spacing-normal"_s,
           u"spacing-loose"_s, u"theme-light"_s, u"theme-sepia"_s, u"theme-dark"_s,
           u"theme-system"_s })
        QVERIFY2(choice(name) && choice(name)->isVisible(), qPrintable(name));
    QTest::keyClick(m_pane->readingPanel(), Qt::Key_Escape);
    QTRY_VERIFY(!m_pane->readingPanel()->isVisible());
}

void TestReadingPanel::choicesApplyWithoutReload_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("js");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const QString measure = u"String(Math.round(parseFloat("
                            "getComputedStyle(document.querySelector('main')).maxWidth)))"_s;
    const QString leading
        = u"String(Math.round(parseFloat(getComputedStyle(document.body).lineHeight)))"_s;
    const QString background = u"getComputedStyle(document.documentElement).backgroundColor"_s;
    QTest::newRow("sans") << u"typeface-sans"_s << firstFamily << u"Noto Serif"_s << u"Noto Sans"_s;
    QTest::newRow("narrow") << u"width-narrow"_s << measure << u"646"_s << u"532"_s; // 34, 28em
    QTest::newRow("wide") << u"width-wide"_s << measure << u"646"_s << u"798"_s; // 42em
    QTest::newRow("compact") << u"spacing-compact"_s << leading << u"30"_s << u"28"_s;
    QTest::newRow("loose") << u"spacing-loose"_s << leading << u"30"_s << u"35"_s;
    QTest::newRow("sepia") << u"theme-sepia"_s << background << u"rgb(253, 252, 249)"_s
                           << u"rgb(245, 237, 220)"_s;
    QTest::newRow("dark") << u"theme-dark"_s << background << u"rgb(253, 252, 249)"_s
                          << u"rgb(28, 28, 30)"_s;
}

void TestReadingPanel::choicesApplyWithoutReload()
{
    QFETCH(QString, button);
    QFETCH(QString, js);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY(show(article(u"en"_s, paragraphs(40))));
    QCOMPARE(eval(js).toString(), before);
    // A marker in the app world and a scroll position: both survive, so nothing reloaded.
    eval(u"window.bylineMarker = 7; document.getElementById('p20').scrollIntoView();"_s);
    QTRY_VERIFY(m_pane->webView()->page()->scrollPosition().y() > 500);
    QSignalSpy reloads(m_pane, &ReaderPane::loadFinished);
    QSignalSpy typeface(m_pane, &ReaderPane::typefaceChanged);
    QSignalSpy width(m_pane, &ReaderPane::lineWidthChanged);
    QSignalSpy spacing(m_pane, &ReaderPane::lineSpacingChanged);
    QSignalSpy theme(m_pane, &ReaderPane::themeChosen);

    QTest::mouseClick(m_pane->readingPanelButton(), Qt::LeftButton);
    QTRY_VERIFY(m_pane->readingPanel()->isVisible());
    QToolButton *target = choice(button);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton);
    QTRY_COMPARE(eval(js).toString(), after);
    QVERIFY(target->isChecked());
    QCOMPARE(eval(u"window.bylineMarker"_s).toInt(), 7);
    QCOMPARE(reloads.size(), 0);
    QCOMPARE(typeface.size() + width.size() + spacing.size() + theme.size(), 1);
    // The paragraph that was at the top still is (the place is kept).
    const double top
        = eval(u"document.getElementById('p20').getBoundingClientRect().top"_s).toDouble();
    QVERIFY2(qAbs(top) < 60, qPrintable(QString::number(top)));
    m_pane->readingPanel()->close();
    // The next article opens with it.
    QVERIFY(show(article(u"en"_s, paragraphs(3))));
    QCOMPARE(eval(js).toString(), after);
}

void TestReadingPanel::textSizeSharedWithMenu()
{
    QVERIFY(show(article(u"en"_s, paragraphs(3))));
    QToolButton *largest = choice(u"size+2"_s);
    QVERIFY(largest);
    QTest::mouseClick(m_pane->readingPanelButton(), Qt::LeftButton);
    QTRY_VERIFY(m_pane->readingPanel()->isVisible());
    QTest::mouseClick(largest, Qt::LeftButton);
    QCOMPARE(m_pane->fontStep(), 2);
    QTRY_COMPARE(eval(u"parseFloat(getComputedStyle(document.body).fontSize)"_s).toDouble(), 25.0);
    for (QAction *action : m_pane->textSizeMenu()->actions())
        if (action->isCheckable())
            QCOMPARE(action->isChecked(), action->data().toInt() == 2);
    // The menu (and Ctrl+-) move the panel's buttons too.
    m_pane->setFontStep(-1);
    QVERIFY(choice(u"size-1"_s)->isChecked());
    QVERIFY(!largest->isChecked());
    m_pane->readingPanel()->close();
}

void TestReadingPanel::koreanKeepsKoreanFace_data()
{
    QTest::addColumn<int>("typeface");
    QTest::addColumn<QString>("family");
    QTest::newRow("serif") << int(ReaderTypeface::Serif) << u"Noto Serif CJK KR"_s;
    QTest::newRow("sans") << int(ReaderTypeface::Sans) << u"Noto Sans CJK KR"_s;
}

void TestReadingPanel::koreanKeepsKoreanFace()
{
    QFETCH(int, typeface);
    QFETCH(QString, family);
    m_pane->setTypeface(ReaderTypeface(typeface));
    QVERIFY(show(article(u"ko"_s,
                         u"<p id=\"k\">북한이 미국과의 협상 중단을 검토하고 있다고 밝히면서 "
                         "비핵화 협상이 기로에 섰다.</p>"_s)));
    QCOMPARE(eval(firstFamily).toString(), family);
    // Korean words are kept whole, with a little more leading than Latin text.
    QCOMPARE(eval(u"getComputedStyle(document.body).wordBreak"_s).toString(), u"keep-all"_s);
    const double leading
        = eval(u"parseFloat(getComputedStyle(document.body).lineHeight)"_s).toDouble();
    QVERIFY2(leading > 19 * 1.7, qPrintable(QString::number(leading)));
}

void TestReadingPanel::themesMeetContrast_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(ReaderTheme::Light);
    QTest::newRow("sepia") << int(ReaderTheme::Sepia);
    QTest::newRow("dark") << int(ReaderTheme::Dark);
}

void TestReadingPanel::themesMeetContrast()
{
    QFETCH(int, theme);
    m_pane->setTheme(ReaderTheme(theme));
    QVERIFY(show(article(u"en"_s, paragraphs(2))));
    const QColor page = cssColor(
        eval(u"getComputedStyle(document.documentElement).backgroundColor"_s).toString());
    const auto color = [this](const QString &selector, const QString &property) {
        return cssColor(
            eval(u"getComputedStyle(document.querySelector('%1')).%2"_s.arg(selector, property))
                .toString());
    };
    QVERIFY(page.isValid());
    // The search hit: its own text colour on its own background.
    const double hit
        = Theme::contrast(color(u"#m0"_s, u"color"_s), color(u"#m0"_s, u"backgroundColor"_s));
    QVERIFY2(hit >= 4.5, qPrintable(QString::number(hit)));
    for (const QString &selector : { u"body"_s, u".meta"_s, u"#l0"_s, u".deck"_s }) {
        const double ratio = Theme::contrast(color(selector, u"color"_s), page);
        QVERIFY2(ratio >= 4.5, qPrintable(selector + u": "_s + QString::number(ratio)));
    }
}

void TestReadingPanel::goTopFollowsTheme()
{
    QToolButton *goTop = nullptr;
    for (QToolButton *b : m_pane->webView()->findChildren<QToolButton *>())
        if (b->defaultAction() == m_pane->goTopAction())
            goTop = b;
    QVERIFY(goTop);
    for (const QString &name : { u"dark"_s, u"sepia"_s, u"light"_s }) {
        m_pane->setTheme(name == u"dark"_s        ? ReaderTheme::Dark
                             : name == u"sepia"_s ? ReaderTheme::Sepia
                                                  : ReaderTheme::Light);
        const QImage image = goTop->grab().toImage();
        const QColor fill = image.pixelColor(image.width() / 2, 3);
        const QColor expected = Theme::colors(name).raised;
        QVERIFY2(Theme::contrast(fill, expected) < 1.1,
                 qPrintable(name + u": "_s + fill.name() + u" vs "_s + expected.name()));
    }
}

void TestReadingPanel::rememberedByNewWindow()
{
    QSettings().clear();
    auto db = Library::openOrCreate(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    auto window = std::make_unique<MainWindow>(**db, &m_opener);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ReaderPane *pane = window->readerPane();
    QTRY_VERIFY_WITH_TIMEOUT(
        ::eval(pane->webView(), u"document.body ? document.body.innerText.length : 0"_s).toInt()
            > 200,
        20000);
    QTest::mouseClick(pane->readingPanelButton(), Qt::LeftButton);
    QTRY_VERIFY(pane->readingPanel()->isVisible());
    for (const QString &name :
         { u"typeface-sans"_s, u"width-wide"_s, u"spacing-loose"_s, u"theme-dark"_s })
        QTest::mouseClick(pane->readingPanel()->findChild<QToolButton *>(name), Qt::LeftButton);
    // The dark reader darkens the window around it.
    QTRY_VERIFY(Theme::isDark(QApplication::palette()));
    pane->readingPanel()->close();
    window->close();
    window.reset();
    {
        Settings settings;
        QCOMPARE(settings.typeface(), ReaderTypeface::Sans);
        QCOMPARE(settings.lineWidth(), ReaderLineWidth::Wide);
        QCOMPARE(settings.lineSpacing(), ReaderLineSpacing::Loose);
        QCOMPARE(settings.theme(), ReaderTheme::Dark);
    }

    window = std::make_unique<MainWindow>(**db, &m_opener);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    pane = window->readerPane();
    QTRY_VERIFY_WITH_TIMEOUT(
        ::eval(pane->webView(), u"document.body ? document.body.innerText.length : 0"_s).toInt()
            > 200,
        20000);
    QCOMPARE(pane->typeface(), ReaderTypeface::Sans);
    QVERIFY(pane->readingPanel()->findChild<QToolButton *>(u"width-wide"_s)->isChecked());
    QVERIFY(pane->readingPanel()->findChild<QToolButton *>(u"theme-dark"_s)->isChecked());
    QTRY_COMPARE(::eval(pane->webView(), firstFamily).toString(), u"Noto Sans"_s);
    QCOMPARE(::eval(pane->webView(),
                    u"document.documentElement.getAttribute('data-width') + ' '"
                    "+ document.documentElement.getAttribute('data-spacing') + ' '"
                    "+ getComputedStyle(document.documentElement).backgroundColor"_s)
                 .toString(),
             u"wide loose rgb(28, 28, 30)"_s);
    window->applyTheme(ReaderTheme::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    window->close();
}

// The theme has one owner (the window); the reading panel and an open Preferences dialog both
// follow it, whichever of them changed it.
void TestReadingPanel::preferencesFollowPanelTheme()
{
    QSettings().clear();
    auto db = Library::openOrCreate(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    auto window = std::make_unique<MainWindow>(**db, &m_opener);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ReaderPane *pane = window->readerPane();
    window->action(u"preferences"_s)->trigger();
    auto *dialog = window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(ReaderTheme(dialog->themeBox()->currentData().toInt()), ReaderTheme::System);

    QTest::mouseClick(pane->readingPanelButton(), Qt::LeftButton);
    QTRY_VERIFY(pane->readingPanel()->isVisible());
    QTest::mouseClick(pane->readingPanel()->findChild<QToolButton *>(u"theme-dark"_s),
                      Qt::LeftButton);
    QCOMPARE(ReaderTheme(dialog->themeBox()->currentData().toInt()), ReaderTheme::Dark);
    QCOMPARE(Settings().theme(), ReaderTheme::Dark);

    dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(ReaderTheme::Sepia)));
    QVERIFY(pane->readingPanel()->findChild<QToolButton *>(u"theme-sepia"_s)->isChecked());
    QCOMPARE(Settings().theme(), ReaderTheme::Sepia);
    pane->readingPanel()->close();
    dialog->close();
    window->applyTheme(ReaderTheme::Light);
    window->close();
}

QTEST_MAIN(TestReadingPanel)
#include "tst_readingpanel.moc"
