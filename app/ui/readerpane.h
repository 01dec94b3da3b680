// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"
#include "store/article.h"

#include <QWidget>

#include <functional>

class FontSizeActions;
class QAction;
class QMenu;
class QToolBar;
class QToolButton;
class QWebEngineView;
class ReaderView;
class ReadingPanel;
class ReadingProgress;
class ShareMenu;
class UrlOpener;

// The reading side of the window: a toolbar ("Aa", the reading panel: text size, typeface, line
// width, line spacing, theme; the share buttons; "Load remote images") above the reader view.
// Every reading setting applies to the open page at once, without reloading it.
class ReaderPane : public QWidget {
    Q_OBJECT

public:
    explicit ReaderPane(UrlOpener *opener, QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void clear(); // a calm empty state

    int fontStep() const;
    void setFontStep(int step); // -2..2; applies at once, keeps the reading position
    void setTheme(ReaderTheme theme);
    ReaderTypeface typeface() const { return m_typeface; }
    void setTypeface(ReaderTypeface typeface);
    ReaderLineWidth lineWidth() const { return m_lineWidth; }
    void setLineWidth(ReaderLineWidth width);
    ReaderLineSpacing lineSpacing() const { return m_lineSpacing; }
    void setLineSpacing(ReaderLineSpacing spacing);
    ReadingPanel *readingPanel() const { return m_panel; }
    QToolButton *readingPanelButton() const { return m_panelButton; }
    ReadingProgress *readingProgress() const { return m_progress; }

    QMenu *textSizeMenu() const;
    QMenu *shareMenu() const;
    QAction *goTopAction() const;
    QAction *remoteImagesAction() const { return m_remoteImages; }
    void pageDown();
    void scrollPage(int direction, const std::function<void(bool atEnd)> &atEnd);
    QWebEngineView *webView() const;

signals:
    void fontStepChanged(int step);
    void typefaceChanged(ReaderTypeface typeface);
    void lineWidthChanged(ReaderLineWidth width);
    void lineSpacingChanged(ReaderLineSpacing spacing);
    void themeChosen(ReaderTheme theme); // in the reading panel; the window applies and keeps it
    void statusMessage(const QString &text);
    void loadFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createToolBar();
    void render();
    QString themeName() const;
    QString styleScript() const; // the theme, size, face, width and spacing, for the open page
    void applyStyle();
    void updateProgress();
    QColor themeBackground() const;
    void handleStepChanged(int step);
    void handleLoadFinished(bool ok);
    void handleRemoteImagesToggled(bool on);
    void updateRemoteImagesTip(int missing);
    void countMissingImages();

    ReaderView *m_view;
    FontSizeActions *m_fontSizes;
    ShareMenu *m_share;
    ReadingPanel *m_panel;
    QToolButton *m_panelButton = nullptr;
    ReadingProgress *m_progress;
    QToolBar *m_toolBar;
    QAction *m_remoteImages;
    Article m_article;
    bool m_hasArticle = false;
    qreal m_restoreScrollY = 0;
    int m_loadSerial = 0;
    ReaderTheme m_theme = ReaderTheme::System;
    ReaderTypeface m_typeface = ReaderTypeface::Serif;
    ReaderLineWidth m_lineWidth = ReaderLineWidth::Normal;
    ReaderLineSpacing m_lineSpacing = ReaderLineSpacing::Normal;
};
