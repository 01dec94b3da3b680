// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// A small HTTP/1.1 server on 127.0.0.1: each path answers with a handler's bytes (or nothing).
class TestHttpServer : public QObject {
public:
    using Handler = std::function<void(QTcpSocket *, const QByteArray &request)>;

    TestHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { handle(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void route(const QByteArray &path, Handler handler) { m_routes.insert(path, handler); }
    // Answers `path` with these raw bytes and closes the connection.
    void answer(const QByteArray &path, const QByteArray &raw)
    {
        route(path, [raw](QTcpSocket *socket, const QByteArray &) {
            socket->write(raw);
            socket->disconnectFromHost();
        });
    }
    QByteArray lastRequest() const { return m_lastRequest; }

    static QByteArray response(const QByteArray &status, const QByteArray &headers,
                               const QByteArray &body)
    {
        return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void handle(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        m_lastRequest = buffer;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        const auto it = m_routes.constFind(path);
        if (it == m_routes.constEnd()) {
            socket->write(response("404 Not Found", {}, "no"));
            socket->disconnectFromHost();
            return;
        }
        it.value()(socket, m_lastRequest);
    }

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_lastRequest;
};
