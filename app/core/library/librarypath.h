// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which library file to use, for the window and the command line alike: the --library override,
// else the location chosen in Preferences (QSettings, key settingsKey), else the default
// (Database::defaultPath()). The one owner of that setting's key.
namespace LibraryPath {
QString settingsKey(); // "library/path"
QString stored(); // the Preferences value, empty when unset
void store(const QString &path); // empty: back to the default location
QString resolve(const QString &overridePath);
} // namespace LibraryPath
