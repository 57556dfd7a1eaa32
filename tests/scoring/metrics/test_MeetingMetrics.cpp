// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTestKit.h"
#include "core/EnumCodes.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using namespace chibo::test;

namespace {

const QUuid meetingXa = idFor(QStringLiteral("Đảng bộ xã Ea Sin"));
const QUuid meetingEaKring = idFor(QStringLiteral("Chi bộ buôn Ea Kring"));

const QStringList names{
    QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đặng Thị Bình"), QStringLiteral("Y Bhim Niê"),
    QStringLiteral("Lê Văn Cường"),  QStringLiteral("H'Hen Niê"),     QStringLiteral("Trần Thị Dung"),
    QStringLiteral("Hoàng Văn Em"),  QStringLiteral("Phạm Thị Gấm"),  QStringLiteral("Vũ Văn Hải"),
    QStringLiteral("Bùi Thị Hoa"),   QStringLiteral("Ngô Văn Khánh"), QStringLiteral("Đỗ Thị Lan"),
    QStringLiteral("Y Moan Êban"),   QStringLiteral("H'Năm Mlô"),
};

/// Chi bộ buôn Ea Kring with 14 full members; H'Năm Mlô is exempt from 2024.
Dataset aCell()
{
    Dataset data;
    data.organisations.append(
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee));
    data.organisations.append(
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, meetingXa));
    for (const QString& name : names)
        data.members.append(aMember(name, meetingEaKring, QDate(2010, 1, 10), QDate(2030, 1, 1)));
    addEvent(data.members[13], QDate(2024, 1, 1), StatusEventKind::ExemptionStarted);
    return data;
}

MetricValue valueOf(const Dataset& data, const QString& metric, const Meeting& meeting,
                    const QMap<QString, QString>& arguments = {})
{
    const ScoringInput input = anInput(data, meetingXa, meeting.date.year(), 0, QDate(2025, 12, 31));
    const MetricIndex index(input);
    const SubjectRef subject = subjectOf(index.subjects(SubjectKind::Meeting), meeting.id);
    REQUIRE(subject.id == meeting.id);
    return index.value(metric, arguments, subject);
}

} // namespace

TEST_CASE("meeting attendance counts the expected members on the day as exact shares")
{
    Dataset data = aCell();
    Meeting meeting = aMeeting(QStringLiteral("Sinh hoạt tháng 3"), meetingEaKring, QDate(2025, 3, 10));
    for (int i = 0; i < 10; ++i)
        attend(meeting, data.members[i]);
    attend(meeting, data.members[10], AttendanceStatus::Late);
    attend(meeting, data.members[11], AttendanceStatus::AbsentExcused);
    attend(meeting, data.members[12], AttendanceStatus::AbsentUnexcused);
    attend(meeting, data.members[13]); // exempt: not expected, even when present
    meeting.speakersCount = 5;
    data.meetings.append(meeting);

    const MetricValue rate = valueOf(data, QStringLiteral("meeting.attendance_rate"), meeting);
    CHECK(rate.value == ScoreValue::of(Rational(11, 13)));
    CHECK(inputOf(rate, QStringLiteral("attended")) == ScoreValue::of(11));
    CHECK(inputOf(rate, QStringLiteral("expected")) == ScoreValue::of(13));
    CHECK(hasRecord(rate, QStringLiteral("meeting"), meeting.id));
    CHECK(valueOf(data, QStringLiteral("meeting.expected"), meeting).value == ScoreValue::of(13));
    CHECK(valueOf(data, QStringLiteral("meeting.attended"), meeting).value == ScoreValue::of(11));
    CHECK(valueOf(data, QStringLiteral("meeting.late"), meeting).value == ScoreValue::of(1));
    CHECK(valueOf(data, QStringLiteral("meeting.cell_members"), meeting).value == ScoreValue::of(14));
    CHECK(valueOf(data, QStringLiteral("meeting.speakers_rate"), meeting).value ==
          ScoreValue::of(Rational(5, 11)));
    const MetricValue excused = valueOf(data, QStringLiteral("meeting.absent_excused"), meeting);
    CHECK(excused.value == ScoreValue::of(1));
    CHECK(excused.records ==
          QList<RecordRef>{{QStringLiteral("attendance"), meeting.id, detailOf(data.members[11])},
                           {QStringLiteral("meeting"), meeting.id, {}}});
    const MetricValue unexcused = valueOf(data, QStringLiteral("meeting.absent_unexcused"), meeting);
    CHECK(unexcused.value == ScoreValue::of(1));
    CHECK(hasRecord(unexcused, QStringLiteral("attendance"), meeting.id, detailOf(data.members[12])));
}

