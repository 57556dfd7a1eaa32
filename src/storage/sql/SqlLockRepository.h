// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/LockRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// LockRepository in portable SQL over locked_years. The partial unique index locked_years_current keeps
/// one current lock per organisation and year.
class SqlLockRepository final : public LockRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlLockRepository)

public:
    explicit SqlLockRepository(Database& db)
        : m_db(db)
    {}

    Status lock(const YearLockEntry& entry) override;
    Status unlock(const QUuid& orgId, int year, const QDateTime& at, const QString& by,
                  const QString& reason) override;
    Result<QList<YearLockEntry>> current(const QList<QUuid>& orgIds, int year) const override;
    Result<QList<YearLockEntry>> history(const QUuid& orgId) const override;

private:
    /// Locks matching `where` (SQL over alias l and its organisation o), in `order`.
    Result<QList<YearLockEntry>> select(const QString& where, const QVariantList& values,
                                        const QString& order) const;

    Database& m_db;
};

} // namespace chibo
