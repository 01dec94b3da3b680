// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QThread;
class QWidget;

// Saving what can be read from a damaged library, from the window: File > Export Library… and
// File > Recover into a New Library…. Each asks for a file, then runs on a worker thread with
// its own connections (LibraryExporter, LibraryRecovery); the library itself is only read.
class LibraryRescue : public QObject {
    Q_OBJECT

public:
    LibraryRescue(QString libraryPath, QWidget *window);
    ~LibraryRescue() override; // waits for a running job

    void exportLibrary(); // asks for the file
    void recover(); // asks for the new library's file
    void exportTo(const QString &path);
    void recoverInto(const QString &path);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    void statusMessage(const QString &text);
    // A job ended: what to tell the user (also shown in a message box on the window).
    void finished(bool ok, const QString &message);

private:
    // Runs work on a worker thread; done() then runs on this thread.
    void run(const QString &busyText, std::function<void()> work, std::function<void()> done);
    void report(bool ok, const QString &message);
    void offerToOpen(const QString &path, const QString &message);

    QString m_path;
    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
};
