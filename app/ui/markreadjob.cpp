// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markreadjob.h"

#include "store/articlestore.h"
#include "store/database.h"

#include <QThread>

#include <memory>

MarkReadJob::MarkReadJob(QString libraryPath, QObject *parent)
    : QObject(parent), m_path(std::move(libraryPath))
{
}

MarkReadJob::~MarkReadJob()
{
    if (m_thread)
        m_thread->wait();
}

void MarkReadJob::start(const std::optional<ArticleFilter> &filter, const QList<qint64> &ids)
{
    if (m_thread)
        return;
    auto result = std::make_shared<Result<int>>(Error {});
    m_thread = QThread::create([path = m_path, filter, ids, result] {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            *result = Error { db.error() };
            return;
        }
        ArticleStore store(**db);
        *result = filter ? store.markAllRead(*filter) : store.markRead(ids);
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, ids, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (*result)
            emit finished(ids, **result);
        else
            emit failed(result->error());
    });
    m_thread->start();
}
