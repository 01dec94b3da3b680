// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extractedarticle.h"
#include "importreport.h"
#include "pagereader.h"
#include "store/article.h"

#include <QCoreApplication>

class Database;

// Imports one page, URL, text or standard input into the library: PageReader, then a check,
// then ArticleSanitizer and ArticleStore::upsert (which updates the article already stored under
// the same canonical URL) with the site as source. Runs on the thread that owns `db`; nothing is
// stored unless the report says ok(). Importer decides what comes here.
class PageImporter {
    Q_DECLARE_TR_FUNCTIONS(PageImporter)

public:
    explicit PageImporter(Database &db);

    // `onStored` is called once the article's transaction committed.
    ImportReport import(const ImportInput &input, const PageReader::Options &options = {},
                        const StoredCallback &onStored = {});
    // Stores an already extracted article; `givenUrl` is where it was asked for (may be empty).
    ImportReport store(const ImportInput &input, const ExtractedArticle &extracted,
                       const QUrl &givenUrl, const StoredCallback &onStored = {});

    static Article toArticle(const ExtractedArticle &extracted, const QUrl &givenUrl);
    static QString notAnArticleMessage();

private:
    Database &m_db;
};
