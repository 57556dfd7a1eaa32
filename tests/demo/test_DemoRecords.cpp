// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFixture.h"
#include "core/DisciplineRules.h"
#include "core/MemberTimeline.h"
#include "support/Catch.h"

#include <QMap>
#include <QSet>

using namespace chibo;
using chibo::test::demoAt;
using chibo::test::demoDay;
using chibo::test::findMember;

TEST_CASE("every discipline passes the discipline rules")
{
    const Dataset& data = demoAt();
    CHECK(data.disciplines.size() >= 3);
    CHECK(data.disciplines.size() <= 5);
    bool selfReportedTraffic = false;
    bool warning = false;
    for (const Discipline& d : data.disciplines) {
        const Member* member = findMember(data, d.memberId);
        REQUIRE(member);
        const Status status = DisciplineRules::check(d, member);
        INFO((status ? QString() : status.error().message).toStdString());
        CHECK(status.ok());
        CHECK_FALSE(d.issuer.isEmpty());
        CHECK_FALSE(d.decision.isEmpty());
        selfReportedTraffic =
            selfReportedTraffic || (d.form == DisciplineForm::Reprimand && d.selfDiscovered && d.remedied &&
                                    d.violation.contains(QStringLiteral("giao thông")));
        warning = warning || d.form == DisciplineForm::Warning;
    }
    CHECK(selfReportedTraffic);
    CHECK(warning);
}

TEST_CASE("violations, leaves and commendations tell the scripted stories")
{
    const Dataset& data = demoAt();
    int traffic = 0, socialEvils = 0;
    for (const Violation& v : data.violations) {
        CHECK(findMember(data, v.memberId));
        traffic += v.kind == ViolationKind::TrafficLaw ? 1 : 0;
        socialEvils += v.kind == ViolationKind::SocialEvils ? 1 : 0;
    }
    CHECK(traffic >= 2);
    CHECK(socialEvils >= 1);
    bool longSickLeave2025 = false, maternity = false;
    for (const Leave& l : data.leaves) {
        REQUIRE(findMember(data, l.memberId));
        CHECK(l.from <= l.to);
        longSickLeave2025 = longSickLeave2025 || (l.kind == LeaveKind::Sick && l.from.year() == 2025 &&
                                                  l.to.year() == 2025 && l.from.addMonths(3) <= l.to);
        maternity = maternity || l.kind == LeaveKind::Maternity;
    }
    CHECK(longSickLeave2025);
    CHECK(maternity);
    int members = 0, cells = 0;
    for (const Commendation& c : data.commendations) {
        CHECK(c.memberId.isNull() != c.orgId.isNull());
        CHECK_FALSE(c.title.isEmpty());
        members += c.memberId.isNull() ? 0 : 1;
        cells += c.orgId.isNull() ? 0 : 1;
    }
    CHECK(members >= 3);
    CHECK(cells >= 1);
}

TEST_CASE("dues: one record per active member and month, exempt for exempt members")
{
    const Dataset& data = demoAt();
    QSet<QString> keys; // member and month
    int paid = 0;
    QMap<QUuid, int> unpaid2025;
    for (const DuesRecord& d : data.dues) {
        const Member* member = findMember(data, d.memberId);
        REQUIRE(member);
        const QString key = d.memberId.toString() + d.month.toString();
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        CHECK(d.month <= YearMonth::of(demoDay()));
        const MemberTimeline timeline(*member);
        const QDate last = std::min(d.month.lastDay(), demoDay());
        CHECK((timeline.stateOn(d.month.firstDay()).isMember() || timeline.stateOn(last).isMember()));
        if (timeline.stateOn(last).exempt)
            CHECK(d.state == DuesState::Exempt);
        if (d.state == DuesState::Paid) {
            ++paid;
            CHECK(d.amount >= 30000);
            CHECK(d.amount <= 120000);
            CHECK(d.amount % 1000 == 0);
        }
        if (d.state == DuesState::Unpaid && d.month.year == 2025)
            ++unpaid2025[d.memberId];
    }
    CHECK(paid * 100 >= int(data.dues.size()) * 95);
    bool removedUnpaid = false;
    for (const Member& m : data.members) {
        if (MemberTimeline(m).stateOn(demoDay()).leftBy == LeaveReason::Removed)
            removedUnpaid = unpaid2025.value(m.id) >= 3;
    }
    CHECK(removedUnpaid);
    // An ordinary member active through the whole period has every month on record.
    const Member& first = data.members.front();
    int months = 0;
    for (const DuesRecord& d : data.dues)
        months += d.memberId == first.id ? 1 : 0;
    CHECK(months == YearMonth(2025, 1).monthsTo(YearMonth::of(demoDay())) + 1);
}

