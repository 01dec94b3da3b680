// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycheck.h"

#include "store/database.h"

#include <QThread>

#include <memory>

LibraryCheck::LibraryCheck(QString libraryPath, QObject *parent)
    : QObject(parent), m_path(std::move(libraryPath))
{
}

LibraryCheck::~LibraryCheck()
{
    if (m_thread)
        m_thread->wait();
}

void LibraryCheck::start()
{
    if (m_thread)
        return;
    auto result = std::make_shared<Result<QStringList>>(Error {});
    m_thread = QThread::create([path = m_path, result] {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        *result = db ? (*db)->check() : Result<QStringList>(Error { db.error() });
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_passed = *result && (*result)->isEmpty();
        if (*result)
            emit finished(**result);
        else
            emit failed(result->error());
    });
    m_thread->start(QThread::LowPriority);
}
