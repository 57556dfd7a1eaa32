// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberListing.h"

#include "core/Dataset.h"
#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "core/OrgTree.h"
#include "core/PersonNameOrder.h"
#include "core/VietnameseText.h"
#include "services/Workspace.h"

#include <QStringList>

#include <algorithm>

namespace chibo {

QList<MemberRow> MemberListing::fromDataset(const Dataset& data, QDate day, const QString& search)
{
    const OrgTree tree(data.organisations);
    QList<MemberRow> rows;
    rows.reserve(data.members.size());
    for (const Member& member : data.members) {
        if (!search.trimmed().isEmpty() && !VietnameseText::matches(member.fullName, search))
            continue;
        const MemberTimeline timeline(member);
        MemberRow row{member, timeline.stateOn(day), timeline.cellOfRecordOn(day), {}, {}};
        if (const Organisation* cell = tree.find(row.cellId))
            row.cellName = cell->name;
        QStringList positions;
        for (const PositionTerm& term : timeline.positionsOn(day))
            positions.append(Labels::of(term.position));
        row.positions = positions.join(QStringLiteral(", "));
        rows.append(std::move(row));
    }
    const PersonNameOrder order;
    std::stable_sort(rows.begin(), rows.end(), [&order](const MemberRow& a, const MemberRow& b) {
        return order.compare(a.member.sortGivenName(), a.member.fullName, b.member.sortGivenName(),
                             b.member.fullName) < 0;
    });
    return rows;
}

Result<QList<MemberRow>> MemberListing::build(const Workspace& workspace, const QUuid& rootId, QDate day,
                                              const QString& search)
{
    const auto data = workspace.storage().loadSubtree(rootId);
    if (!data)
        return data.error();
    return fromDataset(*data, day, search);
}

} // namespace chibo
