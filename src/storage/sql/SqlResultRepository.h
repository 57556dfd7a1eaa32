// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ResultRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// ResultRepository in portable SQL: the organisations of a call go into the UuidScope, so a replace
/// costs one DELETE per period and one prepared INSERT reused for every result.
class SqlResultRepository final : public ResultRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlResultRepository)

public:
    explicit SqlResultRepository(Database& db)
        : m_db(db)
    {}

    Status replaceResults(const QString& criteriaId, const QStringList& periods, const QList<QUuid>& orgIds,
                          const QList<StoredResult>& results) override;
    Status replaceResultsFrom(const QString& criteriaId, const QStringList& periods,
                              const QList<QUuid>& orgIds, const ResultSource& next) override;
    Result<QList<StoredResult>> results(const QString& criteriaId, const QString& period,
                                        const QList<QUuid>& orgIds) const override;
    Result<std::optional<StoredResult>> resultFor(const QString& criteriaId, const QUuid& subjectId,
                                                  const QString& period) const override;

private:
    Result<QList<StoredResult>> query(const QString& criteriaId, const QString& period,
                                      const QList<QUuid>& orgIds, const QUuid& subjectId) const;
    Status replace(const QString& criteriaId, const QStringList& periods, const QList<QUuid>& orgIds,
                   const ResultSource& next);
    Status check(const QString& criteriaId, const StoredResult& result) const;

    Database& m_db;
};

} // namespace chibo
