// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

class SearchWorker;

// Search as you type: debounces the text (~200 ms), runs the query on a SearchWorker thread and
// hands back only the results of the latest text; older ones are dropped.
class ArticleSearch : public QObject {
    Q_OBJECT
public:
    static constexpr int debounceMs = 200;

    explicit ArticleSearch(const QString &libraryPath, QObject *parent = nullptr);
    ~ArticleSearch() override;

    void setText(const QString &text); // empty: cleared() at once
    QString text() const { return m_text; }
    // True from the moment text is set until its results (or failure) are in.
    bool isBusy() const { return m_debounce.isActive() || m_pending != 0; }
    static bool isCapped(const QList<SearchHit> &hits); // more may exist than were returned

signals:
    void resultsReady(const QString &text, const QList<SearchHit> &hits);
    void cleared();
    void failed(const QString &message);
    void notice(const QString &message); // the results came with a caveat (words left out)

private:
    void handleFinished(quint64 token, const QString &text, const QList<SearchHit> &hits);
    void handleFailed(quint64 token, const QString &message);
    void start();

    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    QTimer m_debounce;
    QString m_text;
    std::atomic<quint64> m_latest { 0 };
    quint64 m_pending = 0; // token we wait for, 0: none
};
