// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readablearticles.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// "Recover into a new library": copies every article of a (damaged) library that can still be
// read, with its source, read and starred state and reads, into a new library through the
// normal store API. The damaged file is only read, never written.
class LibraryRecovery {
    Q_DECLARE_TR_FUNCTIONS(LibraryRecovery)

public:
    struct Outcome {
        int copied = 0; // articles now in the new library
        ReadableArticles::Report report; // what could not be read
    };
    // Called after each batch with the number of articles copied so far.
    using Progress = std::function<void(int copied)>;

    // Creates the library at newPath (refused when a non-empty file is there, or when it is the
    // damaged file itself) and copies into it. On an Error the new file is removed again.
    static Result<Outcome> recover(const QString &damagedPath, const QString &newPath,
                                   const Progress &progress = {});
};
