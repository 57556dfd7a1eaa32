// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Result.h"

#include <QList>

namespace chibo {

class Database;

/// Loads the members in the member scope (ScopeTables) with only what a list of members shows and
/// derives from the histories: id, names, birth date, sex, phone, the admission dates, and the status
/// events (date and kind), registrations and positions (organisation, dates, kind or post). Personal
/// details, notes, decisions and the histories' own ids are left empty, so these are not records to edit
/// or save (MemberReader reads those). Four queries and one pass, in no particular order; a province's
/// 100,000 members take a fraction of the time and memory of full records.
class MemberListReader {
public:
    explicit MemberListReader(const Database& db)
        : m_db(db)
    {}

    Result<QList<Member>> read() const;

private:
    const Database& m_db;
};

} // namespace chibo
