// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpane.h"

#include "fontsizeactions.h"
#include "readerdocument.h"
#include "readerview.h"
#include "readingpanel.h"
#include "readingprogress.h"
#include "sharemenu.h"
#include "theme.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEnginePage>

using namespace Qt::StringLiterals;

namespace {
// The values of data-face, data-width and data-spacing on the page's <html> (reader.css).
QString faceName(ReaderTypeface typeface)
{
    return typeface == ReaderTypeface::Sans ? u"sans"_s : u"serif"_s;
}

QString widthName(ReaderLineWidth width)
{
    switch (width) {
    case ReaderLineWidth::Narrow:
        return u"narrow"_s;
    case ReaderLineWidth::Wide:
        return u"wide"_s;
    case ReaderLineWidth::Normal:
        break;
    }
    return u"normal"_s;
}

QString spacingName(ReaderLineSpacing spacing)
{
    switch (spacing) {
    case ReaderLineSpacing::Compact:
        return u"compact"_s;
    case ReaderLineSpacing::Loose:
        return u"loose"_s;
    case ReaderLineSpacing::Normal:
        break;
    }
    return u"normal"_s;
}
} // namespace

ReaderPane::ReaderPane(UrlOpener *opener, QWidget *parent)
    : QWidget(parent), m_view(new ReaderView(opener, this)), m_fontSizes(new FontSizeActions(this)),
      m_share(new ShareMenu(opener, this)), m_panel(new ReadingPanel(m_fontSizes, this)),
      m_progress(new ReadingProgress(this)),
      m_toolBar(new QToolBar(tr("Reader"), this)),
      m_remoteImages(new QAction(tr("Load Remote Images"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar();
    layout->addWidget(m_toolBar);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    // Shortcuts work wherever the focus is in the window, also without the View menu.
    addActions({ m_fontSizes->largerAction(), m_fontSizes->smallerAction(),
                 m_fontSizes->resetAction(), m_view->goTopAction() });

    connect(m_fontSizes, &FontSizeActions::stepChanged, this, &ReaderPane::handleStepChanged);
    connect(m_view, &ReaderView::textSizeStepRequested, this,
            [this](int delta) { m_fontSizes->setStep(m_fontSizes->step() + delta); });
    connect(m_share, &ShareMenu::statusMessage, this, &ReaderPane::statusMessage);
    connect(m_view, &QWebEngineView::loadFinished, this, &ReaderPane::handleLoadFinished);
    connect(m_remoteImages, &QAction::toggled, this, &ReaderPane::handleRemoteImagesToggled);
    connect(m_view->page(), &QWebEnginePage::scrollPositionChanged, this,
            &ReaderPane::updateProgress);
    connect(m_view->page(), &QWebEnginePage::contentsSizeChanged, this,
            &ReaderPane::updateProgress);
    connect(m_view->page(), &QWebEnginePage::loadStarted, m_progress,
            [this] { m_progress->setFraction(-1); });
    connect(m_panel, &ReadingPanel::typefaceChosen, this, &ReaderPane::setTypeface);
    connect(m_panel, &ReadingPanel::lineWidthChosen, this, &ReaderPane::setLineWidth);
    connect(m_panel, &ReadingPanel::lineSpacingChosen, this, &ReaderPane::setLineSpacing);
    connect(m_panel, &ReadingPanel::themeChosen, this, [this](ReaderTheme theme) {
        setTheme(theme);
        emit themeChosen(theme);
    });
    clear();
}

void ReaderPane::createToolBar()
{
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // A plain button (no menu, so no menu arrow) that opens the reading panel below it.
    m_panelButton = new QToolButton(m_toolBar);
    m_panelButton->setObjectName(u"readingPanelButton"_s);
    m_panelButton->setText(tr("Aa"));
    m_panelButton->setToolTip(tr("Reading settings"));
    m_panelButton->setAccessibleName(tr("Reading settings"));
    m_panelButton->setAttribute(Qt::WA_NoMouseReplay);
    connect(m_panelButton, &QToolButton::clicked, this, [this] { m_panel->popup(m_panelButton); });
    m_toolBar->addWidget(m_panelButton);
    m_toolBar->addSeparator();

    for (QAction *action :
         { m_share->facebookAction(), m_share->twitterAction(), m_share->kakaoAction(),
           m_share->mailAction(), m_share->copyLinkAction() })
        m_toolBar->addAction(action);

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_remoteImages->setCheckable(true);
    updateRemoteImagesTip(0);
    m_toolBar->addAction(m_remoteImages);
}

void ReaderPane::showArticle(const Article &article)
{
    m_restoreScrollY = 0;
    m_article = article;
    m_hasArticle = true;
    m_share->setArticle(article);
    {
        const QSignalBlocker blocker(m_remoteImages);
        m_remoteImages->setChecked(false); // per article
    }
    m_remoteImages->setEnabled(true);
    m_view->setRemoteImagesAllowed(false);
    render();
}

void ReaderPane::clear()
{
    m_article = Article();
    m_hasArticle = false;
    m_share->clearArticle();
    {
        const QSignalBlocker blocker(m_remoteImages);
        m_remoteImages->setChecked(false);
    }
    m_remoteImages->setEnabled(false);
    m_view->setRemoteImagesAllowed(false);
    render();
}

void ReaderPane::render()
{
    ReaderDocument::Options options;
    options.fontStep = m_fontSizes->step();
    options.theme = themeName();
    options.typeface = faceName(m_typeface);
    options.lineWidth = widthName(m_lineWidth);
    options.lineSpacing = spacingName(m_lineSpacing);
    options.remoteImages = m_remoteImages->isChecked();
    m_view->page()->setBackgroundColor(themeBackground());
    m_view->showDocument(m_hasArticle ? ReaderDocument::render(m_article, options)
                                      : ReaderDocument::emptyState(options));
}

int ReaderPane::fontStep() const
{
    return m_fontSizes->step();
}

void ReaderPane::setFontStep(int step)
{
    m_fontSizes->setStep(step);
}

void ReaderPane::handleStepChanged(int step)
{
    m_view->runReaderScript(u"bylineReader.setFont(%1);"_s.arg(step));
    emit fontStepChanged(step);
}

void ReaderPane::setTheme(ReaderTheme theme)
{
    m_theme = theme;
    m_panel->setTheme(theme);
    m_view->page()->setBackgroundColor(themeBackground());
    m_view->setButtonColors(Theme::colors(themeName()));
    m_view->runReaderScript(u"bylineReader.setTheme('%1');"_s.arg(themeName()));
}

void ReaderPane::setTypeface(ReaderTypeface typeface)
{
    m_panel->setTypeface(typeface);
    if (typeface == m_typeface)
        return;
    m_typeface = typeface;
    applyStyle();
    emit typefaceChanged(typeface);
}

void ReaderPane::setLineWidth(ReaderLineWidth width)
{
    m_panel->setLineWidth(width);
    if (width == m_lineWidth)
        return;
    m_lineWidth = width;
    applyStyle();
    emit lineWidthChanged(width);
}

void ReaderPane::setLineSpacing(ReaderLineSpacing spacing)
{
    m_panel->setLineSpacing(spacing);
    if (spacing == m_lineSpacing)
        return;
    m_lineSpacing = spacing;
    applyStyle();
    emit lineSpacingChanged(spacing);
}

QString ReaderPane::styleScript() const
{
    return u"bylineReader.setTheme('%1'); bylineReader.setFont(%2);"
           " bylineReader.setLayout('%3', '%4', '%5');"_s
        .arg(themeName())
        .arg(m_fontSizes->step())
        .arg(faceName(m_typeface), widthName(m_lineWidth), spacingName(m_lineSpacing));
}

void ReaderPane::updateProgress()
{
    if (!m_hasArticle) {
        m_progress->setFraction(-1);
        return;
    }
    const QWebEnginePage *page = m_view->page();
    m_progress->setPosition(page->scrollPosition().y(), page->contentsSize().height(),
                            m_view->height() / page->zoomFactor());
}

void ReaderPane::applyStyle()
{
    m_view->runReaderScript(styleScript());
}

QString ReaderPane::themeName() const
{
    switch (m_theme) {
    case ReaderTheme::Light:
        return u"light"_s;
    case ReaderTheme::Sepia:
        return u"sepia"_s;
    case ReaderTheme::Dark:
        return u"dark"_s;
    case ReaderTheme::System:
        break;
    }
    // The page follows prefers-color-scheme; a dark Qt palette is a strong enough hint on its own.
    return palette().color(QPalette::Window).lightness() < 128 ? u"dark"_s : u"system"_s;
}

QColor ReaderPane::themeBackground() const
{
    // The page's own background, painted before the page is, so nothing flashes.
    return Theme::colors(themeName()).background;
}

void ReaderPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_theme == ReaderTheme::System) {
        m_view->setButtonColors(Theme::colors(themeName()));
        m_view->runReaderScript(u"bylineReader.setTheme('%1');"_s.arg(themeName()));
    }
}

