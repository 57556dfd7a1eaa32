// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/MemberRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// MemberRepository in portable SQL: every read is the same four queries over a member scope.
class SqlMemberRepository final : public MemberRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlMemberRepository)

public:
    explicit SqlMemberRepository(Database& db)
        : m_db(db)
    {}

    Result<QList<Member>> registeredIn(const QList<QUuid>& orgIds) const override;
    /// MemberListReader over the same scope as registeredIn().
    Result<QList<Member>> listedIn(const QList<QUuid>& orgIds) const override;
    Result<QList<Member>> all() const override;
    Result<std::optional<Member>> find(const QUuid& id) const override;
    /// One query over members.search_key, one LIKE per word; ids ordered by folded name, then id.
    Result<QList<QUuid>> search(const QString& query) const override;
    Result<MemberReferences> referencesTo(const QUuid& id) const override;
    Status insert(const Member& member) override;
    std::unique_ptr<MemberInserter> inserter() override;
    Status update(const Member& member) override;
    /// Removes the member with histories and personal records (dues, leave, violations, assignments,
    /// disciplines and commendations of the member); refused while meetings or targets refer to them.
    Status remove(const QUuid& id) override;

private:
    Database& m_db;
};

} // namespace chibo
