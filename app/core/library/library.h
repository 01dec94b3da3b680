// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

#include <memory>

class Database;

// Opening the user's library, for the window and the command line alike.
namespace Library {
// The library to open: overridePath when given (--library), else the one chosen in
// Preferences, else Database::defaultPath() (LibraryPath::resolve).
QString resolvePath(const QString &overridePath);
// Opens the library at path, creating its folder; a newly created library is filled with the
// sample library (SampleLibrary).
Result<std::unique_ptr<Database>> openOrCreate(const QString &path);
} // namespace Library
