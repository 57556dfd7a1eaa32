// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFixture.h"
#include "core/MemberTimeline.h"
#include "support/Catch.h"

#include <QHash>
#include <QMap>
#include <QSet>

using namespace chibo;
using chibo::test::demoAt;
using chibo::test::findMember;

namespace {

/// Recomputed here from the records, independently of the generator: rated for the year ending on
/// `yearEnd` when a member on that day, not exempt, suspended or away, admitted six months before.
QUuid ratingCell(const Member& member, QDate yearEnd)
{
    const MemberTimeline timeline(member);
    const MemberState state = timeline.stateOn(yearEnd);
    const bool rated = state.isMember() && !state.exempt && !state.suspended && !state.temporarilyAway &&
                       timeline.admittedOn().isValid() && timeline.admittedOn().addMonths(6) <= yearEnd;
    return rated ? timeline.attendingCellOn(yearEnd) : QUuid();
}

const Organisation* findOrg(const Dataset& data, const QUuid& id)
{
    for (const Organisation& org : data.organisations) {
        if (org.id == id)
            return &org;
    }
    return nullptr;
}

const Meeting* findMeeting(const Dataset& data, const QUuid& id)
{
    for (const Meeting& meeting : data.meetings) {
        if (meeting.id == id)
            return &meeting;
    }
    return nullptr;
}

/// The points a member gave themself for 2025: general criteria plus tasks.
QHash<QUuid, int> totals2025(const Dataset& data)
{
    QHash<QUuid, int> totals;
    for (const Rating& r : data.ratings) {
        if (r.criteriaId == u"xep-loai-dang-vien-qd366" && r.indicatorId != u"khac-phuc-han-che")
            totals[r.subjectId] += r.value.toInt();
    }
    return totals;
}

} // namespace

TEST_CASE("every rating's subject is in the demo and is rated for its period")
{
    const Dataset& data = demoAt();
    QSet<QString> keys;
    for (const Rating& r : data.ratings) {
        INFO(QString(r.criteriaId + u' ' + r.indicatorId + u' ' + r.period).toStdString());
        CHECK(keys.contains(r.criteriaId + r.indicatorId + r.subjectId.toString() + r.period) == false);
        keys.insert(r.criteriaId + r.indicatorId + r.subjectId.toString() + r.period);
        CHECK(r.enteredBy.contains(QStringLiteral(" — ")));
        CHECK(r.enteredOn.month() == 12);
        CHECK(r.enteredOn.year() == (r.period.isEmpty() ? 2025 : r.period.toInt()));
        if (const Member* member = findMember(data, r.subjectId)) {
            CHECK((r.period == u"2025" || r.period == u"2024"));
            CHECK_FALSE(ratingCell(*member, QDate(r.period.toInt(), 12, 31)).isNull());
        } else if (const Organisation* org = findOrg(data, r.subjectId)) {
            CHECK(org->kind != OrgKind::UpperCommittee);
            CHECK((r.criteriaId != u"chi-bo-bon-tot" || org->isCell()));
        } else {
            const Meeting* meeting = findMeeting(data, r.subjectId);
            REQUIRE(meeting);
            CHECK(r.period.isEmpty());
            CHECK(meeting->date.year() == 2025);
            CHECK(meeting->state != MeetingState::Draft);
            CHECK(findOrg(data, meeting->orgId)->isCell());
            CHECK(r.criteriaId == (meeting->date < QDate(2025, 10, 28) ? u"chat-luong-sinh-hoat-hd12"
                                                                       : u"chat-luong-sinh-hoat-hd42"));
        }
    }
}

TEST_CASE("every rated member, organisation and held meeting has all its ratings")
{
    const Dataset& data = demoAt();
    QMap<QString, int> perCriteria;
    for (const Rating& r : data.ratings)
        ++perCriteria[r.criteriaId];
    int rated2025 = 0, rated2024 = 0;
    for (const Member& member : data.members) {
        rated2025 += ratingCell(member, QDate(2025, 12, 31)).isNull() ? 0 : 1;
        rated2024 += ratingCell(member, QDate(2024, 12, 31)).isNull() ? 0 : 1;
    }
    int cells = 0, organisations = 0, heldMeetings = 0;
    for (const Organisation& org : data.organisations) {
        cells += org.isCell() ? 1 : 0;
        organisations += org.kind != OrgKind::UpperCommittee ? 1 : 0;
    }
    for (const Meeting& m : data.meetings) {
        const bool atCell = findOrg(data, m.orgId)->isCell();
        heldMeetings += m.date.year() == 2025 && m.state != MeetingState::Draft && atCell ? 1 : 0;
    }
    CHECK(rated2025 >= 110);
    CHECK(perCriteria.value(QStringLiteral("xep-loai-dang-vien-qd366")) == 3 * rated2025);
    CHECK(perCriteria.value(QStringLiteral("dang-vien-5-tot")) == 5 * rated2025);
    CHECK(perCriteria.value(QStringLiteral("xep-loai-dang-vien-qd124")) == 5 * rated2024);
    CHECK(perCriteria.value(QStringLiteral("xep-loai-to-chuc-qd366")) == 3 * organisations);
    CHECK(perCriteria.value(QStringLiteral("xep-loai-to-chuc-qd124")) == 2 * organisations);
    CHECK(perCriteria.value(QStringLiteral("chi-bo-bon-tot")) == 2 * cells);
    CHECK(perCriteria.value(QStringLiteral("chat-luong-sinh-hoat-hd12")) +
              perCriteria.value(QStringLiteral("chat-luong-sinh-hoat-hd42")) ==
          2 * heldMeetings);
    CHECK(perCriteria.value(QStringLiteral("chat-luong-sinh-hoat-hd42")) > 0);
    CHECK(perCriteria.size() == 8);
}

