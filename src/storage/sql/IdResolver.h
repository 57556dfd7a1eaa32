// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/sql/SqlStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <QVariant>

#include <array>
#include <memory>

namespace chibo {

class Database;

/// Turns the uuids the domain uses into the integer ids the tables refer to, during one write operation.
/// Ids of rows written in the same operation are remembered, so a bulk insert looks each one up once. A
/// uuid that names no row is an Error ("storage.missing-reference") that says which record is missing,
/// where a foreign-key failure could not.
class IdResolver {
    Q_DECLARE_TR_FUNCTIONS(IdResolver)

public:
    enum class Kind { Organisation, Member, Meeting, Count };

    explicit IdResolver(const Database& db);
    ~IdResolver();
    IdResolver(const IdResolver&) = delete;
    IdResolver& operator=(const IdResolver&) = delete;

    Result<qint64> require(Kind kind, const QUuid& uuid);
    /// SQL NULL for a null uuid, else the id as require() finds it.
    Result<QVariant> optional(Kind kind, const QUuid& uuid);
    void remember(Kind kind, const QUuid& uuid, qint64 id);
    /// Whether `uuid` was resolved or remembered as `kind` in this operation (no query).
    bool isKnown(Kind kind, const QUuid& uuid) const
    {
        return m_tables[std::size_t(kind)].ids.contains(uuid);
    }

private:
    struct Table {
        std::unique_ptr<SqlStatement> lookup;
        QHash<QUuid, qint64> ids;
    };
    Error missing(Kind kind, const QUuid& uuid) const;

    const Database& m_db;
    std::array<Table, std::size_t(Kind::Count)> m_tables;
};

} // namespace chibo
