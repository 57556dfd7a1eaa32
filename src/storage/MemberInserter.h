// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Result.h"

namespace chibo {

/// Inserts many new members, one call each, inside the caller's transaction: the statements are prepared
/// once and each organisation's id is looked up once for all of them, and no member gets a savepoint of
/// its own. So a failed insert may leave that member half written: the caller must then roll the whole
/// transaction back, which is what a use case that writes all or nothing does anyway. Refuses
/// ("storage.transaction") outside a transaction. Must not outlive the Database.
class MemberInserter {
public:
    virtual ~MemberInserter() = default;
    /// Writes `member` with its status events, cell registrations and positions, as
    /// MemberRepository::insert does, with the same errors.
    virtual Status insert(const Member& member) = 0;
};

} // namespace chibo
