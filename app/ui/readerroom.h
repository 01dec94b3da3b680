// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

class QDockWidget;
class QMainWindow;
class QSplitter;

// Keeps room for the reader's text column as the window narrows: below a width the Top 10 dock
// folds away (its toggle action still shows it) and then the list narrows to its minimum, so
// the column keeps about 45 characters while the window can give it room; both come back as the
// window widens. Whether the user wants the dock is kept apart from whether it fits, so a fold
// is never remembered as "closed".
class ReaderRoom : public QObject {
    Q_OBJECT
public:
    static constexpr int readerMinWidth = 540; // ~45 characters of reader text and its margins
    static constexpr int libraryMinWidth = 260;
    static constexpr int libraryWidth = 360; // until the user drags the splitter
    static constexpr int dockWidth = 270;

    ReaderRoom(QMainWindow *window, QSplitter *splitter, QDockWidget *dock);

    bool dockWanted() const { return m_dockWanted; }
    void setDockWanted(bool wanted); // as restored from the settings
    bool isDockFolded() const; // wanted, but folded away for the reader
    void fit(); // places the panes for the window's width now
    static QSize firstSize(const QSize &available); // first launch: fits the screen

signals:
    void dockWantedChanged(bool wanted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setWanted(bool wanted);

    QMainWindow *m_window;
    QSplitter *m_splitter;
    QDockWidget *m_dock;
    bool m_dockWanted = true;
    bool m_fitting = false;
    int m_libraryWidth = libraryWidth;
};
