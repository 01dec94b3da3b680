// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QFrame>

class FontSizeActions;
class QButtonGroup;
class QGridLayout;
class QToolButton;

// The reader's "Aa" popover: text size (the five steps of FontSizeActions, shared with the
// View menu and the shortcuts), typeface, line width, line spacing and theme. It only shows and
// asks; ReaderPane applies and the window remembers.
class ReadingPanel : public QFrame {
    Q_OBJECT

public:
    explicit ReadingPanel(FontSizeActions *sizes, QWidget *parent = nullptr);

    void setTypeface(ReaderTypeface typeface);
    void setLineWidth(ReaderLineWidth width);
    void setLineSpacing(ReaderLineSpacing spacing);
    void setTheme(ReaderTheme theme);
    void popup(QWidget *anchor); // opens below the anchor, kept on its screen

signals:
    void typefaceChosen(ReaderTypeface typeface);
    void lineWidthChosen(ReaderLineWidth width);
    void lineSpacingChosen(ReaderLineSpacing spacing);
    void themeChosen(ReaderTheme theme);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Choice {
        QString name; // object name, for tests and the screenshot tour
        QString text;
        int id;
    };
    QButtonGroup *addRow(const QString &label, const QList<Choice> &choices);
    void addSizeRow(FontSizeActions *sizes);
    void styleThemeButtons();
    static void check(QButtonGroup *group, int id);

    QGridLayout *m_grid;
    QButtonGroup *m_typeface;
    QButtonGroup *m_lineWidth;
    QButtonGroup *m_lineSpacing;
    QButtonGroup *m_theme;
};
