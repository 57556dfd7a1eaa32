// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Labels.h"

namespace chibo {

QString Labels::of(OrgKind value)
{
    switch (value) {
    case OrgKind::UpperCommittee: return tr("Upper-level Party committee");
    case OrgKind::GrassrootsCommittee: return tr("Grassroots Party committee");
    case OrgKind::GrassrootsCell: return tr("Grassroots Party cell");
    case OrgKind::SubordinateCell: return tr("Subordinate Party cell");
    case OrgKind::PartyGroup: return tr("Party group");
    }
    return {};
}

QString Labels::of(CellType value)
{
    switch (value) {
    case CellType::Residential: return tr("Residential area or village");
    case CellType::Agency: return tr("Agency");
    case CellType::Enterprise: return tr("Enterprise");
    case CellType::School: return tr("School");
    case CellType::Hospital: return tr("Hospital or health station");
    case CellType::ArmedForces: return tr("Armed forces");
    case CellType::Other: return tr("Other");
    }
    return {};
}

QString Labels::of(Sex value)
{
    return value == Sex::Male ? tr("Male") : tr("Female");
}

QString Labels::of(StatusEventKind value)
{
    switch (value) {
    case StatusEventKind::Admitted: return tr("Admitted (probationary)");
    case StatusEventKind::Recognised: return tr("Recognised as full member");
    case StatusEventKind::ExemptionStarted: return tr("Exempted from Party work and activities");
    case StatusEventKind::ExemptionEnded: return tr("Exemption ended");
    case StatusEventKind::Suspended: return tr("Party activities suspended");
    case StatusEventKind::SuspensionLifted: return tr("Suspension lifted");
    case StatusEventKind::TransferredInOfficial: return tr("Transferred in (official)");
    case StatusEventKind::TransferredOutOfficial: return tr("Transferred out (official)");
    case StatusEventKind::TransferredInTemporary: return tr("Transferred in (temporary)");
    case StatusEventKind::TransferredOutTemporary: return tr("Transferred out (temporary)");
    case StatusEventKind::ReturnedFromTemporary: return tr("Returned from temporary transfer");
    case StatusEventKind::Removed: return tr("Removed from the rolls");
    case StatusEventKind::Expelled: return tr("Expelled");
    case StatusEventKind::Resigned: return tr("Left the Party at own request");
    case StatusEventKind::Deceased: return tr("Deceased");
    }
    return {};
}

QString Labels::of(CellMembership::Kind value)
{
    return value == CellMembership::Kind::Official ? tr("Official") : tr("Temporary");
}

QString Labels::of(Position value)
{
    switch (value) {
    case Position::Secretary: return tr("Secretary");
    case Position::DeputySecretary: return tr("Deputy secretary");
    case Position::CommitteeMember: return tr("Committee member");
    case Position::GroupLeader: return tr("Party group leader");
    case Position::GroupDeputyLeader: return tr("Party group deputy leader");
    }
    return {};
}

QString Labels::of(MeetingKind value)
{
    switch (value) {
    case MeetingKind::Regular: return tr("Regular");
    case MeetingKind::Thematic: return tr("Thematic");
    case MeetingKind::Combined: return tr("Regular and thematic");
    case MeetingKind::Extraordinary: return tr("Extraordinary");
    }
    return {};
}

QString Labels::of(Role value)
{
    switch (value) {
    case Role::Admin: return tr("Administrator");
    case Role::Secretary: return tr("Cell secretary");
    case Role::CommitteeMember: return tr("Committee member", "session role");
    case Role::Viewer: return tr("Viewer");
    }
    return {};
}

QString Labels::of(MeetingState value)
{
    switch (value) {
    case MeetingState::Draft: return tr("Draft");
    case MeetingState::Held: return tr("Held");
    case MeetingState::MinutesApproved: return tr("Minutes approved");
    case MeetingState::Locked: return tr("Locked");
    }
    return {};
}

QString Labels::of(AttendanceStatus value)
{
    switch (value) {
    case AttendanceStatus::Present: return tr("Present");
    case AttendanceStatus::Late: return tr("Late");
    case AttendanceStatus::LeftEarly: return tr("Left early");
    case AttendanceStatus::AbsentExcused: return tr("Absent with reason");
    case AttendanceStatus::AbsentUnexcused: return tr("Absent without reason");
    }
    return {};
}

QString Labels::of(AbsenceReason value)
{
    switch (value) {
    case AbsenceReason::None: return {};
    case AbsenceReason::Sick: return tr("Illness");
    case AbsenceReason::Work: return tr("Work");
    case AbsenceReason::Travel: return tr("Away from home");
    case AbsenceReason::Family: return tr("Family matters");
    case AbsenceReason::Maternity: return tr("Maternity");
    case AbsenceReason::Other: return tr("Other reason");
    }
    return {};
}

QString Labels::of(TargetKind value)
{
    switch (value) {
    case TargetKind::Task: return tr("Task");
    case TargetKind::Admission: return tr("New members to admit");
    case TargetKind::AwarenessClass: return tr("Candidates for the Party awareness class");
    }
    return {};
}

QString Labels::of(TargetStatus value)
{
    switch (value) {
    case TargetStatus::Open: return tr("In progress");
    case TargetStatus::Done: return tr("Done");
    case TargetStatus::Exceeded: return tr("Exceeded");
    case TargetStatus::Missed: return tr("Not met");
    case TargetStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString Labels::of(DisciplineSubject value)
{
    switch (value) {
    case DisciplineSubject::Member: return tr("Member");
    case DisciplineSubject::Committee: return tr("Cell committee");
    case DisciplineSubject::Organisation: return tr("Party organisation");
    }
    return {};
}

QString Labels::of(DisciplineForm value)
{
    switch (value) {
    case DisciplineForm::Reprimand: return tr("Reprimand");
    case DisciplineForm::Warning: return tr("Warning");
    case DisciplineForm::RemovalFromPost: return tr("Removal from post");
    case DisciplineForm::Expulsion: return tr("Expulsion");
    case DisciplineForm::Dissolution: return tr("Dissolution");
    }
    return {};
}

QString Labels::of(LeaveKind value)
{
    switch (value) {
    case LeaveKind::Sick: return tr("Sick leave");
    case LeaveKind::Maternity: return tr("Maternity leave");
    case LeaveKind::Other: return tr("Other leave");
    }
    return {};
}

QString Labels::of(DuesState value)
{
    switch (value) {
    case DuesState::Paid: return tr("Paid");
    case DuesState::Unpaid: return tr("Unpaid");
    case DuesState::Exempt: return tr("Exempt");
    }
    return {};
}

QString Labels::of(ViolationKind value)
{
    switch (value) {
    case ViolationKind::SocialEvils: return tr("Social evils");
    case ViolationKind::TrafficLaw: return tr("Traffic law violation");
    case ViolationKind::PawningIdentityPapers: return tr("Pawning identity papers");
    case ViolationKind::Other: return tr("Other violation");
    }
    return {};
}

QString Labels::of(Standing value)
{
    switch (value) {
    case Standing::NotMember: return tr("Not yet a member");
    case Standing::Probationary: return tr("Probationary member");
    case Standing::Full: return tr("Full member");
    case Standing::Left: return tr("No longer a member here");
    }
    return {};
}

QString Labels::of(NotExpectedReason value)
{
    switch (value) {
    case NotExpectedReason::None: return tr("Expected");
    case NotExpectedReason::NotYetAdmitted: return tr("Not yet admitted");
    case NotExpectedReason::Left: return tr("No longer a member here");
    case NotExpectedReason::Exempt: return tr("Exempt from Party work and activities");
    case NotExpectedReason::Suspended: return tr("Party activities suspended");
    case NotExpectedReason::AwayTemporarily: return tr("Temporarily transferred elsewhere");
    case NotExpectedReason::NotInCell: return tr("Registered in another cell");
    }
    return {};
}

QString Labels::of(const MemberState& state)
{
    if (state.standing == Standing::Left) {
        switch (state.leftBy) {
        case LeaveReason::TransferredOut: return tr("Transferred out");
        case LeaveReason::Removed: return tr("Removed from the rolls");
        case LeaveReason::Expelled: return tr("Expelled");
        case LeaveReason::Resigned: return tr("Left the Party at own request");
        case LeaveReason::Deceased: return tr("Deceased");
        case LeaveReason::None: break;
        }
    }
    QString text = of(state.standing);
    if (state.exempt)
        text += tr(", exempt");
    if (state.suspended)
        text += tr(", suspended");
    if (state.temporarilyAway)
        text += tr(", temporarily away");
    return text;
}

} // namespace chibo
