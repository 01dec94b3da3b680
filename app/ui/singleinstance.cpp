// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "library/windowrequest.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int lockTimeout = 15000; // another window deciding, at most
constexpr int connectTimeout = 1000;
} // namespace

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_name(WindowRequest::serverName(libraryPath))
{
}

SingleInstance::~SingleInstance() = default; // the server closes and removes its socket

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Outcome SingleInstance::start(const QStringList &items)
{
    // Connect-or-listen is one step for every process on this library.
    QLockFile lock(QDir::tempPath() + u'/' + m_name + u".lock"_s);
    lock.setStaleLockTime(0); // stale only when its process is gone, never by age alone
    const bool locked = lock.tryLock(lockTimeout);

    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(connectTimeout)) {
        if (locked)
            lock.unlock();
        return handOff(socket, items);
    }
    listen();
    return Outcome::Primary;
}

SingleInstance::Outcome SingleInstance::handOff(QLocalSocket &socket, const QStringList &items)
{
    socket.write(WindowRequest::encode(items));
    QByteArray reply;
    const QDeadlineTimer deadline(m_answerTimeout);
    while (!reply.contains('\n') && socket.state() == QLocalSocket::ConnectedState
           && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        reply += socket.readAll();
    }
    reply += socket.readAll();
    if (reply == WindowRequest::answer())
        return Outcome::HandedOff;
    m_error = tr("The window already open on this library did not answer.");
    return Outcome::Failed;
}

void SingleInstance::listen()
{
    // Nobody answered: whatever is at the name is left over from a window that crashed.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        m_error = tr("Another Byline on this library cannot reach this window: %1")
                      .arg(m_server->errorString());
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::handleConnection);
}

void SingleInstance::handleConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { handleRequest(socket); });
        // A client that never finishes its line is dropped.
        QTimer::singleShot(m_answerTimeout, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::handleRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > WindowRequest::maximumSize)
            socket->abort();
        return;
    }
    const Result<QStringList> items = WindowRequest::decode(socket->readLine());
    if (!items) {
        socket->abort();
        return;
    }
    socket->write(WindowRequest::answer());
    socket->disconnectFromServer(); // after the answer is written
    emit activationRequested(*items);
}
