// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <unistd.h>

// Brings up the real tt-rss of ../shared/tools/ttrss-up.sh (next to the source tree) for the
// sync tests. available() says why it cannot (the tests then skip with that reason): the
// tests run only with BYLINE_SYNC_TESTS=1, as root, with the script present.
class TtRssHarness {
public:
    static QString script()
    {
        return QDir(QStringLiteral(BYLINE_SOURCE_DIR "/../shared/tools"))
                .absoluteFilePath(QStringLiteral("ttrss-up.sh"));
    }
    static QString stateDir()
    {
        const QByteArray state = qgetenv("TTRSS_STATE");
        return state.isEmpty() ? QStringLiteral("/tmp/ttrss") : QString::fromLocal8Bit(state);
    }
    static QString feedDir() { return stateDir() + QStringLiteral("/feeds"); }
    static QUrl serverUrl() { return QUrl(QStringLiteral("http://127.0.0.1:8181/")); }
    static QString user() { return QStringLiteral("admin"); }
    static QString password() { return QStringLiteral("password"); }

    // Empty when the server is up; else why the tests skip.
    static QString up()
    {
        if (qEnvironmentVariableIntValue("BYLINE_SYNC_TESTS") != 1)
            return QStringLiteral("sync tests run only with BYLINE_SYNC_TESTS=1 (they install and "
                                  "start tt-rss, PostgreSQL and PHP)");
        if (!QFileInfo::exists(script()))
            return QStringLiteral("no %1").arg(script());
        if (geteuid() != 0)
            return QStringLiteral("ttrss-up.sh needs root");
        const int code = run({});
        return code == 0 ? QString()
                         : QStringLiteral("ttrss-up.sh failed (exit %1); see %2/log")
                                   .arg(code)
                                   .arg(stateDir());
    }
    // Fetches every feed on the server now (no update daemon runs).
    static bool update() { return run({ QStringLiteral("update") }) == 0; }
    // A fixture feed served on 127.0.0.1:80, subscribed as http://0.0.0.0/<name>.
    static QString putFeed(const QString &name, const QByteArray &xml)
    {
        QDir().mkpath(feedDir());
        QFile file(feedDir() + u'/' + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
            return {};
        return QStringLiteral("http://0.0.0.0/") + name;
    }

private:
    static int run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("bash"), QStringList { script() } + arguments);
        if (!process.waitForFinished(15 * 60 * 1000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};
