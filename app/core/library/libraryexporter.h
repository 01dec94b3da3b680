// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Database;
class QIODevice;

// Writes the whole library as ArticleJson lines, oldest id first, one article at a time.
class LibraryExporter {
    Q_DECLARE_TR_FUNCTIONS(LibraryExporter)

public:
    explicit LibraryExporter(Database &db);

    // Returns how many articles were written.
    Result<int> write(QIODevice &device) const;
    Result<int> writeFile(const QString &path) const; // replaces the file only when complete

private:
    Database &m_db;
};
