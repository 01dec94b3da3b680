// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtreemodel.h"

#include <QObject>

class LibraryTasks;

// Loads the feed tree's contents (folders, feeds with their counts, the library's unread and
// starred counts) on a worker with its own connection: a handful of queries, never one per
// feed on the UI thread. Requests while a load runs fold into one more load after it.
class FeedTreeLoader : public QObject {
    Q_OBJECT
public:
    explicit FeedTreeLoader(LibraryTasks *tasks, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return m_loading; }
    int loadsFinished() const { return m_finished; }

signals:
    void loaded(const FeedTreeContents &contents);
    void failed(const QString &message);

private:
    LibraryTasks *m_tasks;
    bool m_loading = false;
    bool m_again = false;
    int m_finished = 0;
};