TEST_CASE("a meeting with nobody expected has a missing attendance rate")
{
    Dataset data = aCell();
    for (int i = 0; i < 13; ++i)
        addEvent(data.members[i], QDate(2025, 1, 1), StatusEventKind::Suspended);
    const Meeting meeting = aMeeting(QStringLiteral("Sinh hoạt tháng 2"), meetingEaKring, QDate(2025, 2, 10));
    data.meetings.append(meeting);
    const MetricValue rate = valueOf(data, QStringLiteral("meeting.attendance_rate"), meeting);
    CHECK(rate.value.isMissing());
    CHECK(inputOf(rate, QStringLiteral("expected")) == ScoreValue::of(0));
}

TEST_CASE("excused absence runs count consecutive meetings of one cell within the calendar year")
{
    Dataset data = aCell();
    const QList<QDate> dates{QDate(2024, 11, 8), QDate(2024, 12, 6), QDate(2025, 1, 10), QDate(2025, 2, 7),
                             QDate(2025, 3, 7),  QDate(2025, 4, 11), QDate(2025, 5, 9)};
    for (const QDate& date : dates) {
        Meeting meeting =
            aMeeting(QStringLiteral("Ea Kring ") + date.toString(Qt::ISODate), meetingEaKring, date);
        for (qsizetype i = 0; i < 13; ++i) {
            const bool binhAway = i == 1 && date.year() == 2025 && date.month() <= 4;
            const bool cuongAway = i == 3 && date <= QDate(2025, 2, 7);
            attend(meeting, data.members[i],
                   binhAway || cuongAway ? AttendanceStatus::AbsentExcused : AttendanceStatus::Present);
        }
        data.meetings.append(meeting);
    }
    const Meeting& february = data.meetings[3];
    const Meeting& march = data.meetings[4];
    const Meeting& april = data.meetings[5];

    const MetricValue runApril =
        valueOf(data, QStringLiteral("meeting.excused_run_over"), april, args({{u"limit", u"3"}}));
    CHECK(runApril.value == ScoreValue::of(1));
    for (qsizetype m = 2; m <= 5; ++m)
        CHECK(hasRecord(runApril, QStringLiteral("attendance"), data.meetings[m].id,
                        detailOf(data.members[1])));
    CHECK(valueOf(data, QStringLiteral("meeting.excused_run_over"), march, args({{u"limit", u"3"}})).value ==
          ScoreValue::of(0));
    // Lê Văn Cường's absences of November and December 2024 do not carry into 2025.
    CHECK(
        valueOf(data, QStringLiteral("meeting.excused_run_over"), february, args({{u"limit", u"1"}})).value ==
        ScoreValue::of(2));
    CHECK(
        valueOf(data, QStringLiteral("meeting.excused_run_over"), february, args({{u"limit", u"2"}})).value ==
        ScoreValue::of(0));

    const ScoringInput year = anInput(data, meetingXa, 2025, 0, QDate(2025, 12, 31));
    const MetricIndex index(year);
    const QList<SubjectRef> members = index.subjects(SubjectKind::MemberYear);
    CHECK(index.value(QStringLiteral("member.max_excused_run"), {}, subjectOf(members, data.members[1].id))
              .value == ScoreValue::of(4));
    CHECK(index.value(QStringLiteral("member.max_excused_run"), {}, subjectOf(members, data.members[3].id))
              .value == ScoreValue::of(2));
    const SubjectRef cellYear = subjectOf(index.subjects(SubjectKind::OrganisationYear), meetingEaKring);
    CHECK(index.value(QStringLiteral("org.excused_run_over"), args({{u"limit", u"3"}}), cellYear).value ==
          ScoreValue::of(1));
    const QList<SubjectRef> months = index.subjects(SubjectKind::OrganisationMonth);
    CHECK(index
              .value(QStringLiteral("org.excused_run_over"), args({{u"limit", u"3"}}),
                     subjectOf(months, meetingEaKring, QStringLiteral("2025-04")))
              .value == ScoreValue::of(1));
    CHECK(index
              .value(QStringLiteral("org.excused_run_over"), args({{u"limit", u"3"}}),
                     subjectOf(months, meetingEaKring, QStringLiteral("2025-03")))
              .value == ScoreValue::of(0));
}

