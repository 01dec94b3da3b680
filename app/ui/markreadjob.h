// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QList>
#include <QObject>

#include <optional>

class QThread;

// Mark All as Read on a worker thread with its own connection: the UPDATE of tens of thousands
// of rows takes a few hundred milliseconds, which the window must not wait for.
class MarkReadJob : public QObject {
    Q_OBJECT

public:
    explicit MarkReadJob(QString libraryPath, QObject *parent = nullptr);
    ~MarkReadJob() override; // waits for a running job

    // The unread articles of the filter in one statement, or else the ids. Once at a time.
    void start(const std::optional<ArticleFilter> &filter, const QList<qint64> &ids);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished(const QList<qint64> &ids, int changed); // the ids given to start()
    void failed(const QString &message);

private:
    QString m_path;
    QThread *m_thread = nullptr;
};
