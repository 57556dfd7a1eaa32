// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CharterChecks.h"

#include "core/MemberTimeline.h"

namespace chibo {

CharterChecks::CharterChecks(const OrgTree& tree, const QList<Member>& members, QDate day)
    : m_tree(tree)
    , m_day(day)
{
    for (const Member& member : members)
        count(member);
}

void CharterChecks::count(const Member& member)
{
    const MemberTimeline timeline(member);
    const MemberState state = timeline.stateOn(m_day);
    if (!state.isMember())
        return;
    for (const PositionTerm& term : timeline.positionsOn(m_day)) {
        if (!term.isCommitteeSeat())
            continue;
        Counts& counts = m_counts[term.orgId];
        ++counts.committeeSeats;
        if (term.position == Position::CommitteeMember)
            ++counts.committeeMembers;
    }
    // A member counts in the cell of the official registration and in every organisation above it.
    for (const Organisation* org : m_tree.lineage(timeline.officialCellOn(m_day))) {
        Counts& counts = m_counts[org->id];
        ++counts.members;
        if (state.standing == Standing::Full)
            ++counts.fullMembers;
    }
}

Diagnostics CharterChecks::check(const Organisation& org) const
{
    Diagnostics found;
    const Counts counts = m_counts.value(org.id);
    const auto add = [&](Diagnostic::Severity severity, const char* code, const QString& message,
                         const char* legalRef) {
        found.append({severity, QString::fromLatin1(code), message, org.id, QString::fromUtf8(legalRef)});
    };
    if (org.isCell() && counts.fullMembers < MinFullMembersPerCell)
        add(Diagnostic::Severity::Warning, "charter.cell-min-full-members",
            tr("%1 has %n full member(s); a cell needs at least 3.", nullptr, counts.fullMembers)
                .arg(org.name),
            "Điều lệ Đảng, Điều 24");
    if (org.isCell() && counts.committeeMembers > 0 && counts.fullMembers < MinFullMembersForCommittee)
        add(Diagnostic::Severity::Warning, "charter.committee-needs-nine",
            tr("%1 has a cell committee but only %n full member(s); a committee is elected only from 9 full "
               "members.",
               nullptr, counts.fullMembers)
                .arg(org.name),
            "Điều lệ Đảng, Điều 24");
    if (org.isCell() && counts.committeeSeats > MaxCommitteeSeats)
        add(Diagnostic::Severity::Warning, "charter.committee-max-seven",
            tr("%1 has %n committee seat(s); a cell committee has at most 7.", nullptr, counts.committeeSeats)
                .arg(org.name),
            "QĐ 24-QĐ/TW, mục 24");
    if (org.kind == OrgKind::GrassrootsCell && counts.members >= MinMembersForGrassrootsCommittee)
        add(Diagnostic::Severity::Warning, "charter.grassroots-cell-too-large",
            tr("%1 has %n member(s); a grassroots organisation with 30 members or more is a grassroots Party "
               "committee.",
               nullptr, counts.members)
                .arg(org.name),
            "Điều lệ Đảng, Điều 21");
    if (org.kind == OrgKind::GrassrootsCommittee && counts.members < MinMembersForGrassrootsCommittee)
        add(Diagnostic::Severity::Info, "charter.grassroots-committee-small",
            tr("%1 has %n member(s); a grassroots Party committee with fewer than 30 members needs the upper "
               "committee's approval.",
               nullptr, counts.members)
                .arg(org.name),
            "Điều lệ Đảng, Điều 21");
    return found;
}

} // namespace chibo