TEST_CASE("required minutes take the larger figure for combined sessions and large cells")
{
    Dataset data = aCell();
    const Meeting combined = aMeeting(QStringLiteral("Kết hợp chuyên đề"), meetingEaKring, QDate(2025, 4, 10),
                                      MeetingKind::Combined, 100);
    const Meeting regular =
        aMeeting(QStringLiteral("Thường kỳ"), meetingEaKring, QDate(2025, 5, 8), MeetingKind::Regular, 95);
    data.meetings = {combined, regular};
    const auto defaults = args(
        {{u"regular", u"90"}, {u"combined", u"120"}, {u"large_cell", u"120"}, {u"large_cell_members", u"0"}});
    auto large = defaults;
    large[QStringLiteral("large_cell_members")] = QStringLiteral("14");

    CHECK(valueOf(data, QStringLiteral("meeting.duration_minutes"), combined).value == ScoreValue::of(100));
    CHECK(valueOf(data, QStringLiteral("meeting.required_minutes"), combined, defaults).value ==
          ScoreValue::of(120));
    const MetricValue shortfall =
        valueOf(data, QStringLiteral("meeting.duration_shortfall"), combined, defaults);
    CHECK(shortfall.value == ScoreValue::of(20));
    CHECK(inputOf(shortfall, QStringLiteral("required")) == ScoreValue::of(120));
    CHECK(valueOf(data, QStringLiteral("meeting.duration_shortfall"), regular, defaults).value ==
          ScoreValue::of(0));
    // Fourteen members registered: a large cell from 14.
    CHECK(valueOf(data, QStringLiteral("meeting.required_minutes"), regular, large).value ==
          ScoreValue::of(120));
    CHECK(valueOf(data, QStringLiteral("meeting.duration_shortfall"), regular, large).value ==
          ScoreValue::of(25));
    large[QStringLiteral("large_cell_members")] = QStringLiteral("15");
    CHECK(valueOf(data, QStringLiteral("meeting.required_minutes"), regular, large).value ==
          ScoreValue::of(90));

    const MetricIndex index(anInput(data, meetingXa, 2025, 0, QDate(2025, 12, 31)));
    const SubjectRef cellYear = subjectOf(index.subjects(SubjectKind::OrganisationYear), meetingEaKring);
    const MetricValue shortOnes = index.value(QStringLiteral("org.meetings_short"), defaults, cellYear);
    CHECK(shortOnes.value == ScoreValue::of(1));
    CHECK(hasRecord(shortOnes, QStringLiteral("meeting"), combined.id));
    CHECK(valueOf(data, QStringLiteral("meeting.is_regular"), combined).value == ScoreValue::ofBool(true));
    CHECK(valueOf(data, QStringLiteral("meeting.is_thematic"), combined).value == ScoreValue::ofBool(true));
    CHECK(valueOf(data, QStringLiteral("meeting.is_combined"), regular).value == ScoreValue::ofBool(false));
    CHECK(valueOf(data, QStringLiteral("meeting.is_thematic"), regular).value == ScoreValue::ofBool(false));
}

