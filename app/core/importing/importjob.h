// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "pagereader.h"

#include <QList>
#include <QObject>

#include <atomic>

// A batch of imports for a worker thread: move it to a QThread and invoke run() there. It opens
// its own Database on the library path, imports the inputs one by one through Importer (pages,
// text, URLs and Byline exports alike), reports after each and stops when cancel() was called
// (from any thread): between items, or during a download.
class ImportJob : public QObject {
    Q_OBJECT

public:
    ImportJob(QString libraryPath, QList<ImportInput> inputs, PageReader::Options options = {},
              QObject *parent = nullptr);

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    // Valid after finished().
    const QList<ImportReport> &reports() const { return m_reports; }

public slots:
    void run();

signals:
    void itemStarted(int index, int total, const QString &name);
    void progressChanged(int done, int total, const ImportReport &report);
    void finished();

private:
    QString m_libraryPath;
    QList<ImportInput> m_inputs;
    PageReader::Options m_options;
    QList<ImportReport> m_reports;
    std::atomic<bool> m_cancelled { false };
};
