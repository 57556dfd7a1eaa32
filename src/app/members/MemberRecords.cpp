// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberRecords.h"

#include "services/Workspace.h"

#include <algorithm>

namespace chibo {

Result<MemberRecords> MemberRecords::load(const Workspace& workspace, const QUuid& memberId)
{
    const Storage& storage = workspace.storage();
    auto found = storage.members().find(memberId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("not_found"),
                     tr("The member is no longer in the database; someone may have deleted them."),
                     memberId.toString(QUuid::WithoutBraces)};
    MemberRecords records;
    records.member = std::move(**found);
    const QList<QUuid> ids{memberId};
    auto disciplines = storage.records().disciplines(ids, {});
    if (!disciplines)
        return disciplines.error();
    auto leaves = storage.records().leaves(ids);
    if (!leaves)
        return leaves.error();
    auto dues = storage.records().dues(ids);
    if (!dues)
        return dues.error();
    auto assignments = storage.records().assignments(ids);
    if (!assignments)
        return assignments.error();
    // Disciplines of a committee the member sat on are the committee's, not the member's.
    for (Discipline& discipline : *disciplines) {
        if (discipline.subject == DisciplineSubject::Member && discipline.memberId == memberId)
            records.disciplines.append(std::move(discipline));
    }
    records.leaves = std::move(leaves).value();
    records.dues = std::move(dues).value();
    records.assignments = std::move(assignments).value();
    // Oldest first, as the tables show them; what is saved is compared by id, not by position.
    std::stable_sort(
        records.disciplines.begin(), records.disciplines.end(),
        [](const Discipline& a, const Discipline& b) { return a.decisionDate < b.decisionDate; });
    std::stable_sort(records.leaves.begin(), records.leaves.end(),
                     [](const Leave& a, const Leave& b) { return a.from < b.from; });
    std::stable_sort(records.dues.begin(), records.dues.end(),
                     [](const DuesRecord& a, const DuesRecord& b) { return a.month < b.month; });
    std::stable_sort(records.assignments.begin(), records.assignments.end(),
                     [](const Assignment& a, const Assignment& b) { return a.from < b.from; });
    return records;
}

} // namespace chibo
