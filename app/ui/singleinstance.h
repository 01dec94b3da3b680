// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One window per library. start() either hands its items to the window already open on the
// library (a QLocalSocket request, WindowRequest) or becomes that window: it listens on the
// library's server name and emits activationRequested for each later request. The choice is made
// under a lock file, so two windows started at once end as one; a socket left by a crashed window
// is removed.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Primary, HandedOff, Failed };

    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    Outcome start(const QStringList &items);
    bool isListening() const;
    QString serverName() const { return m_name; }
    // Why start() failed, or why the window is not listening (it still opens).
    QString errorString() const { return m_error; }
    void setAnswerTimeout(int milliseconds) { m_answerTimeout = milliseconds; }

signals:
    void activationRequested(const QStringList &items);

private:
    Outcome handOff(QLocalSocket &socket, const QStringList &items);
    void listen();
    void handleConnection();
    void handleRequest(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
    QString m_error;
    int m_answerTimeout = 10000; // the running window may still be starting
};
