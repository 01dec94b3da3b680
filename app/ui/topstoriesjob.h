// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/storycluster.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QThread;

// Top stories (StoryRanking) on a worker thread with its own connection: clustering the recent
// articles of a big library takes tens of milliseconds, which the window must not wait for.
// Requests are debounced (a refresh of many feeds lands as one run); one run at a time, and a
// request during a run makes one more run after it.
class TopStoriesJob : public QObject {
    Q_OBJECT

public:
    static constexpr int debounceMs = 250;
    explicit TopStoriesJob(QString libraryPath, int limit, QObject *parent = nullptr);
    ~TopStoriesJob() override; // waits for a running computation

    void request();
    bool isBusy() const { return m_thread || m_debounce.isActive(); }

signals:
    void finished(const QList<StoryCluster> &stories);
    void failed(const QString &message);

private:
    void start();

    QString m_path;
    int m_limit;
    QTimer m_debounce;
    QThread *m_thread = nullptr;
    bool m_again = false;
};
