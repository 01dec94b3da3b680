// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Runs full-text searches on its own thread with its own connection to the library. A request
// that a newer one has overtaken (`latest` moved on) is skipped without running.
class SearchWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int resultLimit = 200;

    SearchWorker(QString libraryPath, const std::atomic<quint64> *latest);
    ~SearchWorker() override;

public slots:
    void search(quint64 token, const QString &text);

signals:
    void finished(quint64 token, const QString &text, const QList<SearchHit> &hits);
    void failed(quint64 token, const QString &message);

private:
    QString m_path;
    const std::atomic<quint64> *m_latest;
    std::unique_ptr<Database> m_db; // opened on first use, on the worker's thread
};
