// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryrecovery.h"

#include "libraryimporter.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// Articles stored per transaction.
constexpr qsizetype batchSize = 200;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void removeLibrary(const QString &path)
{
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s })
        QFile::remove(path + suffix);
}

} // namespace

Result<LibraryRecovery::Outcome> LibraryRecovery::recover(const QString &damagedPath,
                                                          const QString &newPath,
                                                          const Progress &progress)
{
    const QFileInfo source(damagedPath);
    const QFileInfo target(newPath);
    if (!source.isFile())
        return Error { tr("There is no library at %1.").arg(shown(damagedPath)) };
    if (target.exists()
        && (target.canonicalFilePath() == source.canonicalFilePath() || !target.isFile()
            || target.size() > 0))
        return Error { tr("%1 already exists; choose a new file for the recovered library.")
                           .arg(shown(newPath)) };

    Database::Options readOnly;
    readOnly.readOnly = true; // the damaged file is never written, not even migrated
    Result<std::unique_ptr<Database>> damaged = Database::open(damagedPath, readOnly);
    if (!damaged)
        return Error { damaged.error() };
    Result<std::unique_ptr<Database>> created = Database::open(newPath);
    if (!created)
        return Error {
            tr("Could not create the new library %1: %2").arg(shown(newPath), created.error())
        };

    Outcome outcome;
    LibraryImporter importer(**created);
    QList<ExportedArticle> batch;
    const auto flush = [&]() -> Status {
        const Result<LibraryImporter::Outcome> stored = importer.store(batch);
        if (!stored)
            return Error { stored.error() };
        outcome.copied += stored->articles;
        batch.clear();
        if (progress)
            progress(outcome.copied);
        return {};
    };
    Result<ReadableArticles::Report> report
        = ReadableArticles(**damaged).forEach([&](ExportedArticle &&article) -> Status {
              batch.append(std::move(article));
              return batch.size() < batchSize ? Status {} : flush();
          });
    Status finished = report ? Status {} : Status { Error { report.error() } };
    if (finished && !batch.isEmpty())
        finished = flush();
    if (!finished) {
        created->reset(); // closed before its file goes
        removeLibrary(newPath);
        return Error { tr("Could not recover into %1; it was removed again. %2")
                           .arg(shown(newPath), finished.error()) };
    }
    outcome.report = std::move(report).value();
    return outcome;
}
