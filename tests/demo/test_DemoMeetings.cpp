// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFixture.h"
#include "core/MemberTimeline.h"
#include "support/Catch.h"

#include <QMap>
#include <QSet>

#include <vector>

using namespace chibo;
using chibo::test::demoAt;
using chibo::test::demoDay;

namespace {

bool isRegular(const Meeting& m)
{
    return m.kind == MeetingKind::Regular || m.kind == MeetingKind::Combined;
}

} // namespace

TEST_CASE("attendance lists exactly the members expected at each meeting")
{
    const Dataset& data = demoAt();
    std::vector<MemberTimeline> timelines;
    for (const Member& m : data.members)
        timelines.emplace_back(m);
    REQUIRE(data.meetings.size() > 200);
    for (const Meeting& meeting : data.meetings) {
        INFO(meeting.date.toString(Qt::ISODate).toStdString());
        QSet<QUuid> expected;
        for (std::size_t i = 0; i < timelines.size(); ++i) {
            if (timelines[i].isExpectedAt(meeting.orgId, meeting.date))
                expected.insert(data.members.at(qsizetype(i)).id);
        }
        QSet<QUuid> recorded;
        QMap<QUuid, bool> attended;
        for (const Attendance& a : meeting.attendance) {
            recorded.insert(a.memberId);
            attended.insert(a.memberId, a.attended());
        }
        CHECK(recorded.size() == meeting.attendance.size()); // one record per member
        CHECK(recorded == expected);
        CHECK(attended.value(meeting.chairId));
        CHECK(attended.value(meeting.minuteTakerId));
        CHECK(meeting.chairId != meeting.minuteTakerId);
    }
}

TEST_CASE("every cell holds one regular or combined meeting in every month up to the day seen from")
{
    const Dataset& data = demoAt();
    for (const Organisation* cell : chibo::test::cellsOf(data)) {
        INFO(cell->name.toStdString());
        QMap<YearMonth, int> perMonth;
        for (const Meeting& m : data.meetings) {
            if (m.orgId == cell->id && isRegular(m))
                ++perMonth[YearMonth::of(m.date)];
        }
        for (YearMonth month(2025, 1); month <= YearMonth::of(demoDay()); month = month.addMonths(1))
            CHECK(perMonth.value(month) == 1);
    }
    for (const Meeting& m : data.meetings) {
        CHECK(m.date <= demoDay());
        const int day = m.date.day();
        if (isRegular(m))
            CHECK((day >= 5 && day <= 11));
    }
}

TEST_CASE("every cell holds a thematic meeting each quarter")
{
    const Dataset& data = demoAt();
    for (const Organisation* cell : chibo::test::cellsOf(data)) {
        INFO(cell->name.toStdString());
        QSet<int> quarters;
        for (const Meeting& m : data.meetings) {
            if (m.orgId == cell->id && m.isThematic()) {
                quarters.insert(m.date.year() * 4 + (m.date.month() - 1) / 3);
                CHECK_FALSE(m.topic.isEmpty());
            }
        }
        for (int year = 2025; year <= 2026; ++year) {
            for (int quarter = 0; quarter < 4; ++quarter) {
                if (QDate(year, quarter * 3 + 3, 1).addMonths(1) <= demoDay())
                    CHECK(quarters.contains(year * 4 + quarter));
            }
        }
    }
}

TEST_CASE("meetings have realistic times, documents, minutes and agendas")
{
    const Dataset& data = demoAt();
    int regular = 0, regularInRange = 0, regularShort = 0, combined = 0, combinedLong = 0;
    int postedAhead = 0, postedLate = 0, extraordinary = 0, withGuests = 0;
    for (const Meeting& m : data.meetings) {
        const Organisation* org = nullptr;
        for (const Organisation& o : data.organisations)
            org = o.id == m.orgId ? &o : org;
        REQUIRE(org);
        CHECK(m.start == (org->cellType == CellType::Residential ? QTime(19, 30) : QTime(14, 0)));
        CHECK_FALSE(m.place.isEmpty());
        CHECK(m.agenda.size() >= 2);
        const int minutes = m.durationMinutes();
        if (m.kind == MeetingKind::Regular) {
            ++regular;
            regularInRange += minutes >= 90 && minutes <= 150 ? 1 : 0;
            regularShort += minutes < 90 ? 1 : 0;
        }
        if (m.kind == MeetingKind::Combined) {
            ++combined;
            combinedLong += minutes >= 120 ? 1 : 0;
            CHECK(m.agenda.join(u'|').contains(QStringLiteral("Sinh hoạt chuyên đề: ")));
        }
        extraordinary += m.kind == MeetingKind::Extraordinary ? 1 : 0;
        withGuests += m.upperAttendees.isEmpty() ? 0 : 1;
        const qint64 ahead = m.documentsPostedOn.isValid() ? m.documentsPostedOn.daysTo(m.date) : -1;
        postedAhead += ahead >= 1 && ahead <= 3 ? 1 : 0;
        postedLate += ahead == 0 || ahead == -1 ? 1 : 0;
        if (m.state != MeetingState::Draft) {
            CHECK_FALSE(m.minutes.isEmpty());
            CHECK_FALSE(m.conclusion.isEmpty());
            CHECK(m.speakersCount > 0);
        }
    }
    CHECK(regularInRange * 10 >= regular * 8);
    CHECK(regularShort > 0);
    CHECK(combinedLong * 10 >= combined * 8);
    CHECK(postedAhead * 10 >= int(data.meetings.size()) * 8);
    CHECK(postedLate > 0);
    CHECK(extraordinary >= 2);
    CHECK(withGuests > 0);
}

