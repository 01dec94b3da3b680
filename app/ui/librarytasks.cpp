// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarytasks.h"

#include "store/database.h"

#include <QThread>

#include <memory>

LibraryTasks::LibraryTasks(QString libraryPath, QObject *parent)
    : QObject(parent), m_path(std::move(libraryPath))
{
}

LibraryTasks::~LibraryTasks()
{
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
}

void LibraryTasks::start(Work work, Done done)
{
    auto status = std::make_shared<Status>();
    QThread *thread = QThread::create([path = m_path, work = std::move(work), status] {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        *status = db ? work(**db) : Status(Error { db.error() });
    });
    thread->setParent(this);
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, status, done = std::move(done)] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (done)
            done(*status);
        if (m_threads.isEmpty())
            emit idle();
    });
    thread->start();
}
