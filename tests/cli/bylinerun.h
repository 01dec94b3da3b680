// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real byline executable (BYLINE_BINARY) with HOME and the XDG folders in `home`, no
// display and no standard input.

#include <QEventLoop>
#include <QProcess>
#include <QStringList>
#include <QTimer>

struct BylineRun {
    int exitCode = -1; // -2: crashed, -1: did not finish
    QByteArray out;
    QByteArray err;
};

// Never the user's library or settings, never a window.
inline QProcessEnvironment bylineEnvironment(const QString &home)
{
    using namespace Qt::StringLiterals;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    return env;
}

inline BylineRun runByline(const QString &home, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(bylineEnvironment(home));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(BYLINE_BINARY), arguments);
    BylineRun result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Like runByline, but waits in this thread's event loop, so that a server of the test (a
// TestHttpServer on 127.0.0.1) keeps answering byline meanwhile.
inline BylineRun runBylineAsync(const QString &home, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(bylineEnvironment(home));
    process.setStandardInputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(BYLINE_BINARY), arguments);
    loop.exec();
    BylineRun result;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
