// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

class Database;

// Every recorded read, for the export. Stopgap: ReadStore has no call that lists reads yet;
// this belongs there (ReadStore::allReads()) and goes away when it exists.
class ReadHistory {
    Q_DECLARE_TR_FUNCTIONS(ReadHistory)

public:
    // Reads by article id, each list oldest first.
    static Result<QHash<qint64, QList<ArticleRead>>> all(Database &db);
};