void ReaderPane::handleLoadFinished(bool ok)
{
    // A step, theme or layout chosen while the page was loading applies now.
    QString script = styleScript();
    if (m_restoreScrollY > 0)
        script += u"window.scrollTo(0, %1);"_s.arg(m_restoreScrollY);
    m_restoreScrollY = 0;
    m_view->runReaderScript(script);
    m_view->setZoomFactor(1); // text size is ours (five steps); never Chromium's page zoom
    // The line went blank when the load started; an article as long as the last one, opened at
    // the same place, changes neither the size nor the scroll position to bring it back.
    updateProgress();
    if (m_hasArticle) {
        countMissingImages();
        // Blocked images may fail a moment after the load; count again for the tooltip.
        const int serial = ++m_loadSerial;
        QTimer::singleShot(1000, this, [this, serial] {
            if (serial == m_loadSerial)
                countMissingImages();
        });
    }
    emit loadFinished(ok);
}

void ReaderPane::countMissingImages()
{
    m_view->runReaderScript(
        u"bylineReader.hideMissingImages();"_s,
        [this](const QVariant &missing) { updateRemoteImagesTip(missing.toInt()); });
}

void ReaderPane::updateRemoteImagesTip(int missing)
{
    QString tip = tr("Load this article's images from the web. Off: nothing is fetched from the "
                     "web while you read.");
    if (missing > 0 && !m_remoteImages->isChecked())
        tip += u'\n' + tr("%n image(s) not loaded.", nullptr, missing);
    m_remoteImages->setToolTip(tip);
}

void ReaderPane::handleRemoteImagesToggled(bool on)
{
    m_view->setRemoteImagesAllowed(on);
    if (!m_hasArticle)
        return;
    m_restoreScrollY = m_view->page()->scrollPosition().y(); // the same article, same place
    render(); // render() reads the check state
}

QMenu *ReaderPane::textSizeMenu() const
{
    return m_fontSizes->menu();
}

QMenu *ReaderPane::shareMenu() const
{
    return m_share;
}

QAction *ReaderPane::goTopAction() const
{
    return m_view->goTopAction();
}

void ReaderPane::pageDown()
{
    m_view->pageDown();
}

void ReaderPane::scrollPage(int direction, const std::function<void(bool atEnd)> &atEnd)
{
    m_view->scrollPage(direction, atEnd);
}

QWebEngineView *ReaderPane::webView() const
{
    return m_view;
}
