// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

class QSqlError;

// Store errors: a sentence a person can read, then SQLite's own words in parentheses.
class SqlError {
public:
    static Error wrap(const QString &sentence, const QSqlError &error);
};
