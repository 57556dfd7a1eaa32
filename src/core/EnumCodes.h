// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attendance.h"
#include "core/CellMembership.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Organisation.h"
#include "core/PositionTerm.h"
#include "core/ScoreCard.h"
#include "core/Session.h"
#include "core/StatusEvent.h"
#include "core/Target.h"
#include "core/Violation.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace chibo {

/// The stable text code of each enumerator, shared by the database and the dataset format.
/// Changing a code is a schema and format change.
template <typename E>
struct EnumCodes;

#define CHIBO_ENUM_CODES(Enum, ...)                                                                          \
    template <>                                                                                              \
    struct EnumCodes<Enum> {                                                                                 \
        static constexpr auto entries = std::to_array<std::pair<Enum, const char16_t*>>({__VA_ARGS__});      \
    };

CHIBO_ENUM_CODES(OrgKind, {OrgKind::UpperCommittee, u"upper_committee"},
                 {OrgKind::GrassrootsCommittee, u"grassroots_committee"},
                 {OrgKind::GrassrootsCell, u"grassroots_cell"},
                 {OrgKind::SubordinateCell, u"subordinate_cell"}, {OrgKind::PartyGroup, u"party_group"})
CHIBO_ENUM_CODES(CellType, {CellType::Residential, u"residential"}, {CellType::Agency, u"agency"},
                 {CellType::Enterprise, u"enterprise"}, {CellType::School, u"school"},
                 {CellType::Hospital, u"hospital"}, {CellType::ArmedForces, u"armed_forces"},
                 {CellType::Other, u"other"})
CHIBO_ENUM_CODES(Sex, {Sex::Male, u"male"}, {Sex::Female, u"female"})
CHIBO_ENUM_CODES(StatusEventKind, {StatusEventKind::Admitted, u"admitted"},
                 {StatusEventKind::Recognised, u"recognised"},
                 {StatusEventKind::ExemptionStarted, u"exemption_started"},
                 {StatusEventKind::ExemptionEnded, u"exemption_ended"},
                 {StatusEventKind::Suspended, u"suspended"},
                 {StatusEventKind::SuspensionLifted, u"suspension_lifted"},
                 {StatusEventKind::TransferredInOfficial, u"transferred_in_official"},
                 {StatusEventKind::TransferredOutOfficial, u"transferred_out_official"},
                 {StatusEventKind::TransferredInTemporary, u"transferred_in_temporary"},
                 {StatusEventKind::TransferredOutTemporary, u"transferred_out_temporary"},
                 {StatusEventKind::ReturnedFromTemporary, u"returned_from_temporary"},
                 {StatusEventKind::Removed, u"removed"}, {StatusEventKind::Expelled, u"expelled"},
                 {StatusEventKind::Resigned, u"resigned"}, {StatusEventKind::Deceased, u"deceased"})
CHIBO_ENUM_CODES(CellMembership::Kind, {CellMembership::Kind::Official, u"official"},
                 {CellMembership::Kind::Temporary, u"temporary"})
CHIBO_ENUM_CODES(Position, {Position::Secretary, u"secretary"},
                 {Position::DeputySecretary, u"deputy_secretary"},
                 {Position::CommitteeMember, u"committee_member"}, {Position::GroupLeader, u"group_leader"},
                 {Position::GroupDeputyLeader, u"group_deputy_leader"})
CHIBO_ENUM_CODES(MeetingKind, {MeetingKind::Regular, u"regular"}, {MeetingKind::Thematic, u"thematic"},
                 {MeetingKind::Combined, u"combined"}, {MeetingKind::Extraordinary, u"extraordinary"})
CHIBO_ENUM_CODES(MeetingState, {MeetingState::Draft, u"draft"}, {MeetingState::Held, u"held"},
                 {MeetingState::MinutesApproved, u"minutes_approved"}, {MeetingState::Locked, u"locked"})
CHIBO_ENUM_CODES(Role, {Role::Admin, u"admin"}, {Role::Secretary, u"secretary"},
                 {Role::CommitteeMember, u"committee_member"}, {Role::Viewer, u"viewer"})
CHIBO_ENUM_CODES(AttendanceStatus, {AttendanceStatus::Present, u"present"}, {AttendanceStatus::Late, u"late"},
                 {AttendanceStatus::LeftEarly, u"left_early"},
                 {AttendanceStatus::AbsentExcused, u"absent_excused"},
                 {AttendanceStatus::AbsentUnexcused, u"absent_unexcused"})
