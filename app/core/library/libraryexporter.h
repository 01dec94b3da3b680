// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readablearticles.h"
#include "result.h"

#include <QCoreApplication>

class Database;
class QIODevice;

// Writes the whole library as ArticleJson lines, oldest id first, one article at a time. Rows
// that cannot be read (a damaged library) are skipped and reported; the rest is still written.
class LibraryExporter {
    Q_DECLARE_TR_FUNCTIONS(LibraryExporter)

public:
    explicit LibraryExporter(Database &db);

    // What was written (Report::read articles) and what was skipped. Error only when the
    // device could not be written.
    Result<ReadableArticles::Report> write(QIODevice &device) const;
    // Replaces the file only when every readable article is in it.
    Result<ReadableArticles::Report> writeFile(const QString &path) const;

private:
    Database &m_db;
};
