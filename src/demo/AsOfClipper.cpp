// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/AsOfClipper.h"

#include "core/MemberTimeline.h"

namespace chibo {

AsOfClipper::AsOfClipper(QDate asOf, const QList<Organisation>& organisations)
    : m_asOf(asOf)
{
    for (const Organisation& org : organisations)
        m_cellTypes.insert(org.id, org.cellType);
}

bool AsOfClipper::clip(Member& member) const
{
    member.statusEvents.removeIf([this](const StatusEvent& e) { return e.date > m_asOf; });
    const bool admitted =
        std::any_of(member.statusEvents.begin(), member.statusEvents.end(),
                    [](const StatusEvent& e) { return e.kind == StatusEventKind::Admitted; });
    if (!admitted)
        return false;
    member.memberships.removeIf([this](const CellMembership& m) { return m.from > m_asOf; });
    for (CellMembership& period : member.memberships) {
        if (period.to.isValid() && period.to > m_asOf)
            period.to = {};
    }
    member.positions.removeIf([this](const PositionTerm& p) { return p.from > m_asOf; });
    for (PositionTerm& term : member.positions) {
        if (term.to.isValid() && term.to > m_asOf)
            term.to = {};
    }
    if (member.officialDate.isValid() && member.officialDate > m_asOf) {
        member.officialDate = {};
        member.partyCardNumber.clear();
    }
    // The self-review form follows the unit the member works in on asOf (or last worked in).
    const MemberTimeline timeline(member);
    QUuid cell = timeline.attendingCellOn(m_asOf);
    if (cell.isNull() && !member.memberships.isEmpty())
        cell = member.memberships.last().orgId;
    if (!cell.isNull())
        member.worksInPoliticalSystem =
            m_cellTypes.value(cell, CellType::Residential) != CellType::Residential;
    return true;
}

void AsOfClipper::clip(Organisation& organisation) const
{
    organisation.terms.removeIf([this](const OrgTerm& term) { return term.from > m_asOf; });
}

} // namespace chibo
