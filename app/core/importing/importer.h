// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "pagereader.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// The one front door for imports, used by `byline import` and the window alike: decides where an
// input goes (a Byline export to LibraryImporter; a saved page, text, a URL, pasted HTML or
// standard input to PageImporter) and reports what was stored. Both importers pass every article
// through ArticleSanitizer before ArticleStore. Runs on the thread that owns `db`.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Route { LibraryExport, Page };

    struct Options {
        PageReader::Options page;
        StoredCallback onStored; // after each commit, for each article stored
    };

    explicit Importer(Database &db);

    // A file whose first non-blank character is '{' (or an empty *.jsonl) is a Byline export;
    // everything else, and a file that does not exist, is a page. Error: the file can't be read.
    static Result<Route> route(const ImportInput &input);

    ImportReport import(const ImportInput &input, const Options &options = {});

private:
    ImportReport importExport(const ImportInput &input, const StoredCallback &onStored);

    Database &m_db;
};
