// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerroom.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QSplitter>

ReaderRoom::ReaderRoom(QMainWindow *window, QSplitter *splitter, QDockWidget *dock)
    : QObject(window), m_window(window), m_splitter(splitter), m_dock(dock)
{
    window->installEventFilter(this);
    dock->installEventFilter(this);
    // Only the user's own choices change the wish: the toggle action and the close button.
    connect(dock->toggleViewAction(), &QAction::triggered, this, &ReaderRoom::setWanted);
    connect(splitter, &QSplitter::splitterMoved, this, [this] {
        if (!m_fitting)
            m_libraryWidth = m_splitter->sizes().value(0, libraryWidth);
    });
}

void ReaderRoom::setDockWanted(bool wanted)
{
    m_dockWanted = wanted;
    const int restored = m_splitter->sizes().value(0, 0);
    if (restored >= libraryMinWidth)
        m_libraryWidth = restored;
    m_dock->setVisible(wanted);
    fit();
}

void ReaderRoom::setWanted(bool wanted)
{
    if (m_dockWanted == wanted)
        return;
    m_dockWanted = wanted;
    emit dockWantedChanged(wanted);
}

bool ReaderRoom::isDockFolded() const
{
    return m_dockWanted && m_dock->isHidden();
}

bool ReaderRoom::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    else if (watched == m_dock && event->type() == QEvent::Close)
        setWanted(false); // its close button
    return QObject::eventFilter(watched, event);
}

void ReaderRoom::fit()
{
    if (m_dock->isFloating() || m_window->dockWidgetArea(m_dock) == Qt::NoDockWidgetArea)
        return;
    const int width = m_window->width();
    const int handle = m_splitter->handleWidth();
    const int dock = m_dock->isHidden() ? dockWidth : std::max(m_dock->width(), dockWidth);
    const bool dockFits = width - m_libraryWidth - dock - handle >= readerMinWidth;
    m_fitting = true;
    if (m_dockWanted && dockFits == m_dock->isHidden())
        m_dock->setVisible(dockFits);
    // The list gives way next, down to its minimum; it takes its width back as the room comes.
    const int room = width - (m_dock->isHidden() ? 0 : dock) - handle - readerMinWidth;
    const int library
        = std::clamp(room, libraryMinWidth, std::max(m_libraryWidth, libraryMinWidth));
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes.at(0) != library && sizes.at(0) + sizes.at(1) > library)
        m_splitter->setSizes({ library, sizes.at(0) + sizes.at(1) - library });
    m_fitting = false;
}

QSize ReaderRoom::firstSize(const QSize &available)
{
    const QSize preferred(1280, 820);
    if (available.isEmpty())
        return preferred;
    // All of a small screen (less a margin for the window frame), never past its edges.
    return preferred.boundedTo(QSize(available.width() * 96 / 100, available.height() * 94 / 100));
}
