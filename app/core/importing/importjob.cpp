// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "importer.h"
#include "store/database.h"

ImportJob::ImportJob(QString libraryPath, QList<ImportInput> inputs, PageReader::Options options,
                     QObject *parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath)), m_inputs(std::move(inputs)),
      m_options(options)
{
}

void ImportJob::run()
{
    m_reports.clear();
    const int total = int(m_inputs.size());
    Result<std::unique_ptr<Database>> db = Database::open(m_libraryPath);
    for (int i = 0; i < total; ++i) {
        ImportReport report;
        report.input = m_inputs.at(i);
        if (m_cancelled) {
            report.status = ImportReport::Status::Cancelled;
            report.message = tr("Cancelled");
        } else if (!db) {
            report.message = db.error();
        } else {
            emit itemStarted(i, total, report.input.displayName());
            Importer::Options options;
            options.page = m_options;
            options.page.cancelled = &m_cancelled;
            report = Importer(**db).import(m_inputs.at(i), options);
            if (m_cancelled && !report.ok()) {
                report.status = ImportReport::Status::Cancelled;
                report.message = tr("Cancelled");
            }
        }
        m_reports.append(report);
        emit progressChanged(i + 1, total, report);
    }
    db = Error { QString() }; // close the connection on this thread before finishing
    emit finished();
}