TEST_CASE("targets: yearly plans for every cell and meeting targets with consistent statuses")
{
    const Dataset& data = demoAt();
    QMap<QPair<QUuid, int>, QSet<int>> kindsByCellYear;
    int meetingTargets = 0, cancelled = 0;
    QMap<QUuid, const Meeting*> meetings;
    for (const Meeting& m : data.meetings)
        meetings.insert(m.id, &m);
    for (const Target& t : data.targets) {
        INFO(t.title.toStdString());
        CHECK_FALSE(t.title.isEmpty());
        CHECK_FALSE(t.unit.isEmpty());
        CHECK(t.planned > 0);
        const bool over = demoDay() > t.dueMonth.lastDay();
        switch (t.status) {
        case TargetStatus::Done: CHECK(t.actual == t.planned); break;
        case TargetStatus::Exceeded: CHECK(t.actual > t.planned); break;
        case TargetStatus::Missed: CHECK((t.actual < t.planned && over)); break;
        case TargetStatus::Open: CHECK((t.actual < t.planned && !over)); break;
        case TargetStatus::Cancelled: ++cancelled; break;
        }
        if (t.meetingId.isNull()) {
            kindsByCellYear[{t.orgId, t.planYear}].insert(int(t.kind));
            continue;
        }
        ++meetingTargets;
        const Meeting* meeting = meetings.value(t.meetingId);
        REQUIRE(meeting);
        CHECK(t.dueMonth > YearMonth::of(meeting->date));
        bool ownerAttended = false;
        for (const Attendance& a : meeting->attendance)
            ownerAttended = ownerAttended || (a.memberId == t.ownerMemberId && a.attended());
        CHECK(ownerAttended);
    }
    for (const Organisation* cell : chibo::test::cellsOf(data)) {
        for (const int year : {2025, 2026})
            CHECK(kindsByCellYear.value({cell->id, year}).size() == 3); // admission, awareness class, tasks
    }
    CHECK(meetingTargets >= 20);
    CHECK(cancelled == 1);
}

TEST_CASE("every member of the buôn Ea Kring cell is assigned households and followed up")
{
    const Dataset& data = demoAt();
    const Organisation* eaKring = chibo::test::findOrganisation(data, QStringLiteral("Chi bộ buôn Ea Kring"));
    REQUIRE(eaKring);
    QSet<QUuid> assigned;
    for (const Assignment& a : data.assignments) {
        REQUIRE(findMember(data, a.memberId));
        CHECK_FALSE(a.task.isEmpty());
        const QDate end = a.to.isValid() ? std::min(a.to, demoDay()) : demoDay();
        for (const FollowUp& f : a.followUps) {
            CHECK(f.date > a.from);
            CHECK(f.date <= end);
            CHECK_FALSE(f.note.isEmpty());
        }
        if (a.orgId == eaKring->id && a.households > 0) {
            assigned.insert(a.memberId);
            CHECK_FALSE(a.area.isEmpty());
        }
    }
    int members = 0;
    for (const Member& m : data.members) {
        const MemberTimeline timeline(m);
        if (timeline.officialCellOn(demoDay()) != eaKring->id || !timeline.stateOn(demoDay()).isMember())
            continue;
        ++members;
        INFO(m.fullName.toStdString());
        CHECK(assigned.contains(m.id));
    }
    CHECK(members >= 9);
}
