// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesearch.h"

#include "searchworker.h"
#include "store/ftsquery.h"

ArticleSearch::ArticleSearch(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_worker(new SearchWorker(libraryPath, &m_latest))
{
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &ArticleSearch::handleFinished);
    connect(m_worker, &SearchWorker::failed, this, &ArticleSearch::handleFailed);
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ArticleSearch::start);
}

ArticleSearch::~ArticleSearch()
{
    ++m_latest; // anything still queued is skipped
    m_thread.quit();
    m_thread.wait();
}

void ArticleSearch::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    if (m_text.isEmpty()) {
        m_debounce.stop();
        m_pending = 0;
        ++m_latest;
        emit cleared();
        return;
    }
    m_debounce.start();
}

bool ArticleSearch::isCapped(const QList<SearchHit> &hits)
{
    return hits.size() >= SearchWorker::resultLimit;
}

void ArticleSearch::start()
{
    m_pending = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, token = m_pending, text = m_text] {
        worker->search(token, text);
    });
}

void ArticleSearch::handleFinished(quint64 token, const QString &text, const QList<SearchHit> &hits)
{
    if (token != m_pending)
        return; // overtaken by newer text
    m_pending = 0;
    emit resultsReady(text, hits);
    if (FtsQuery::parse(text).truncated)
        emit notice(FtsQuery::truncatedNote());
}

void ArticleSearch::handleFailed(quint64 token, const QString &message)
{
    if (token != m_pending)
        return;
    m_pending = 0;
    emit failed(message);
}
