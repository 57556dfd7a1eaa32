// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/TrashEntry.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace chibo {

/// The recycle bin (table deleted_records, schema v4). Entries are added by a removal and taken out by a
/// restore, both inside the caller's transaction.
class TrashRepository {
public:
    virtual ~TrashRepository() = default;

    /// Adds `entry`; "storage.invalid" when its id, kind, record id, organisation or author is missing.
    virtual Status add(const TrashEntry& entry) = 0;
    /// The entries of the organisations `orgIds` (every entry when empty), newest first, without their
    /// payloads. One query whatever the number of organisations.
    virtual Result<QList<TrashEntry>> entries(const QList<QUuid>& orgIds) const = 0;
    /// One entry with its payload, if it is in the bin.
    virtual Result<std::optional<TrashEntry>> find(const QUuid& id) const = 0;
    /// Takes the entry out of the bin; "storage.not-found" when there is none.
    virtual Status remove(const QUuid& id) = 0;
};

} // namespace chibo
