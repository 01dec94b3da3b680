// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

class Database;

// Where the reader left each article: a fraction of the article's scrollable height, 0 (top)
// to 1 (end). An article read from the top has no stored position.
class PositionStore {
    Q_DECLARE_TR_FUNCTIONS(PositionStore)

public:
    // Positions below this are the top: saving one forgets the article's position.
    static constexpr double topThreshold = 0.02;
    explicit PositionStore(Database &db);

    // Remembers the position (clamped to 0..1) of an article; one upsert. Nothing is
    // remembered for an article that is not in the library.
    Status save(qint64 articleId, double position);
    // The remembered position of an article, 0 when there is none.
    Result<double> position(qint64 articleId) const;

private:
    Database &m_db;
};
