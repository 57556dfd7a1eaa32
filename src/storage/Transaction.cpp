// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/sql/SqlErrors.h"

namespace chibo {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_begin(db.begin())
    , m_active(m_begin.ok())
{}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_begin)
        return m_begin;
    if (!m_active)
        return SqlErrors::noTransaction(); // committed already
    Status status = m_db.commit();
    if (status)
        m_active = false; // on failure the transaction is still open and the destructor rolls it back
    return status;
}

} // namespace chibo
