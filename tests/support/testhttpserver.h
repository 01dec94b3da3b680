// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

// A small HTTP/1.1 server on a loopback address (127.0.0.1 unless told another 127.x address):
// each path answers with its handler's bytes (or nothing, until the test gives up). It logs
// every request with its headers and counts the requests it holds at once (received, not yet
// answered and closed), so tests can check per-host limits.
class TestHttpServer : public QObject {
public:
    using Handler = std::function<void(QTcpSocket *, const QByteArray &request)>;

    struct Request {
        QByteArray method;
        QByteArray path; // with its query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray raw;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    explicit TestHttpServer(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { handle(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    if (m_buffers.remove(socket) && m_held.remove(socket))
                        --m_concurrent;
                    socket->deleteLater();
                });
                m_buffers.insert(socket, {});
            }
        });
        m_server.listen(address);
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://%1:%2%3")
                        .arg(m_server.serverAddress().toString())
                        .arg(m_server.serverPort())
                        .arg(path));
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
    // The same, `ms` milliseconds after the request came.
    void answerLater(const QByteArray &path, const QByteArray &raw, int ms)
    {
        route(path, [raw, ms](QTcpSocket *socket, const QByteArray &) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(ms, socket, [guard, raw] {
                if (!guard)
                    return;
                guard->write(raw);
                guard->disconnectFromHost();
            });
        });
    }
    QByteArray lastRequest() const { return m_lastRequest; }
    const QList<Request> &requests() const { return m_log; }
    int requestCount(const QByteArray &path) const
    {
        int count = 0;
        for (const Request &request : m_log)
            count += request.path == path ? 1 : 0;
        return count;
    }
    int maximumConcurrent() const { return m_maximumConcurrent; }
    void clearLog()
    {
        m_log.clear();
        m_maximumConcurrent = m_concurrent;
    }

    static QByteArray response(const QByteArray &status, const QByteArray &headers,
                               const QByteArray &body)
    {
        return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

    // RFC 1952 gzip member around qCompress's deflate stream.
    static QByteArray gzip(const QByteArray &data)
    {
        const QByteArray zlib = qCompress(data).mid(4); // drop Qt's length prefix
        const QByteArray deflate = zlib.mid(2, zlib.size() - 6); // drop zlib header and adler32
        QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
        out += deflate;
        quint32 crc = 0xFFFFFFFFu;
        for (const char byte : data) {
            crc ^= quint8(byte);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        crc = ~crc;
        const quint32 size = quint32(data.size());
        for (int i = 0; i < 4; ++i)
            out += char((crc >> (8 * i)) & 0xFF);
        for (int i = 0; i < 4; ++i)
            out += char((size >> (8 * i)) & 0xFF);
        return out;
    }

private:
    void handle(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        m_lastRequest = buffer;
        Request request;
        request.raw = buffer;
        const QList<QByteArray> lines = buffer.left(buffer.indexOf("\r\n\r\n")).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        m_log.append(request);
        buffer.clear();
        if (!m_held.contains(socket)) {
            m_held.insert(socket, true);
            m_maximumConcurrent = qMax(m_maximumConcurrent, ++m_concurrent);
        }
        const QByteArray path = request.path;
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
    QHash<QTcpSocket *, bool> m_held;
    QList<Request> m_log;
    QByteArray m_lastRequest;
    int m_concurrent = 0;
    int m_maximumConcurrent = 0;
};