TEST_CASE("meeting records are locked except the latest ones, and one was reopened")
{
    const Dataset& data = demoAt();
    const YearMonth latest = YearMonth::of(data.meetings.last().date);
    int drafts = 0, held = 0, reopened = 0;
    for (const Meeting& m : data.meetings) {
        REQUIRE_FALSE(m.lifecycle.isEmpty());
        CHECK(m.lifecycle.last().state == m.state);
        CHECK(m.lifecycle.front().state == MeetingState::Draft);
        bool movedBack = false;
        for (qsizetype i = 1; i < m.lifecycle.size(); ++i) {
            CHECK(m.lifecycle.at(i - 1).at <= m.lifecycle.at(i).at);
            CHECK_FALSE(m.lifecycle.at(i).by.isEmpty());
            movedBack = movedBack || m.lifecycle.at(i).state < m.lifecycle.at(i - 1).state;
        }
        reopened += movedBack ? 1 : 0;
        if (YearMonth::of(m.date) < latest.addMonths(-1))
            CHECK(m.state == MeetingState::Locked);
        drafts += m.state == MeetingState::Draft ? 1 : 0;
        held += m.state == MeetingState::Held ? 1 : 0;
    }
    CHECK(drafts == 1);
    CHECK(held >= 1);
    CHECK(reopened == 1);
}

TEST_CASE("attendance is mostly present, with reasons for absences and the scripted absences")
{
    const Dataset& data = demoAt();
    int rows = 0, attended = 0, late = 0, leftEarly = 0, unexcused = 0;
    QMap<QUuid, int> excusedRun, longestRun, unexcusedBy;
    for (const Meeting& m : data.meetings) {
        for (const Attendance& a : m.attendance) {
            ++rows;
            attended += a.attended() ? 1 : 0;
            late += a.status == AttendanceStatus::Late ? 1 : 0;
            leftEarly += a.status == AttendanceStatus::LeftEarly ? 1 : 0;
            if (a.status == AttendanceStatus::AbsentUnexcused) {
                ++unexcused;
                ++unexcusedBy[a.memberId];
            }
            if (a.status == AttendanceStatus::AbsentExcused) {
                CHECK(a.reason != AbsenceReason::None);
                CHECK_FALSE(a.note.isEmpty());
                longestRun[a.memberId] = std::max(longestRun.value(a.memberId), ++excusedRun[a.memberId]);
            } else {
                excusedRun[a.memberId] = 0;
            }
        }
    }
    CHECK(attended * 100 >= rows * 85);
    CHECK(attended * 100 <= rows * 96);
    CHECK(late > 0);
    CHECK(leftEarly > 0);
    CHECK(unexcused > 3);
    CHECK(unexcused * 100 < rows);
    int longRuns = 0;
    for (const int run : longestRun)
        longRuns += run >= 3 ? 1 : 0;
    CHECK(longRuns >= 1);
    int removedAbsences = 0;
    for (const Member& member : data.members) {
        if (MemberTimeline(member).stateOn(demoDay()).leftBy == LeaveReason::Removed)
            removedAbsences = unexcusedBy.value(member.id);
    }
    CHECK(removedAbsences >= 3);
}

TEST_CASE("seen from mid-2026 the demo records nothing after that day")
{
    const QDate day(2026, 6, 7);
    const Dataset& data = chibo::test::demoAt(day);
    REQUIRE_FALSE(data.meetings.isEmpty());
    bool juneMeeting = false;
    for (const Meeting& m : data.meetings) {
        CHECK(m.date <= day);
        juneMeeting = juneMeeting || YearMonth::of(m.date) == YearMonth(2026, 6);
        for (const LifecycleEvent& e : m.lifecycle)
            CHECK(e.at.date() <= day);
    }
    CHECK(juneMeeting);
    for (const Member& m : data.members) {
        CHECK(MemberTimeline(m).check().isEmpty());
        for (const StatusEvent& e : m.statusEvents)
            CHECK(e.date <= day);
        for (const CellMembership& c : m.memberships)
            CHECK((c.from <= day && (!c.to.isValid() || c.to <= day)));
        for (const PositionTerm& p : m.positions)
            CHECK(p.from <= day);
    }
    for (const DuesRecord& d : data.dues)
        CHECK(d.month <= YearMonth::of(day));
    for (const Discipline& d : data.disciplines)
        CHECK(d.decisionDate <= day);
    for (const Violation& v : data.violations)
        CHECK(v.date <= day);
    for (const Commendation& c : data.commendations)
        CHECK(c.date <= day);
    for (const Leave& l : data.leaves)
        CHECK(l.from <= day);
    CHECK(data.members.size() < demoAt().members.size()); // later admissions are not members yet
}
