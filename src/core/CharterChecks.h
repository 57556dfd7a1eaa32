// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Diagnostic.h"
#include "core/Member.h"
#include "core/OrgTree.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace chibo {

/// The Party Charter's size rules for organisations, checked on a day. Counting is one pass over the
/// members at construction; each check is then O(1). Returns findings; never throws.
/// - a cell needs at least 3 full members (Charter Art. 24);
/// - a cell committee (chi ủy) only with at least 9 full members, and at most 7 seats (QĐ 29, item 24);
/// - a grassroots organisation with 30 members or more is a đảng bộ cơ sở (Charter Art. 21).
class CharterChecks {
    Q_DECLARE_TR_FUNCTIONS(CharterChecks)

public:
    static constexpr int MinFullMembersPerCell = 3;
    static constexpr int MinFullMembersForCommittee = 9;
    static constexpr int MaxCommitteeSeats = 7;
    static constexpr int MinMembersForGrassrootsCommittee = 30;

    CharterChecks(const OrgTree& tree, const QList<Member>& members, QDate day);

    Diagnostics check(const Organisation& org) const;

private:
    struct Counts {
        int fullMembers = 0;
        int members = 0;
        int committeeSeats = 0;
        int committeeMembers = 0; ///< seats other than secretary and deputy
    };
    void count(const Member& member);

    const OrgTree& m_tree;
    QDate m_day;
    QHash<QUuid, Counts> m_counts;
};

} // namespace chibo
