// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Result.h"
#include "storage/MemberInserter.h"
#include "storage/MemberReferences.h"

#include <QList>
#include <QUuid>

#include <memory>
#include <optional>

namespace chibo {

/// Members with their status, cell and position histories, loaded in bulk (a fixed number of queries
/// whatever the number of members). Writes join the caller's transaction.
class MemberRepository {
public:
    virtual ~MemberRepository() = default;
    /// Members who have ever been registered in any of `orgIds`, each with all of their histories.
    virtual Result<QList<Member>> registeredIn(const QList<QUuid>& orgIds) const = 0;
    /// The same members with only what a list of them shows and derives (status, cell and positions on
    /// a day): no personal details, notes or decisions, no ids of history entries. Much faster and
    /// smaller for a province; never records to edit or save (find() reads those).
    virtual Result<QList<Member>> listedIn(const QList<QUuid>& orgIds) const = 0;
    virtual Result<QList<Member>> all() const = 0;
    virtual Result<std::optional<Member>> find(const QUuid& id) const = 0;
    /// Ids of members whose folded name or given name contains every word of the folded query.
    virtual Result<QList<QUuid>> search(const QString& query) const = 0;
    /// What refers to the member and blocks their removal (zero counts when there is no such member).
    /// One query.
    virtual Result<MemberReferences> referencesTo(const QUuid& id) const = 0;
    virtual Status insert(const Member& member) = 0;
    /// For creating many members in one transaction (an import): see MemberInserter.
    virtual std::unique_ptr<MemberInserter> inserter() = 0;
    /// Replaces the record and its histories.
    virtual Status update(const Member& member) = 0;
    virtual Status remove(const QUuid& id) = 0;
};

} // namespace chibo
