// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlMemberInserter.h"

#include "storage/Database.h"

namespace chibo {

SqlMemberInserter::SqlMemberInserter(const Database& db)
    : m_db(db)
    , m_ids(db)
    , m_writer(db, m_ids, SqlStatement::Binding::Native)
{}

Status SqlMemberInserter::insert(const Member& member)
{
    // Outside a transaction every statement would commit on its own, and a failure would leave a part.
    if (m_db.transactionDepth() == 0)
        return Error{QStringLiteral("storage.transaction"),
                     tr("Members are inserted in bulk only inside a transaction."),
                     {}};
    return m_writer.insert(member);
}

} // namespace chibo
