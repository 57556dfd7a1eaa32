// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

class Database;

/// Loads the members in the member scope (ScopeTables) with all their histories: four queries (members,
/// status events, registrations, positions) grouped in one pass, in canonical order (DatasetOrder).
class MemberReader {
    Q_DECLARE_TR_FUNCTIONS(MemberReader)

public:
    explicit MemberReader(const Database& db)
        : m_db(db)
    {}

    Result<QList<Member>> read() const;

private:
    const Database& m_db;
};

} // namespace chibo
