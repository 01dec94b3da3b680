// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topstoriesjob.h"

#include "feeds/storyranking.h"
#include "store/database.h"

#include <QThread>

#include <memory>

TopStoriesJob::TopStoriesJob(QString libraryPath, int limit, QObject *parent)
    : QObject(parent), m_path(std::move(libraryPath)), m_limit(limit)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TopStoriesJob::start);
}

TopStoriesJob::~TopStoriesJob()
{
    if (m_thread)
        m_thread->wait();
}

void TopStoriesJob::request()
{
    if (m_thread)
        m_again = true;
    else
        m_debounce.start();
}

void TopStoriesJob::start()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    auto result = std::make_shared<Result<QList<StoryCluster>>>(Error {});
    m_thread = QThread::create([path = m_path, limit = m_limit, result] {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            *result = Error { db.error() };
            return;
        }
        *result = StoryRanking::compute(**db, limit);
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (*result)
            emit finished(**result);
        else
            emit failed(result->error());
        if (m_again) { // the library changed during the run: once more
            m_again = false;
            m_debounce.start();
        }
    });
    m_thread->start();
}
