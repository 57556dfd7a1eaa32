// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/MemberInserter.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/MemberWriter.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// MemberInserter over one MemberWriter and one IdResolver, kept for every member it inserts.
class SqlMemberInserter final : public MemberInserter {
    Q_DECLARE_TR_FUNCTIONS(SqlMemberInserter)

public:
    explicit SqlMemberInserter(const Database& db);

    Status insert(const Member& member) override;

private:
    const Database& m_db;
    IdResolver m_ids;
    MemberWriter m_writer;
};

} // namespace chibo
