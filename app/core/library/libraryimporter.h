// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Database;
class QIODevice;

// Reads Byline exports (ArticleJson lines) into a library. A file is checked whole before
// anything is stored: one bad line and nothing from that file is kept. Every article passes
// ArticleSanitizer before it is stored: an export is as hostile as any page.
class LibraryImporter {
    Q_DECLARE_TR_FUNCTIONS(LibraryImporter)

public:
    struct Outcome {
        int articles = 0; // in the file
        int added = 0; // new to the library (the rest updated existing ones)
        int reads = 0; // reads recorded
    };

    // Called for each article once the transaction that stored it has committed, in file
    // order, with the article as stored (sanitised) and its id.
    using StoredCallback = std::function<void(const Article &, const UpsertOutcome &)>;

    explicit LibraryImporter(Database &db);

    // Whether the file looks like an export: its first non-blank character is '{' (or it is
    // empty and named *.jsonl). Error when it cannot be read.
    static Result<bool> looksLikeExport(const QString &path);
    // Every line parsed; an Error names `name` (when given) and the line of the first problem.
    static Result<QList<ExportedArticle>> parse(QIODevice &device, const QString &name);
    static Result<QList<ExportedArticle>> readFile(const QString &path);

    // Sources, then the articles (sanitised) in one bulk call, then their reads.
    Result<Outcome> store(const QList<ExportedArticle> &articles,
                          const StoredCallback &onStored = {});
    Result<Outcome> importFile(const QString &path, const StoredCallback &onStored = {});

private:
    Result<QList<Article>> withSources(const QList<ExportedArticle> &articles);
    Result<int> recordReads(const QList<ExportedArticle> &articles,
                            const QList<UpsertOutcome> &stored);

    Database &m_db;
};
