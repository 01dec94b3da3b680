// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"
#include "store/article.h"

#include <QWidget>

class FontSizeActions;
class QAction;
class QMenu;
class QToolBar;
class QWebEngineView;
class ReaderView;
class ShareMenu;
class UrlOpener;

// The reading side of the window: a toolbar (Settings with the five text sizes, the share
// buttons, "Load remote images") above the reader view.
class ReaderPane : public QWidget {
    Q_OBJECT

public:
    explicit ReaderPane(UrlOpener *opener, QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void clear(); // a calm empty state

    int fontStep() const;
    void setFontStep(int step); // -2..2; applies at once, keeps the reading position
    void setTheme(ReaderTheme theme);

    QMenu *textSizeMenu() const;
    QMenu *shareMenu() const;
    QAction *goTopAction() const;
    QAction *remoteImagesAction() const { return m_remoteImages; }
    void pageDown();
    QWebEngineView *webView() const;

signals:
    void fontStepChanged(int step);
    void statusMessage(const QString &text);
    void loadFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createToolBar();
    void render();
    QString themeName() const;
    QColor themeBackground() const;
    void handleStepChanged(int step);
    void handleLoadFinished(bool ok);
    void handleRemoteImagesToggled(bool on);
    void updateRemoteImagesTip(int missing);
    void countMissingImages();

    ReaderView *m_view;
    FontSizeActions *m_fontSizes;
    ShareMenu *m_share;
    QMenu *m_settingsMenu;
    QToolBar *m_toolBar;
    QAction *m_remoteImages;
    Article m_article;
    bool m_hasArticle = false;
    qreal m_restoreScrollY = 0;
    int m_loadSerial = 0;
    ReaderTheme m_theme = ReaderTheme::System;
};
