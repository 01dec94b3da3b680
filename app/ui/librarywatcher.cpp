// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywatcher.h"

#include "articlelistmodel.h"

LibraryWatcher::LibraryWatcher(ArticleListModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    if (const auto version = m_model->dataVersion())
        m_version = *version;
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LibraryWatcher::poll);
    m_timer.start();
}

void LibraryWatcher::poll()
{
    const auto version = m_model->dataVersion();
    if (!version || *version == m_version)
        return; // a library that cannot be read says so elsewhere, not every two seconds
    m_version = *version;
    emit libraryChanged();
}