CHIBO_ENUM_CODES(AbsenceReason, {AbsenceReason::None, u"none"}, {AbsenceReason::Sick, u"sick"},
                 {AbsenceReason::Work, u"work"}, {AbsenceReason::Travel, u"travel"},
                 {AbsenceReason::Family, u"family"}, {AbsenceReason::Maternity, u"maternity"},
                 {AbsenceReason::Other, u"other"})
CHIBO_ENUM_CODES(TargetKind, {TargetKind::Task, u"task"}, {TargetKind::Admission, u"admission"},
                 {TargetKind::AwarenessClass, u"awareness_class"})
CHIBO_ENUM_CODES(TargetStatus, {TargetStatus::Open, u"open"}, {TargetStatus::Done, u"done"},
                 {TargetStatus::Exceeded, u"exceeded"}, {TargetStatus::Missed, u"missed"},
                 {TargetStatus::Cancelled, u"cancelled"})
CHIBO_ENUM_CODES(DisciplineSubject, {DisciplineSubject::Member, u"member"},
                 {DisciplineSubject::Committee, u"committee"},
                 {DisciplineSubject::Organisation, u"organisation"})
CHIBO_ENUM_CODES(DisciplineForm, {DisciplineForm::Reprimand, u"reprimand"},
                 {DisciplineForm::Warning, u"warning"},
                 {DisciplineForm::RemovalFromPost, u"removal_from_post"},
                 {DisciplineForm::Expulsion, u"expulsion"}, {DisciplineForm::Dissolution, u"dissolution"})
CHIBO_ENUM_CODES(LeaveKind, {LeaveKind::Sick, u"sick"}, {LeaveKind::Maternity, u"maternity"},
                 {LeaveKind::Other, u"other"})
CHIBO_ENUM_CODES(DuesState, {DuesState::Paid, u"paid"}, {DuesState::Unpaid, u"unpaid"},
                 {DuesState::Exempt, u"exempt"})
CHIBO_ENUM_CODES(ViolationKind, {ViolationKind::SocialEvils, u"social_evils"},
                 {ViolationKind::TrafficLaw, u"traffic_law"},
                 {ViolationKind::PawningIdentityPapers, u"pawning_identity_papers"},
                 {ViolationKind::Other, u"other"})

CHIBO_ENUM_CODES(SubjectKind, {SubjectKind::Meeting, u"meeting"}, {SubjectKind::MemberYear, u"member_year"},
                 {SubjectKind::OrganisationMonth, u"organisation_month"},
                 {SubjectKind::OrganisationYear, u"organisation_year"})
CHIBO_ENUM_CODES(Truth, {Truth::False, u"false"}, {Truth::True, u"true"}, {Truth::Unknown, u"unknown"})
CHIBO_ENUM_CODES(IndicatorOutcome, {IndicatorOutcome::Pass, u"pass"}, {IndicatorOutcome::Fail, u"fail"},
                 {IndicatorOutcome::Info, u"info"}, {IndicatorOutcome::Missing, u"missing"},
                 {IndicatorOutcome::NotApplicable, u"not_applicable"})
CHIBO_ENUM_CODES(Reason::Kind, {Reason::Kind::Rule, u"rule"}, {Reason::Kind::Exception, u"exception"},
                 {Reason::Kind::Cap, u"cap"}, {Reason::Kind::NotRated, u"not_rated"},
                 {Reason::Kind::Quota, u"quota"})
CHIBO_ENUM_CODES(ScoreValue::Type, {ScoreValue::Type::Missing, u"missing"},
                 {ScoreValue::Type::Number, u"number"}, {ScoreValue::Type::Boolean, u"boolean"},
                 {ScoreValue::Type::Code, u"code"})

#undef CHIBO_ENUM_CODES

template <typename E>
QString codeOf(E value)
{
    for (const auto& [enumerator, code] : EnumCodes<E>::entries) {
        if (enumerator == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromCode(QStringView code)
{
    for (const auto& [enumerator, text] : EnumCodes<E>::entries) {
        if (code == QStringView(text))
            return enumerator;
    }
    return std::nullopt;
}

template <typename E>
QStringList allCodes()
{
    QStringList codes;
    for (const auto& entry : EnumCodes<E>::entries)
        codes.append(QString::fromUtf16(entry.second));
    return codes;
}

} // namespace chibo
