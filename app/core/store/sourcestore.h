// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// Sources: feeds and sites.
class SourceStore {
    Q_DECLARE_TR_FUNCTIONS(SourceStore)

public:
    explicit SourceStore(Database &db);

    // The id of the source with this url, created (or its title updated) as needed.
    Result<qint64> ensure(const Source &source);
    Result<Source> get(qint64 id) const;
    Result<QList<Source>> list() const; // by title

private:
    Database &m_db;
};
