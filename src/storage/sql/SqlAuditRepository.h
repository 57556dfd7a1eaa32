// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// AuditRepository in portable SQL over audit_log.
class SqlAuditRepository final : public AuditRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlAuditRepository)

public:
    explicit SqlAuditRepository(Database& db)
        : m_db(db)
    {}

    Result<AuditEntry> append(AuditEntry entry) override;
    Result<QList<AuditEntry>> latest(int limit) const override;
    Status each(const std::function<Status(const AuditEntry&)>& onEntry) const override;

private:
    /// append() inside its transaction: reads the last entry, then inserts `entry` after it.
    Result<AuditEntry> appendAfterLast(AuditEntry entry, const QString& format);
    Status select(const QString& tail, const QVariantList& values,
                  const std::function<Status(const AuditEntry&)>& onEntry) const;

    Database& m_db;
};

} // namespace chibo