TEST_CASE("previous resolution completion reads the targets the previous held meeting set")
{
    Dataset data = aCell();
    const Meeting january = aMeeting(QStringLiteral("Tháng 1"), meetingEaKring, QDate(2025, 1, 10));
    Meeting draft = aMeeting(QStringLiteral("Dự thảo tháng 2"), meetingEaKring, QDate(2025, 2, 1));
    draft.state = MeetingState::Draft;
    const Meeting february = aMeeting(QStringLiteral("Tháng 2"), meetingEaKring, QDate(2025, 2, 14));
    data.meetings = {january, draft, february};
    const auto target = [&](const QString& title, YearMonth due, TargetStatus status) {
        Target t;
        t.id = idFor(title);
        t.orgId = meetingEaKring;
        t.meetingId = january.id;
        t.title = title;
        t.dueMonth = due;
        t.planned = 1;
        t.status = status;
        data.targets.append(t);
        return t.id;
    };
    const QUuid done =
        target(QStringLiteral("Vận động 20 hộ trồng cà phê tái canh"), {2025, 2}, TargetStatus::Done);
    const QUuid missed = target(QStringLiteral("Sửa đường liên thôn"), {2025, 2}, TargetStatus::Missed);
    const QUuid cancelled = target(QStringLiteral("Tổ chức hội thi"), {2025, 2}, TargetStatus::Cancelled);
    target(QStringLiteral("Hoàn thành thu quỹ"), {2025, 5}, TargetStatus::Open);

    const MetricValue completion =
        valueOf(data, QStringLiteral("meeting.previous_resolution_completion"), february);
    CHECK(completion.value == ScoreValue::of(Rational(1, 2)));
    CHECK(inputOf(completion, QStringLiteral("due")) == ScoreValue::of(2));
    CHECK(hasRecord(completion, QStringLiteral("target"), done));
    CHECK(hasRecord(completion, QStringLiteral("target"), missed));
    CHECK_FALSE(hasRecord(completion, QStringLiteral("target"), cancelled));
    CHECK(hasRecord(completion, QStringLiteral("meeting"), january.id));
    CHECK(valueOf(data, QStringLiteral("meeting.previous_resolution_completion"), january).value.isMissing());
    CHECK(valueOf(data, QStringLiteral("meeting.targets_set"), january).value == ScoreValue::of(4));
}

TEST_CASE("meeting record flags read documents, minutes, conclusion and approval")
{
    Dataset data = aCell();
    Meeting meeting = aMeeting(QStringLiteral("Tháng 6"), meetingEaKring, QDate(2025, 6, 12));
    meeting.documentsPostedOn = QDate(2025, 6, 10);
    meeting.minutes = QStringLiteral("Đồng chí Bí thư quán triệt Nghị quyết Đại hội.");
    meeting.state = MeetingState::MinutesApproved;
    meeting.upperAttendees = {QStringLiteral("Nguyễn Thị Mai — Đảng ủy viên")};
    Meeting bare = aMeeting(QStringLiteral("Tháng 7"), meetingEaKring, QDate(2025, 7, 10));
    data.meetings = {meeting, bare};
    CHECK(valueOf(data, QStringLiteral("meeting.documents_days_before"), meeting).value == ScoreValue::of(2));
    CHECK(valueOf(data, QStringLiteral("meeting.documents_days_before"), bare).value.isMissing());
    CHECK(valueOf(data, QStringLiteral("meeting.minutes_recorded"), meeting).value ==
          ScoreValue::ofBool(true));
    CHECK(valueOf(data, QStringLiteral("meeting.minutes_recorded"), bare).value == ScoreValue::ofBool(false));
    CHECK(valueOf(data, QStringLiteral("meeting.conclusion_recorded"), meeting).value ==
          ScoreValue::ofBool(false));
    CHECK(valueOf(data, QStringLiteral("meeting.minutes_approved"), meeting).value ==
          ScoreValue::ofBool(true));
    CHECK(valueOf(data, QStringLiteral("meeting.minutes_approved"), bare).value == ScoreValue::ofBool(false));
    CHECK(valueOf(data, QStringLiteral("meeting.upper_attendees"), meeting).value == ScoreValue::of(1));
}
