// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include "database.h"

WriteTransaction::WriteTransaction(Database &db) : m_db(db), m_begun(db.begin())
{
    m_open = m_begun.ok();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_db.rollback();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_begun;
    m_open = false;
    return m_db.commit();
}
