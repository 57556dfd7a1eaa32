// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTestKit.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using namespace chibo::test;

namespace {

const QStringList families{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                           QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                           QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ"),
                           QStringLiteral("Ngô")};
const QStringList middles{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Hữu"),
                          QStringLiteral("Đức"), QStringLiteral("Minh")};
const QStringList givens =
    QStringLiteral("An Bình Cường Dũng Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Khánh Lan Linh "
                   "Long Mai Minh Nam Nga Ngọc Nhung Phúc Phương Quang Quyên Sơn Tâm Thảo "
                   "Thắng Thu Thủy Tiến Trang Trung Tuấn Tùng Vân Việt Yến")
        .split(QLatin1Char(' '));

constexpr int cellCount = 100;
constexpr int perCell = 20;

AttendanceStatus statusFor(int member, int month)
{
    switch ((member * 7 + month * 3) % 10) {
    case 0: return AttendanceStatus::AbsentExcused;
    case 1: return AttendanceStatus::AbsentUnexcused;
    case 2: return AttendanceStatus::Late;
    default: return AttendanceStatus::Present;
    }
}

/// Huyện ủy Cư M'gar, 5 commune committees of 20 cells, 20 members a cell (every 50th exempt from
/// 2024), a regular meeting in every cell every month of 2025 with a deterministic attendance.
Dataset aDistrict()
{
    Dataset data;
    data.organisations.append(anOrganisation(QStringLiteral("Huyện ủy Cư M'gar"), OrgKind::UpperCommittee));
    for (int c = 0; c < cellCount; ++c) {
        const QString committee = QStringLiteral("Đảng bộ xã số %1").arg(c / 20 + 1);
        if (c % 20 == 0)
            data.organisations.append(
                anOrganisation(committee, OrgKind::GrassrootsCommittee, data.organisations.first().id));
        data.organisations.append(anOrganisation(QStringLiteral("Chi bộ thôn %1").arg(c + 1),
                                                 OrgKind::SubordinateCell, idFor(committee)));
    }
    data.members.reserve(cellCount * perCell);
    for (int i = 0; i < cellCount * perCell; ++i) {
        const QString name =
            families[i % 10] + u' ' + middles[(i / 10) % 5] + u' ' + givens[(i / 50) % givens.size()];
        data.members.append(aMember(name, idFor(QStringLiteral("Chi bộ thôn %1").arg(i / perCell + 1)),
                                    QDate(2005, 3, 2), QDate(2030, 1, 1)));
        if (i % 50 == 0)
            addEvent(data.members.last(), QDate(2024, 1, 1), StatusEventKind::ExemptionStarted);
    }
    for (int c = 0; c < cellCount; ++c) {
        for (int month = 1; month <= 12; ++month) {
            Meeting m =
                aMeeting(QStringLiteral("Thôn %1 tháng %2").arg(c + 1).arg(month),
                         idFor(QStringLiteral("Chi bộ thôn %1").arg(c + 1)), QDate(2025, month, 5 + c % 20));
            for (int k = 0; k < perCell; ++k)
                attend(m, data.members[c * perCell + k], statusFor(c * perCell + k, month));
            data.meetings.append(m);
        }
    }
    return data;
}

struct Totals {
    qint64 expected = 0;
    qint64 attended = 0;
    qint64 unexcused = 0;
};

/// The totals straight from the generator, for the index to agree with.
Totals countDirectly()
{
    Totals totals;
    for (int i = 0; i < cellCount * perCell; ++i) {
        if (i % 50 == 0)
            continue;
        for (int month = 1; month <= 12; ++month) {
            const AttendanceStatus status = statusFor(i, month);
            ++totals.expected;
            totals.attended +=
                status == AttendanceStatus::Present || status == AttendanceStatus::Late ? 1 : 0;
            totals.unexcused += status == AttendanceStatus::AbsentUnexcused ? 1 : 0;
        }
    }
    return totals;
}

qint64 number(const MetricValue& value)
{
    REQUIRE(value.value.type == ScoreValue::Type::Number);
    return value.value.number.numerator();
}

} // namespace

TEST_CASE("a district of 2,000 members and a year of meetings: totals agree across subjects")
{
    const Dataset data = aDistrict();
    const Totals truth = countDirectly();
    const qint64 expected = truth.expected;
    const qint64 attended = truth.attended;
    const qint64 unexcused = truth.unexcused;
    const QUuid district = data.organisations.first().id;
    const MetricIndex index(anInput(data, district, 2025, 0, QDate(2026, 1, 15)));

    const QList<SubjectRef> meetings = index.subjects(SubjectKind::Meeting);
    REQUIRE(meetings.size() == cellCount * 12);
    qint64 meetingExpected = 0;
    qint64 meetingAttended = 0;
    for (const SubjectRef& meeting : meetings) {
        meetingExpected += number(index.value(QStringLiteral("meeting.expected"), {}, meeting));
        meetingAttended += number(index.value(QStringLiteral("meeting.attended"), {}, meeting));
    }
    CHECK(meetingExpected == expected);
    CHECK(meetingAttended == attended);

    const QList<SubjectRef> members = index.subjects(SubjectKind::MemberYear);
    REQUIRE(members.size() == cellCount * perCell);
    qint64 memberAttended = 0;
    qint64 memberUnexcused = 0;
    for (const SubjectRef& member : members) {
        memberAttended += number(index.value(QStringLiteral("member.meetings_attended"), {}, member));
        memberUnexcused += number(index.value(QStringLiteral("member.absent_unexcused"), {}, member));
    }
    CHECK(memberAttended == attended);
    CHECK(memberUnexcused == unexcused);

    const QList<SubjectRef> orgs = index.subjects(SubjectKind::OrganisationYear);
    REQUIRE(orgs.size() == cellCount + 5);
    qint64 cellUnexcused = 0;
    qint64 committeeMembers = 0;
    qint64 relatedMembers = 0;
    qint64 monthsWith = 0;
    for (const SubjectRef& org : orgs) {
        const Organisation* o = index.organisation(org.id);
        if (o->isCell()) {
            cellUnexcused += number(index.value(QStringLiteral("org.absent_unexcused"), {}, org));
            monthsWith += number(index.value(QStringLiteral("org.months_with_meeting"), {}, org));
        } else {
            committeeMembers += number(index.value(QStringLiteral("org.members"), {}, org));
            relatedMembers += index.related(org, ResultsQuery::Over::Members).size();
            CHECK(index.related(org, ResultsQuery::Over::Subordinates).size() == 20);
        }
    }
    CHECK(cellUnexcused == unexcused);
    CHECK(committeeMembers == cellCount * perCell);
    CHECK(relatedMembers == cellCount * perCell);
    CHECK(monthsWith == cellCount * 12);
    CHECK(index.subjects(SubjectKind::OrganisationMonth).size() == cellCount * 12);
}
