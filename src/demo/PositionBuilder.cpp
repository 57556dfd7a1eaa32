// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/PositionBuilder.h"

#include "core/EnumCodes.h"
#include "demo/DemoContext.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

PositionBuilder::PositionBuilder(const DemoContext& context, QList<Member>& members)
    : m_context(context)
    , m_members(members)
{
    for (qsizetype i = 0; i < members.size(); ++i)
        m_index.insert(members.at(i).id, i);
}

void PositionBuilder::build()
{
    for (const OrgLayout::Unit& unit : OrgLayout::units()) {
        if (unit.isCell())
            addCellPosts(unit);
    }
    addSeats();
    for (Member& member : m_members)
        std::stable_sort(member.positions.begin(), member.positions.end(),
                         [](const PositionTerm& a, const PositionTerm& b) { return a.from < b.from; });
}

void PositionBuilder::addCellPosts(const OrgLayout::Unit& unit)
{
    const QDate previousEnd = unit.congress2025.addDays(-1);
    const int offset = DemoScript::secretaryChangesIn(unit.key) ? 1 : 0;
    for (int seat = 0; seat < unit.committeeSeats; ++seat) {
        const Position position = seat == 0   ? Position::Secretary
                                  : seat == 1 ? Position::DeputySecretary
                                              : Position::CommitteeMember;
        if (offset == 0) { // re-elected: one term after the other, same holder
            add(seat, unit.key, unit, position, unit.previousCongress, previousEnd);
            add(seat, unit.key, unit, position, unit.congress2025, {});
            continue;
        }
        add(seat, unit.key, unit, position, unit.previousCongress, previousEnd);
        add(seat + offset, unit.key, unit, position, unit.congress2025, {});
    }
}

void PositionBuilder::addSeats()
{
    for (const DemoScript::Seat& seat : DemoScript::seats()) {
        const OrgLayout::Unit* org = OrgLayout::find(seat.org);
        if (!org)
            continue;
        add(seat.slot.index, seat.slot.cell, *org, seat.position, org->previousCongress,
            org->congress2025.addDays(-1));
        add(seat.slot.index, seat.slot.cell, *org, seat.position, org->congress2025, {});
    }
}

void PositionBuilder::add(int slotIndex, const QString& cellKey, const OrgLayout::Unit& org,
                          Position position, QDate from, QDate to)
{
    const DemoScript::Slot slot{cellKey, slotIndex};
    const QUuid memberId = m_context.memberId(slot);
    const auto it = m_index.constFind(memberId);
    if (it == m_index.constEnd())
        return;
    const QString key = DemoContext::memberKey(slot) + u"/position/"_s + org.key + u'/' + codeOf(position) +
                        u'/' + from.toString(Qt::ISODate);
    m_members[*it].positions.append({m_context.ids().of(key), m_context.orgId(org.key), position, from, to});
}

} // namespace chibo
