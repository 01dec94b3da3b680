// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QObject>

#include <functional>

class Database;
class QThread;

// Runs work that may take longer than a frame (counts, unsubscribing, compaction) on a worker
// thread with its own connection to the library, then its completion on the UI thread. Several
// tasks may run at once; the destructor waits for those still running.
class LibraryTasks : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Status(Database &)>;
    using Done = std::function<void(const Status &)>;

    explicit LibraryTasks(QString libraryPath, QObject *parent = nullptr);
    ~LibraryTasks() override;

    // `work` runs on the worker (capture results into shared state); `done` on this thread.
    void start(Work work, Done done);
    int running() const { return int(m_threads.size()); }
    QString libraryPath() const { return m_path; }

signals:
    void idle(); // the last running task finished

private:
    QString m_path;
    QList<QThread *> m_threads;
};