TEST_CASE("members' 2025 points have a realistic spread that exceeds the HTXS quota in one organisation")
{
    const Dataset& data = demoAt();
    const QHash<QUuid, int> totals = totals2025(data);
    int high = 0, middle = 0, weak = 0, failing = 0;
    QHash<QUuid, std::pair<int, int>> byCell; // (≥ 90, 70–89)
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const int total = it.value();
        high += total >= 90 ? 1 : 0;
        middle += total >= 70 && total < 90 ? 1 : 0;
        weak += total >= 50 && total < 70 ? 1 : 0;
        failing += total < 50 ? 1 : 0;
        const QUuid cell = ratingCell(*findMember(data, it.key()), QDate(2025, 12, 31));
        byCell[cell].first += total >= 90 ? 1 : 0;
        byCell[cell].second += total >= 70 && total < 90 ? 1 : 0;
    }
    CHECK(high * 100 >= 10 * totals.size());
    CHECK(high * 100 <= 15 * totals.size());
    CHECK(middle * 100 >= 70 * totals.size());
    CHECK(weak >= 2);
    CHECK(failing == 1);
    bool exceeded = false;
    for (auto it = byCell.cbegin(); it != byCell.cend(); ++it)
        exceeded = exceeded ||
                   (findOrg(data, it.key())->kind == OrgKind::GrassrootsCell && it->first > it->second / 5);
    CHECK(exceeded);
    for (const Rating& r : data.ratings) {
        if (r.indicatorId == u"diem-tieu-chi-chung")
            CHECK((r.value.toInt() >= 0 && r.value.toInt() <= 30));
        if (r.indicatorId == u"diem-ket-qua-nhiem-vu")
            CHECK((r.value.toInt() >= 0 && r.value.toInt() <= 70));
    }
}

TEST_CASE("ratings use the codes of their indicators and Vietnamese notes")
{
    const Dataset& data = demoAt();
    const QSet<QString> yesNo{QStringLiteral("yes"), QStringLiteral("no")};
    const QSet<QString> grades124{QStringLiteral("xuat_sac"), QStringLiteral("tot"),
                                  QStringLiteral("trung_binh"), QStringLiteral("kem")};
    int prepared = 0, meetingRatings = 0;
    for (const Rating& r : data.ratings) {
        CHECK_FALSE(r.note.isEmpty());
        if (r.criteriaId.endsWith(u"qd124"))
            CHECK(grades124.contains(r.value));
        else if (r.indicatorId == u"lanh-dao-nhiem-vu-chinh-tri")
            CHECK(QSet<QString>{QStringLiteral("tot"), QStringLiteral("kha"), QStringLiteral("trung_binh"),
                                QStringLiteral("kem")}
                      .contains(r.value));
        else if (!r.indicatorId.startsWith(u"diem-"))
            CHECK(yesNo.contains(r.value));
        if (r.criteriaId.startsWith(u"chat-luong-sinh-hoat")) {
            ++meetingRatings;
            prepared += r.value == u"yes" ? 1 : 0;
        }
    }
    CHECK(prepared * 100 >= 80 * meetingRatings);
    CHECK(std::any_of(data.ratings.begin(), data.ratings.end(), [](const Rating& r) {
        return r.note == u"Tự đánh giá, chi bộ thống nhất" && r.enteredBy.endsWith(u"— Bí thư chi bộ");
    }));
}

TEST_CASE("before the end of 2025 only the 2024 ratings exist, and none is dated after the day seen from")
{
    const QDate midYear(2025, 6, 30);
    const Dataset& data = demoAt(midYear);
    REQUIRE_FALSE(data.ratings.isEmpty());
    for (const Rating& r : data.ratings) {
        CHECK(r.period == u"2024");
        CHECK(r.enteredOn <= midYear);
    }
    for (const Rating& r : demoAt().ratings)
        CHECK(r.enteredOn <= chibo::test::demoDay());
}
