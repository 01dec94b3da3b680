// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class Database;

// Every article of a library that can still be read, oldest id first, with its source and
// reads, for the export and the recovery of a damaged library. Articles are read one id at a
// time (never one SELECT over the table), so a damaged page loses only the rows on it; those
// are skipped and reported. Reads only the real tables, never the full-text index.
class ReadableArticles {
    Q_DECLARE_TR_FUNCTIONS(ReadableArticles)

public:
    // A run of consecutive article ids that could not be read.
    struct Skipped {
        qint64 first = 0;
        qint64 last = 0;
        QString reason; // the store's message for the first of them
    };
    struct Report {
        int read = 0; // articles handed over
        QList<Skipped> skipped; // ascending
        QStringList problems; // other losses: the reading history, a source
        qint64 skippedIds() const;
        bool complete() const { return skipped.isEmpty() && problems.isEmpty(); }
        // One sentence per skipped run and problem, for standard error or a dialog.
        QStringList lines() const;
        // "N unreadable articles were skipped." and the like; empty when complete.
        QString summary() const;
    };

    explicit ReadableArticles(Database &db);

    // Hands each readable article to `take`; stops at the first Error `take` returns.
    Result<Report> forEach(const std::function<Status(ExportedArticle &&)> &take) const;

private:
    Database &m_db;
};
