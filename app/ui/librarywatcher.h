// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class ArticleListModel;

// Notices changes another connection made to the library (the command line, another Byline, an
// import on a worker thread): polls SQLite's data_version on the window's connection, which
// moves only when another connection commits. A poll is one pragma, no file read.
class LibraryWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 2000;

    explicit LibraryWatcher(ArticleListModel *model, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void poll(); // what the timer does

signals:
    void libraryChanged();

private:
    ArticleListModel *m_model;
    QTimer m_timer;
    qint64 m_version = -1;
};
