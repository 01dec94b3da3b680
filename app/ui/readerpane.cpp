// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpane.h"

#include "fontsizeactions.h"
#include "readerdocument.h"
#include "readerview.h"
#include "sharemenu.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEnginePage>

using namespace Qt::StringLiterals;

ReaderPane::ReaderPane(UrlOpener *opener, QWidget *parent)
    : QWidget(parent), m_view(new ReaderView(opener, this)), m_fontSizes(new FontSizeActions(this)),
      m_share(new ShareMenu(opener, this)), m_settingsMenu(new QMenu(tr("Settings"), this)),
      m_toolBar(new QToolBar(tr("Reader"), this)),
      m_remoteImages(new QAction(tr("Load Remote Images"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar();
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    // Shortcuts work wherever the focus is in the window, also without the View menu.
    addActions({ m_fontSizes->largerAction(), m_fontSizes->smallerAction(),
                 m_fontSizes->resetAction(), m_view->goTopAction() });

    connect(m_fontSizes, &FontSizeActions::stepChanged, this, &ReaderPane::handleStepChanged);
    connect(m_share, &ShareMenu::statusMessage, this, &ReaderPane::statusMessage);
    connect(m_view, &QWebEngineView::loadFinished, this, &ReaderPane::handleLoadFinished);
    connect(m_remoteImages, &QAction::toggled, this, &ReaderPane::handleRemoteImagesToggled);
    clear();
}

void ReaderPane::createToolBar()
{
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_settingsMenu->addSection(tr("Text size"));
    m_settingsMenu->addActions(m_fontSizes->stepActions());
    auto *settings = new QToolButton(m_toolBar);
    settings->setText(tr("Settings"));
    settings->setToolTip(tr("Text size"));
    settings->setMenu(m_settingsMenu);
    settings->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(settings);
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
    m_view->page()->setBackgroundColor(themeBackground());
    m_view->runReaderScript(u"bylineReader.setTheme('%1');"_s.arg(themeName()));
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
    // The page's own background (reader.css), painted before the page is, so nothing flashes.
    const QString name = themeName();
    if (name == u"dark"_s)
        return QColor(0x1c, 0x1c, 0x1e);
    if (name == u"sepia"_s)
        return QColor(0xf5, 0xed, 0xdc);
    return QColor(0xfd, 0xfc, 0xf9);
}

void ReaderPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_theme == ReaderTheme::System)
        m_view->runReaderScript(u"bylineReader.setTheme('%1');"_s.arg(themeName()));
}

void ReaderPane::handleLoadFinished(bool ok)
{
    // A step or theme chosen while the page was loading applies now.
    QString script = u"bylineReader.setTheme('%1'); bylineReader.setFont(%2);"_s.arg(themeName())
                         .arg(m_fontSizes->step());
    if (m_restoreScrollY > 0)
        script += u"window.scrollTo(0, %1);"_s.arg(m_restoreScrollY);
    m_restoreScrollY = 0;
    m_view->runReaderScript(script);
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

QWebEngineView *ReaderPane::webView() const
{
    return m_view;
}
