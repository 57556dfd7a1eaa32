// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/TrashRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// TrashRepository in portable SQL over deleted_records. Listing by organisation joins the organisation
/// scope (ScopeTables) on the stored organisation uuid.
class SqlTrashRepository final : public TrashRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlTrashRepository)

public:
    explicit SqlTrashRepository(Database& db)
        : m_db(db)
    {}

    Status add(const TrashEntry& entry) override;
    Result<QList<TrashEntry>> entries(const QList<QUuid>& orgIds) const override;
    Result<std::optional<TrashEntry>> find(const QUuid& id) const override;
    Status remove(const QUuid& id) override;

private:
    /// Entries matching `where` (SQL over alias d), newest first; with or without their payloads.
    Result<QList<TrashEntry>> select(const QString& where, const QVariantList& values, bool payload) const;

    Database& m_db;
};

} // namespace chibo
