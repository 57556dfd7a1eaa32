// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Result.h"
#include "storage/sql/SqlStatement.h"

#include <QCoreApplication>

namespace chibo {

class Database;
class IdResolver;

/// Writes members with their status events, cell registrations and positions, each history in list
/// order (its position column), and the folded search key. The prepared statements serve every member
/// of a bulk insert; with SqlStatement::Binding::Native they bind on the back end's own statements.
/// Joins whatever transaction is open.
class MemberWriter {
    Q_DECLARE_TR_FUNCTIONS(MemberWriter)

public:
    MemberWriter(const Database& db, IdResolver& ids,
                 SqlStatement::Binding binding = SqlStatement::Binding::Qt);

    Status insert(const Member& member);
    /// Replaces the row and its histories; "storage.not-found" when the member is not stored.
    Status update(const Member& member);

private:
    static QVariantList values(const Member& member);
    Status writeHistories(qint64 memberId, const Member& member);
    Status writeRegistrations(qint64 memberId, const Member& member);
    Error failed(const QSqlError& error, const Member& member) const;
    Error failed(const Error& cause, const Member& member) const;

    const Database& m_db;
    IdResolver& m_ids;
    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_deleteEvents;
    SqlStatement m_deleteMemberships;
    SqlStatement m_deletePositions;
    SqlStatement m_insertEvent;
    SqlStatement m_insertMembership;
    SqlStatement m_insertPosition;
};

} // namespace chibo
