// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MemberTimeline.h"

#include <QCoreApplication>

#include <algorithm>

namespace chibo {

namespace {

void apply(MemberState& state, Standing& standingBeforeLeaving, StatusEventKind kind)
{
    const auto leave = [&](LeaveReason reason) {
        if (state.standing != Standing::Left)
            standingBeforeLeaving = state.standing;
        state.standing = Standing::Left;
        state.leftBy = reason;
    };
    switch (kind) {
    case StatusEventKind::Admitted: state.standing = Standing::Probationary; break;
    case StatusEventKind::Recognised: state.standing = Standing::Full; break;
    case StatusEventKind::ExemptionStarted: state.exempt = true; break;
    case StatusEventKind::ExemptionEnded: state.exempt = false; break;
    case StatusEventKind::Suspended: state.suspended = true; break;
    case StatusEventKind::SuspensionLifted: state.suspended = false; break;
    case StatusEventKind::TransferredInOfficial:
    case StatusEventKind::TransferredInTemporary:
        if (state.standing == Standing::Left && state.leftBy == LeaveReason::TransferredOut) {
            state.standing = standingBeforeLeaving;
            state.leftBy = LeaveReason::None;
        }
        break;
    case StatusEventKind::TransferredOutOfficial: leave(LeaveReason::TransferredOut); break;
    case StatusEventKind::TransferredOutTemporary: state.temporarilyAway = true; break;
    case StatusEventKind::ReturnedFromTemporary: state.temporarilyAway = false; break;
    case StatusEventKind::Removed: leave(LeaveReason::Removed); break;
    case StatusEventKind::Expelled: leave(LeaveReason::Expelled); break;
    case StatusEventKind::Resigned: leave(LeaveReason::Resigned); break;
    case StatusEventKind::Deceased: leave(LeaveReason::Deceased); break;
    }
}

} // namespace

MemberTimeline::MemberTimeline(const Member& member)
    : m_member(member)
    , m_events(member.statusEvents)
{
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const StatusEvent& a, const StatusEvent& b) { return a.date < b.date; });
}

MemberState MemberTimeline::stateOn(QDate day) const
{
    MemberState state;
    Standing before = Standing::NotMember;
    for (const StatusEvent& event : m_events) {
        if (event.date > day)
            break;
        apply(state, before, event.kind);
    }
    return state;
}

QUuid MemberTimeline::attendingCellOn(QDate day) const
{
    QUuid official;
    for (const CellMembership& period : m_member.memberships) {
        if (!period.covers(day))
            continue;
        if (period.kind == CellMembership::Kind::Temporary)
            return period.orgId;
        official = period.orgId;
    }
    return official;
}

QUuid MemberTimeline::officialCellOn(QDate day) const
{
    for (const CellMembership& period : m_member.memberships) {
        if (period.kind == CellMembership::Kind::Official && period.covers(day))
            return period.orgId;
    }
    return {};
}

QUuid MemberTimeline::cellOfRecordOn(QDate day) const
{
    const QUuid attending = attendingCellOn(day);
    if (!attending.isNull())
        return attending;
    const CellMembership* latest = nullptr;
    for (const CellMembership& period : m_member.memberships) {
        if (period.from <= day && (!latest || period.from > latest->from))
            latest = &period;
    }
    return latest ? latest->orgId : QUuid();
}

NotExpectedReason MemberTimeline::expectationAt(const QUuid& cellId, QDate day) const
{
    const MemberState state = stateOn(day);
    if (state.standing == Standing::NotMember)
        return NotExpectedReason::NotYetAdmitted;
    if (state.standing == Standing::Left)
        return NotExpectedReason::Left;
    if (state.exempt)
        return NotExpectedReason::Exempt;
    if (state.suspended)
        return NotExpectedReason::Suspended;
    const QUuid attending = attendingCellOn(day);
    if (state.temporarilyAway && attending == officialCellOn(day))
        return NotExpectedReason::AwayTemporarily;
    return attending == cellId && !cellId.isNull() ? NotExpectedReason::None : NotExpectedReason::NotInCell;
}

bool MemberTimeline::holdsPostOn(QDate day) const
{
    return std::any_of(m_member.positions.begin(), m_member.positions.end(),
                       [day](const PositionTerm& term) { return term.covers(day); });
}

QList<PositionTerm> MemberTimeline::positionsOn(QDate day) const
{
    QList<PositionTerm> held;
    for (const PositionTerm& term : m_member.positions) {
        if (term.covers(day))
            held.append(term);
    }
    return held;
}

QDate MemberTimeline::admittedOn() const
{
    for (const StatusEvent& event : m_events) {
        if (event.kind == StatusEventKind::Admitted)
            return event.date;
    }
    return {};
}

Diagnostics MemberTimeline::check() const
{
    Diagnostics found;
    const auto report = [&](const QString& code, const QString& message) {
        found.append({Diagnostic::Severity::Error, code, message, m_member.id, {}});
    };
    Standing standing = Standing::NotMember;
    for (const StatusEvent& event : m_events) {
        if (event.kind == StatusEventKind::Recognised && standing != Standing::Probationary)
            report(QStringLiteral("member.recognised-without-probation"),
                   tr("%1 is recognised as a full member on %2 without being probationary before.")
                       .arg(m_member.fullName, event.date.toString(u"dd/MM/yyyy")));
        if (event.kind == StatusEventKind::Admitted && standing != Standing::NotMember)
            report(QStringLiteral("member.admitted-twice"),
                   tr("%1 is admitted on %2 while already a member.")
                       .arg(m_member.fullName, event.date.toString(u"dd/MM/yyyy")));
        if (event.kind == StatusEventKind::Admitted)
            standing = Standing::Probationary;
        else if (event.kind == StatusEventKind::Recognised)
            standing = Standing::Full;
    }
    for (qsizetype i = 0; i < m_member.memberships.size(); ++i) {
        const CellMembership& a = m_member.memberships[i];
        if (a.to.isValid() && a.to < a.from)
            report(QStringLiteral("member.membership-ends-before-start"),
                   tr("%1 has a cell registration that ends before it starts (%2).")
                       .arg(m_member.fullName, a.from.toString(u"dd/MM/yyyy")));
        for (qsizetype j = i + 1; j < m_member.memberships.size(); ++j) {
            const CellMembership& b = m_member.memberships[j];
            const bool overlap = a.covers(b.from) || b.covers(a.from);
            if (overlap && a.kind == b.kind)
                report(QStringLiteral("member.memberships-overlap"),
                       tr("%1 has two %2 cell registrations that overlap (from %3 and from %4).")
                           .arg(m_member.fullName,
                                a.kind == CellMembership::Kind::Official ? tr("official") : tr("temporary"),
                                a.from.toString(u"dd/MM/yyyy"), b.from.toString(u"dd/MM/yyyy")));
        }
    }
    return found;
}

} // namespace chibo
