// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

class Database;

// A write transaction on a Database for the length of a scope: begun by the constructor
// (BEGIN IMMEDIATE, or a savepoint inside another), rolled back by the destructor unless
// commit() succeeded. Check begun() before writing.
class WriteTransaction {
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
};
