// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "readerpage.h"
#include "requestblocker.h"
#include "schemehandler.h"
#include "theme.h"

#include "share/urlopener.h"

#include <QAction>
#include <QChildEvent>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

ReaderView::ReaderView(UrlOpener *opener, QWidget *parent)
    : QWebEngineView(parent), m_opener(opener),
      m_profile(new QWebEngineProfile(this)), // no storage name: off the record
      m_blocker(new RequestBlocker(this)), m_schemeHandler(new SchemeHandler(this)),
      m_page(nullptr), m_goTop(new QAction(tr("Go to Top"), this)),
      m_goTopButton(new QToolButton(this)), m_script(readResource(u":/reader/reader.js"_s))
{
    configureProfile();
    m_page = new ReaderPage(m_profile, opener, this);
    setPage(m_page);

    m_goTop->setShortcut(Qt::Key_Home);
    m_goTop->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_goTop->setToolTip(tr("Back to the top of the article (Home)"));
    m_goTop->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    connect(m_goTop, &QAction::triggered, this, &ReaderView::goTop);
    m_goTopButton->setDefaultAction(m_goTop);
    m_goTopButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_goTopButton->setAutoRaise(false);
    setButtonColors(Theme::colors(u"light"_s));
    m_goTopButton->setCursor(Qt::PointingHandCursor);
    m_goTopButton->hide();
    connect(m_page, &QWebEnginePage::scrollPositionChanged, this,
            &ReaderView::handleScrollPositionChanged);
    connect(m_page, &QWebEnginePage::loadStarted, m_goTopButton, &QWidget::hide);
}

ReaderView::~ReaderView()
{
    // The page must go before its profile.
    delete m_page;
}

void ReaderView::configureProfile()
{
    m_profile->setUrlRequestInterceptor(m_blocker);
    m_profile->installUrlSchemeHandler(SchemeHandler::schemeName(), m_schemeHandler);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);

    QWebEngineSettings *settings = m_profile->settings();
    const QWebEngineSettings::WebAttribute off[] = {
        QWebEngineSettings::JavascriptEnabled,
        QWebEngineSettings::JavascriptCanOpenWindows,
        QWebEngineSettings::JavascriptCanAccessClipboard,
        QWebEngineSettings::JavascriptCanPaste,
        QWebEngineSettings::PluginsEnabled,
        QWebEngineSettings::LocalStorageEnabled,
        QWebEngineSettings::LocalContentCanAccessRemoteUrls,
        QWebEngineSettings::LocalContentCanAccessFileUrls,
        QWebEngineSettings::HyperlinkAuditingEnabled,
        QWebEngineSettings::ErrorPageEnabled,
        QWebEngineSettings::FullScreenSupportEnabled,
        QWebEngineSettings::ScreenCaptureEnabled,
        QWebEngineSettings::WebGLEnabled,
        QWebEngineSettings::Accelerated2dCanvasEnabled,
        QWebEngineSettings::AutoLoadIconsForPage,
        QWebEngineSettings::TouchIconsEnabled,
        QWebEngineSettings::AllowRunningInsecureContent,
        QWebEngineSettings::AllowGeolocationOnInsecureOrigins,
        QWebEngineSettings::AllowWindowActivationFromJavaScript,
        QWebEngineSettings::DnsPrefetchEnabled,
        QWebEngineSettings::PdfViewerEnabled,
        QWebEngineSettings::NavigateOnDropEnabled,
        QWebEngineSettings::FocusOnNavigationEnabled,
    };
    for (const auto attribute : off)
        settings->setAttribute(attribute, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true); // the blocker decides
    settings->setAttribute(QWebEngineSettings::LinksIncludedInFocusChain, true);
    settings->setAttribute(QWebEngineSettings::ScrollAnimatorEnabled, true);
    // mailto: and other schemes Chromium does not handle reach acceptNavigationRequest (which
    // hands mailto: to the UrlOpener and refuses the rest) only with this policy.
    settings->setUnknownUrlSchemePolicy(
        QWebEngineSettings::AllowUnknownUrlSchemesFromUserInteraction);
}

void ReaderView::showDocument(const QByteArray &html)
{
    const QUrl url = m_schemeHandler->publish(html);
    m_blocker->resetBlockedCount();
    m_page->setDocumentUrl(url);
    m_page->load(url);
}

void ReaderView::setRemoteImagesAllowed(bool allowed)
{
    m_blocker->setRemoteImagesAllowed(allowed);
    // Byline's scheme is local content; it reaches the web only with this (images only: the
    // blocker and the page's Content-Security-Policy keep everything else out).
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, allowed);
}

void ReaderView::runReaderScript(const QString &call,
                                 const std::function<void(const QVariant &)> &done)
{
    const QString source = m_script + u'\n' + call;
    if (done)
        m_page->runJavaScript(source, QWebEngineScript::ApplicationWorld, done);
    else
        m_page->runJavaScript(source, QWebEngineScript::ApplicationWorld);
}

