// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

class Database;

// Tools > Compact Library: PRAGMA optimize, then VACUUM (which rewrites the whole file and
// cannot run inside a transaction), then a checkpoint that gives the space back to the disk.
// Slow on a big library: run it on a worker thread with its own Database.
class Compactor {
    Q_DECLARE_TR_FUNCTIONS(Compactor)

public:
    explicit Compactor(Database &db);

    Status compact();

private:
    Database &m_db;
};
