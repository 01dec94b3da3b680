// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QThread;

// PRAGMA quick_check of the library on a worker thread with its own connection, so the window
// starts without waiting for it. Problems mark the library damaged for every connection of the
// process (Database::check), which stops all writing. Until a check has passed, the window
// writes nothing of its own accord.
class LibraryCheck : public QObject {
    Q_OBJECT

public:
    explicit LibraryCheck(QString libraryPath, QObject *parent = nullptr);
    ~LibraryCheck() override; // waits for a running check

    void start(); // once at a time
    bool isRunning() const { return m_thread != nullptr; }
    bool passed() const { return m_passed; } // a check found the file sound

signals:
    void finished(const QStringList &problems); // empty: the file is sound
    void failed(const QString &message); // the check itself could not run

private:
    QString m_path;
    QThread *m_thread = nullptr;
    bool m_passed = false;
};
