// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/MemberStories.h"

#include "core/EnumCodes.h"
#include "demo/DemoContext.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;
using Kind = DemoScript::Story::Kind;

MemberStories::MemberStories(const DemoContext& context)
    : m_context(context)
{}

void MemberStories::apply(QList<Member>& members) const
{
    for (const DemoScript::Story& story : DemoScript::stories()) {
        const QUuid id = m_context.memberId(story.slot);
        const auto it =
            std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.id == id; });
        if (it != members.end())
            play(*it, story);
    }
}

void MemberStories::play(Member& member, const DemoScript::Story& story) const
{
    switch (story.kind) {
    case Kind::Exempt:
        addEvent(member, StatusEventKind::ExemptionStarted, story.from, story.decision, story.note);
        break;
    case Kind::Removed:
        addEvent(member, StatusEventKind::Removed, story.from, story.decision, story.note);
        closeMembership(member, story.from);
        break;
    case Kind::Deceased:
        addEvent(member, StatusEventKind::Deceased, story.from, story.decision, story.note);
        closeMembership(member, story.from);
        break;
    case Kind::Suspended:
        addEvent(member, StatusEventKind::Suspended, story.from, story.decision, story.note);
        addEvent(member, StatusEventKind::SuspensionLifted, story.to, u"Số 17-QĐ/UBKT"_s,
                 u"Chấm dứt đình chỉ sinh hoạt đảng sau khi kết thúc kiểm tra."_s);
        break;
    case Kind::TemporaryAway:
        addEvent(member, StatusEventKind::TransferredOutTemporary, story.from, story.decision, story.note);
        addEvent(member, StatusEventKind::ReturnedFromTemporary, story.to, {},
                 u"Trở về địa phương, tiếp tục sinh hoạt tại chi bộ."_s);
        break;
    case Kind::TransferWithin:
        closeMembership(member, story.from.addDays(-1));
        member.memberships.append(
            {m_context.ids().of(DemoContext::memberKey(story.slot) + u"/membership/"_s + story.targetCell +
                                u'/' + story.from.toString(Qt::ISODate)),
             m_context.orgId(story.targetCell),
             story.from,
             {},
             CellMembership::Kind::Official});
        break;
    case Kind::TransferIn:
        addEvent(member, StatusEventKind::TransferredInOfficial, story.from, story.decision, story.note);
        replaceMemberships(member, story.slot.cell, story.from, {}, CellMembership::Kind::Official);
        break;
    case Kind::TransferOut:
        addEvent(member, StatusEventKind::TransferredOutOfficial, story.from, story.decision, story.note);
        closeMembership(member, story.from.addDays(-1));
        break;
    case Kind::TemporaryIn:
        addEvent(member, StatusEventKind::TransferredInTemporary, story.from, story.decision, story.note);
        replaceMemberships(member, story.slot.cell, story.from, story.to, CellMembership::Kind::Temporary);
        break;
    }
}

void MemberStories::addEvent(Member& member, StatusEventKind kind, QDate date, const QString& decision,
                             const QString& note) const
{
    const DemoScript::Slot slot = m_context.slotOf(member.id);
    const QUuid id = m_context.ids().of(DemoContext::memberKey(slot) + u"/event/"_s + codeOf(kind) + u'/' +
                                        date.toString(Qt::ISODate));
    member.statusEvents.append({id, date, kind, decision, note});
    std::stable_sort(member.statusEvents.begin(), member.statusEvents.end(),
                     [](const StatusEvent& a, const StatusEvent& b) { return a.date < b.date; });
}

void MemberStories::closeMembership(Member& member, QDate lastDay)
{
    for (CellMembership& period : member.memberships) {
        if (!period.to.isValid() && period.kind == CellMembership::Kind::Official)
            period.to = lastDay;
    }
}

void MemberStories::replaceMemberships(Member& member, const QString& cellKey, QDate from, QDate to,
                                       CellMembership::Kind kind) const
{
    const DemoScript::Slot slot = m_context.slotOf(member.id);
    member.memberships = {{m_context.ids().of(DemoContext::memberKey(slot) + u"/membership/"_s + cellKey +
                                              u'/' + from.toString(Qt::ISODate)),
                           m_context.orgId(cellKey), from, to, kind}};
}

} // namespace chibo
