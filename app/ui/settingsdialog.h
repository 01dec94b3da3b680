// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;

// Preferences: text size, theme, the Top 10 window, how often feeds refresh and the library
// file. Every change is saved and announced at once; the library location applies on the next
// start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setFontStep(int step); // follow changes made elsewhere (menu, toolbar)
    void setTheme(ReaderTheme theme); // follow the reading panel
    void setTopStoriesRanking(TopRanking ranking); // follow the Top 10's header
    QSlider *fontSlider() const { return m_fontSlider; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *topWindowBox() const { return m_topWindow; }
    QComboBox *topRankingBox() const { return m_topRanking; }
    QSpinBox *refreshBox() const { return m_refresh; }
    QCheckBox *refreshAtStartBox() const { return m_refreshAtStart; }

signals:
    void fontStepChanged(int step);
    void themeChanged(ReaderTheme theme);
    void topStoriesWindowChanged(int days);
    void topStoriesRankingChanged(TopRanking ranking);
    void refreshMinutesChanged(int minutes);

private:
    void chooseLibrary();
    void showLibraryPath();
    QString currentLibraryPath() const;

    Settings m_settings;
    QSlider *m_fontSlider;
    QLabel *m_fontValue;
    QComboBox *m_theme;
    QComboBox *m_topWindow;
    QComboBox *m_topRanking = nullptr;
    QSpinBox *m_refresh;
    QCheckBox *m_refreshAtStart;
    QLabel *m_libraryPath;
    QLabel *m_restartNote;
    QString m_openLibrary; // the library this run uses
};
