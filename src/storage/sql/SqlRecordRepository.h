// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// RecordRepository in portable SQL. Each read sets the member and organisation scopes (ScopeTables) and
/// runs one query.
class SqlRecordRepository final : public RecordRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlRecordRepository)

public:
    explicit SqlRecordRepository(Database& db)
        : m_db(db)
    {}

    Result<QList<Target>> targets(const QList<QUuid>& orgIds) const override;
    Result<std::optional<Target>> findTarget(const QUuid& id) const override;
    Result<QList<Target>> targetsSetBy(const QUuid& meetingId) const override;
    Result<QList<Target>> openTargets(const QUuid& orgId, QDate day) const override;
    Result<QList<Assignment>> assignments(const QList<QUuid>& memberIds) const override;
    Result<QList<Discipline>> disciplines(const QList<QUuid>& memberIds,
                                          const QList<QUuid>& orgIds) const override;
    Result<QList<Leave>> leaves(const QList<QUuid>& memberIds) const override;
    Result<QList<DuesRecord>> dues(const QList<QUuid>& memberIds) const override;
    Result<QList<Violation>> violations(const QList<QUuid>& memberIds) const override;
    Result<QList<Commendation>> commendations(const QList<QUuid>& memberIds,
                                              const QList<QUuid>& orgIds) const override;

    Status insert(const Target& record) override;
    Status insert(const Assignment& record) override;
    Status insert(const Discipline& record) override;
    Status insert(const Leave& record) override;
    Status insert(const DuesRecord& record) override;
    Status insert(const Violation& record) override;
    Status insert(const Commendation& record) override;

    Status update(const Target& record) override;
    Status update(const Assignment& record) override;
    Status update(const Discipline& record) override;
    Status update(const Leave& record) override;
    Status upsert(const DuesRecord& record) override;
    Status update(const Violation& record) override;
    Status update(const Commendation& record) override;

    /// Looks in targets, assignments, disciplines, leave, violations and commendations, in that order.
    /// Dues have no id: they are replaced with upsert() and removed with removeDues().
    Status remove(const QUuid& id) override;
    Status removeTargetsSetBy(const QUuid& meetingId) override;
    Status removeDues(const QUuid& memberId, YearMonth month) override;

private:
    Database& m_db;
};

} // namespace chibo
