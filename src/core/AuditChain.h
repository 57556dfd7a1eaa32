// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditEntry.h"

#include <QByteArray>

namespace chibo {

/// The hash that chains audit entries: SHA-256 over every field of the entry, each written as its length
/// and its bytes (so no two different entries read alike), followed by the previous entry's hash. Storage
/// computes it when appending; verification recomputes it for every row.
class AuditChain {
public:
    /// Lower-case hex SHA-256 of `entry` (its sequence, time, user, action, subject, organisation, summary,
    /// before, after and previousHash; not its own hash).
    static QByteArray hashOf(const AuditEntry& entry);
};

} // namespace chibo
