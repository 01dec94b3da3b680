// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchworker.h"

#include "store/articlestore.h"
#include "store/database.h"

SearchWorker::SearchWorker(QString libraryPath, const std::atomic<quint64> *latest)
    : m_path(std::move(libraryPath)), m_latest(latest)
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::search(quint64 token, const QString &text)
{
    if (token != m_latest->load())
        return;
    if (!m_db) {
        auto db = Database::open(m_path);
        if (!db) {
            emit failed(token, db.error());
            return;
        }
        m_db = std::move(*db);
    }
    const auto hits = ArticleStore(*m_db).search(text, resultLimit);
    if (!hits) {
        emit failed(token, hits.error());
        return;
    }
    emit finished(token, text, *hits);
}
