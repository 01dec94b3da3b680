// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypath.h"

#include "store/database.h"

#include <QSettings>

using namespace Qt::StringLiterals;

QString LibraryPath::settingsKey()
{
    return u"library/path"_s;
}

QString LibraryPath::stored()
{
    return QSettings().value(settingsKey()).toString().trimmed();
}

void LibraryPath::store(const QString &path)
{
    QSettings settings;
    if (path.trimmed().isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), path);
}

QString LibraryPath::resolve(const QString &overridePath)
{
    if (!overridePath.isEmpty())
        return overridePath;
    const QString chosen = stored();
    if (!chosen.isEmpty())
        return chosen;
    return Database::defaultPath();
}