void ReaderView::goTop()
{
    runReaderScript(u"bylineReader.goTop();"_s);
}

void ReaderView::pageDown()
{
    runReaderScript(u"bylineReader.pageDown();"_s);
}

void ReaderView::setButtonColors(const ThemeColors &colors)
{
    m_goTopButton->setStyleSheet(
        u"QToolButton { border: 1px solid %1; border-radius: 15px; padding: 5px 14px 5px 10px;"
        " background: %2; color: %3; }"
        "QToolButton:hover { background: %4; }"_s.arg(colors.rule.name(), colors.raised.name(),
                                                       colors.text.name(),
                                                       colors.background.name()));
}

void ReaderView::scrollPage(int direction, const std::function<void(bool atEnd)> &atEnd)
{
    const QString call = uR"((function (down) {
    var root = document.scrollingElement || document.documentElement;
    var end = down ? window.scrollY + window.innerHeight >= root.scrollHeight - 2
                   : window.scrollY <= 1;
    if (end)
        return true;
    if (down) {
        bylineReader.pageDown();
    } else {
        var line = parseFloat(getComputedStyle(document.body).lineHeight) || 30;
        window.scrollBy({ top: -Math.max(line, window.innerHeight - 2 * line),
                          behavior: 'smooth' });
    }
    return false;
})(%1);)"_s.arg(direction > 0 ? u"true"_s : u"false"_s);
    runReaderScript(call, [atEnd](const QVariant &end) {
        if (atEnd)
            atEnd(end.toBool());
    });
}

bool ReaderView::event(QEvent *event)
{
    // Chromium draws into a child widget made after the view; wheel and gestures go to it.
    if (event->type() == QEvent::ChildAdded || event->type() == QEvent::ChildPolished) {
        if (QObject *child = static_cast<QChildEvent *>(event)->child();
            child && child->isWidgetType() && child != m_goTopButton) {
            child->removeEventFilter(this);
            child->installEventFilter(this);
        }
    }
    return QWebEngineView::event(event);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (handleZoomGesture(event))
        return true;
    return QWebEngineView::eventFilter(watched, event);
}

bool ReaderView::handleZoomGesture(QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (!(wheel->modifiers() & Qt::ControlModifier))
            return false;
        m_wheelZoom += wheel->angleDelta().y();
        const int steps = m_wheelZoom / QWheelEvent::DefaultDeltasPerStep;
        m_wheelZoom -= steps * QWheelEvent::DefaultDeltasPerStep;
        if (steps != 0)
            emit textSizeStepRequested(steps > 0 ? 1 : -1);
        wheel->accept();
        return true; // never Chromium's page zoom
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() != Qt::ZoomNativeGesture)
            return false;
        m_pinchZoom += gesture->value();
        if (std::abs(m_pinchZoom) >= 0.25) {
            emit textSizeStepRequested(m_pinchZoom > 0 ? 1 : -1);
            m_pinchZoom = 0;
        }
        gesture->accept();
        return true;
    }
    return false;
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QWebEngineView::resizeEvent(event);
    placeGoTopButton();
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    // Not Chromium's menu (Back, Reload, Save page, View source ...): what a reader needs.
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    QMenu menu(this);
    if (request && !request->selectedText().isEmpty())
        menu.addAction(pageAction(QWebEnginePage::Copy));
    const QUrl link = request ? request->linkUrl() : QUrl();
    if (ReaderPage::isExternal(link)) {
        menu.addAction(tr("Open Link in Browser"), this, [this, link] {
            if (m_opener)
                m_opener->open(link);
        });
        menu.addAction(tr("Copy Link Address"), this, [link] {
            auto *data = new QMimeData;
            data->setText(link.toString(QUrl::FullyEncoded));
            data->setUrls({ link });
            QGuiApplication::clipboard()->setMimeData(data);
        });
    }
    menu.addAction(pageAction(QWebEnginePage::SelectAll));
    menu.addSeparator();
    menu.addAction(m_goTop);
    menu.exec(event->globalPos());
}

void ReaderView::handleScrollPositionChanged(const QPointF &position)
{
    // Shown once the reader is more than a screen down.
    const bool show = position.y() > height() * 0.9;
    if (show == m_goTopButton->isVisible())
        return;
    m_goTopButton->setVisible(show);
    if (show) {
        placeGoTopButton();
        m_goTopButton->raise();
    }
}

void ReaderView::placeGoTopButton()
{
    // In a narrow reader the text runs under the corner: only the arrow, in the margin.
    const bool narrow = width() < narrowWidth;
    m_goTopButton->setToolButtonStyle(narrow ? Qt::ToolButtonIconOnly
                                             : Qt::ToolButtonTextBesideIcon);
    m_goTopButton->adjustSize();
    const int margin = narrow ? 8 : 24;
    m_goTopButton->move(width() - m_goTopButton->width() - margin,
                        height() - m_goTopButton->height() - margin);
}
