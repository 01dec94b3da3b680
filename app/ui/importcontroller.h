// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importreport.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ImportJob;
class QMimeData;
class QProgressDialog;
class QThread;
class QWidget;

// The window's importing: File > Import..., File > Open URL..., Edit > Paste Article and drops.
// Imports run on a worker thread (ImportJob with its own Database); progress and Cancel in a
// progress dialog; one summary per batch; "Import the whole page anyway" asked once per batch.
class ImportController : public QObject {
    Q_OBJECT

public:
    ImportController(const QString &libraryPath, QWidget *window, QObject *parent = nullptr);
    ~ImportController() override;

    void importFiles(); // File > Import...: QFileDialog (several files: .html .htm .txt)
    void openUrl(); // File > Open URL... (Ctrl+L)
    void importPaste(); // Edit > Paste Article (Ctrl+Shift+V): clipboard URL or text
    void importMimeData(const QMimeData *data); // drops of files or URLs
    static bool canImport(const QMimeData *data);

signals:
    void statusMessage(const QString &text); // "Imported 3 articles"
    void progressChanged(int done, int total);
    void imported(qint64 lastArticleId); // the window refreshes and opens it

private:
    static QList<ImportInput> inputsFrom(const QMimeData *data);
    void start(const QList<ImportInput> &inputs, bool wholePage);
    void handleFinished();
    void summarise(const QList<ImportReport> &reports);

    QString m_libraryPath;
    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_wholePage = false;
    QList<ImportReport> m_earlier; // the first pass, while "whole page anyway" runs
    // Imports asked for while one runs (a drop, or a second `byline FILE` handing over): run
    // in turn, never dropped.
    QList<std::pair<QList<ImportInput>, bool>> m_queue;
};
