// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>
#include <QWebEngineView>

#include <functional>

class QAction;
class QToolButton;
class QWebEngineProfile;
class ReaderPage;
struct ThemeColors;
class RequestBlocker;
class SchemeHandler;
class UrlOpener;

// The web view for hostile content: a private off-the-record profile, page JavaScript off,
// every request blocked but the app's own, no navigation. Byline's own script runs in the
// application world. A "go top" button floats over it once the reader has scrolled a screen.
class ReaderView : public QWebEngineView {
    Q_OBJECT

public:
    static constexpr int narrowWidth = 760; // below it, Go to Top shows only its arrow

    explicit ReaderView(UrlOpener *opener, QWidget *parent = nullptr);
    ~ReaderView() override;

    void showDocument(const QByteArray &html);
    // Lets http(s) images through (the blocker and the local-content rule), for the next load.
    void setRemoteImagesAllowed(bool allowed);
    ReaderPage *readerPage() const { return m_page; }
    RequestBlocker *requestBlocker() const { return m_blocker; }
    QAction *goTopAction() const { return m_goTop; }

    // Runs Byline's reader script (resources/reader/reader.js) plus `call` in the app world.
    void runReaderScript(const QString &call,
                         const std::function<void(const QVariant &)> &done = {});
    void goTop();
    void pageDown();
    // A screen down (direction > 0) or up; when already at that end, atEnd(true) and no scroll.
    void scrollPage(int direction, const std::function<void(bool atEnd)> &atEnd);
    void setButtonColors(const ThemeColors &colors); // Go to Top wears the reader's theme

signals:
    // Ctrl+wheel and pinch: steps of the app's text size (+1 larger), never a page zoom.
    void textSizeStepRequested(int delta);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override; // Copy, links, Go to Top only
    bool eventFilter(QObject *watched, QEvent *event) override; // Ctrl+wheel, pinch
    bool event(QEvent *event) override; // watches the render widget as it comes

private:
    void configureProfile();
    void handleScrollPositionChanged(const QPointF &position);
    void placeGoTopButton();
    bool handleZoomGesture(QEvent *event);

    UrlOpener *m_opener;
    QWebEngineProfile *m_profile;
    RequestBlocker *m_blocker;
    SchemeHandler *m_schemeHandler;
    ReaderPage *m_page;
    QAction *m_goTop;
    QToolButton *m_goTopButton;
    QString m_script;
    int m_wheelZoom = 0; // Ctrl+wheel angle not yet turned into a step (touchpads send little)
    qreal m_pinchZoom = 0; // pinch scale not yet turned into a step
};
