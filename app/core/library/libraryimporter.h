// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class QIODevice;

// Reads Byline exports (ArticleJson lines) into a library. A file is checked whole before
// anything is stored: one bad line and nothing from that file is kept.
class LibraryImporter {
    Q_DECLARE_TR_FUNCTIONS(LibraryImporter)

public:
    struct Outcome {
        int articles = 0; // in the file
        int added = 0; // new to the library (the rest updated existing ones)
        int reads = 0; // reads recorded
    };

    explicit LibraryImporter(Database &db);

    // Whether the file looks like an export: its first non-blank character is '{' (or it is
    // empty and named *.jsonl). Error when it cannot be read.
    static Result<bool> looksLikeExport(const QString &path);
    // Every line parsed; an Error names `name` and the line of the first problem.
    static Result<QList<ExportedArticle>> parse(QIODevice &device, const QString &name);
    static Result<QList<ExportedArticle>> readFile(const QString &path);

    // Sources, then the articles in one bulk call, then their reads.
    Result<Outcome> store(const QList<ExportedArticle> &articles);
    Result<Outcome> importFile(const QString &path);

private:
    Result<QList<Article>> withSources(const QList<ExportedArticle> &articles);
    Result<int> recordReads(const QList<ExportedArticle> &articles, const QList<Article> &rows);

    Database &m_db;
};
