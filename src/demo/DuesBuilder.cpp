// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DuesBuilder.h"

#include "demo/DemoContext.h"
#include "demo/DemoDates.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

DuesBuilder::DuesBuilder(const DemoContext& context)
    : m_context(context)
{}

QList<DuesRecord> DuesBuilder::build() const
{
    QList<DuesRecord> list;
    const DemoScript::Story& removal = DemoScript::story(DemoScript::Story::Kind::Removed);
    const QUuid removed = m_context.memberId(removal.slot);
    const YearMonth first = YearMonth::of(DemoContext::periodStart());
    for (const Member& member : m_context.data().members) {
        DemoRandom random = m_context.random(u"dues/"_s + m_context.slotOf(member.id).key());
        const qint64 amount = monthlyAmount(member, random);
        const MemberTimeline* timeline = m_context.timeline(member.id);
        for (YearMonth month = first; month <= m_context.lastMonth(); month = month.addMonths(1)) {
            const bool unpaidRoll = random.chance(1); // drawn every month, so streams stay aligned
            if (!activeIn(member, month))
                continue;
            const QDate day = std::min(month.lastDay(), m_context.asOf());
            if (timeline->stateOn(day).exempt || timeline->stateOn(month.firstDay()).exempt) {
                list.append({member.id, month, DuesState::Exempt, 0});
                continue;
            }
            const bool quit = member.id == removed && month >= YearMonth(2025, 6);
            list.append({member.id, month, quit || unpaidRoll ? DuesState::Unpaid : DuesState::Paid, amount});
        }
    }
    return list;
}

bool DuesBuilder::activeIn(const Member& member, YearMonth month) const
{
    const MemberTimeline* timeline = m_context.timeline(member.id);
    const auto activeOn = [&](QDate day) {
        return timeline->stateOn(day).isMember() && !timeline->attendingCellOn(day).isNull();
    };
    return activeOn(month.firstDay()) || activeOn(std::min(month.lastDay(), m_context.asOf()));
}

qint64 DuesBuilder::monthlyAmount(const Member& member, DemoRandom& random)
{
    if (member.worksInPoliticalSystem) { // 1% of the salary: coefficient × 2,340,000 đồng
        const qint64 coefficient = random.between(234, 500); // in hundredths
        return (coefficient * 23400 / 100 + 500) / 1000 * 1000;
    }
    if (DemoDates::age(member.birthDate, DemoContext::periodStart()) >= 60)
        return qint64(random.between(6, 9)) * 5000;
    return 30000;
}

} // namespace chibo
