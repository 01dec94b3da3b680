// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "librarypath.h"
#include "samplelibrary.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString Library::resolvePath(const QString &overridePath)
{
    return LibraryPath::resolve(overridePath);
}

Result<std::unique_ptr<Database>> Library::openOrCreate(const QString &path)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists() && !folder.mkpath(u"."_s))
        return Error { QCoreApplication::translate("Library", "Could not create the folder %1.")
                           .arg(QDir::toNativeSeparators(folder.path())) };
    // The sample goes in with the schema, in one transaction: a library is never left without
    // it, and a racing first run waits and finds it done.
    Database::Options options;
    options.populate = [](Database &db) -> Status {
        const Result<int> filled = SampleLibrary::fill(db);
        if (!filled)
            return Error { filled.error() };
        return {};
    };
    return Database::open(path, options);
}
