// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFixture.h"
#include "core/MemberTimeline.h"
#include "core/VietnameseText.h"
#include "support/Catch.h"

#include <QRegularExpression>
#include <QSet>

using namespace chibo;
using chibo::test::demoAt;
using chibo::test::demoDay;

namespace {

int ageOn(QDate birth, QDate day)
{
    int years = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --years;
    return years;
}

bool hasEvent(const Member& m, StatusEventKind kind)
{
    return std::any_of(m.statusEvents.begin(), m.statusEvents.end(),
                       [kind](const StatusEvent& e) { return e.kind == kind; });
}

QDate eventDate(const Member& m, StatusEventKind kind)
{
    for (const StatusEvent& e : m.statusEvents) {
        if (e.kind == kind)
            return e.date;
    }
    return {};
}

} // namespace

TEST_CASE("the demo has 120 to 200 members with plausible personal records")
{
    const Dataset& data = demoAt();
    CHECK(data.members.size() >= 120);
    CHECK(data.members.size() <= 200);
    const QRegularExpression citizenId(QStringLiteral("^\\d{12}$"));
    const QRegularExpression phone(QStringLiteral("^0[35789]\\d{8}$"));
    const QSet<QString> ethnicities{QStringLiteral("Kinh"), QStringLiteral("Ê Đê"), QStringLiteral("Nùng"),
                                    QStringLiteral("Tày")};
    const QSet<QString> religions{QStringLiteral("Không"), QStringLiteral("Công giáo"),
                                  QStringLiteral("Tin lành"), QStringLiteral("Phật giáo")};
    QSet<QString> names;
    for (const Member& m : data.members) {
        INFO(m.fullName.toStdString());
        names.insert(m.fullName);
        CHECK(citizenId.match(m.citizenId).hasMatch());
        CHECK(phone.match(m.phone).hasMatch());
        CHECK(ethnicities.contains(m.ethnicity));
        CHECK(religions.contains(m.religion));
        CHECK_FALSE(m.hometown.isEmpty());
        CHECK(ageOn(m.birthDate, QDate(2025, 1, 1)) >= 22);
        CHECK(ageOn(m.birthDate, QDate(2026, 12, 31)) <= 85);
        CHECK(m.partyCardNumber.isEmpty() == !m.officialDate.isValid());
    }
    CHECK(names.size() == data.members.size());
}

TEST_CASE("every member's history is consistent and recognition comes 12 months after the ceremony")
{
    const Dataset& data = demoAt();
    for (const Member& m : data.members) {
        INFO(m.fullName.toStdString());
        const MemberTimeline timeline(m);
        CHECK(timeline.check().isEmpty());
        CHECK(m.admissionDecisionDate < m.ceremonyDate);
        CHECK(timeline.admittedOn() == m.ceremonyDate);
        if (m.officialDate.isValid()) {
            CHECK(m.officialDate == MemberTimeline::probationEnd(m.ceremonyDate));
            CHECK(eventDate(m, StatusEventKind::Recognised) == m.officialDate);
        } else {
            CHECK(MemberTimeline::probationEnd(m.ceremonyDate) > demoDay());
        }
        for (const StatusEvent& e : m.statusEvents)
            CHECK(e.date <= demoDay());
    }
}

TEST_CASE("names include four Đặng Thị, the given names Ánh and Bình, and Ê Đê names")
{
    const Dataset& data = demoAt();
    int dangThi = 0;
    bool anh = false;
    bool binh = false;
    int ede = 0;
    for (const Member& m : data.members) {
        dangThi += m.fullName.startsWith(QStringLiteral("Đặng Thị ")) ? 1 : 0;
        anh = anh || m.sortGivenName() == QStringLiteral("Ánh");
        binh = binh || m.sortGivenName() == QStringLiteral("Bình");
        if (m.ethnicity != QStringLiteral("Ê Đê"))
            continue;
        ++ede;
        INFO(m.fullName.toStdString());
        CHECK((m.fullName.startsWith(QStringLiteral("Y ")) || m.fullName.startsWith(QStringLiteral("H'"))));
        CHECK(m.fullName.startsWith(QStringLiteral("Y ")) == (m.sex == Sex::Male));
        CHECK_FALSE(m.givenName.isEmpty());
        CHECK(m.givenName != VietnameseText::lastWord(m.fullName));
        CHECK(m.fullName.contains(m.givenName));
    }
    CHECK(dangThi >= 4);
    CHECK(anh);
    CHECK(binh);
    CHECK(ede >= 20);
}

TEST_CASE("the special cases of membership are in the records")
{
    const Dataset& data = demoAt();
    const QDate day = demoDay();
    int probationary = 0, admitted2025 = 0, admitted2026 = 0, recognisedInPeriod = 0, exemptElders = 0;
    int transfersWithin = 0, transfersIn = 0, temporaryAway = 0, temporaryIn = 0, suspended = 0;
    int removed = 0, deceased = 0;
    for (const Member& m : data.members) {
        const MemberTimeline timeline(m);
        probationary += timeline.stateOn(day).standing == Standing::Probationary ? 1 : 0;
        admitted2025 += m.ceremonyDate.year() == 2025 ? 1 : 0;
        admitted2026 += m.ceremonyDate.year() == 2026 ? 1 : 0;
        const QDate recognised = eventDate(m, StatusEventKind::Recognised);
        recognisedInPeriod += recognised.isValid() && recognised.year() >= 2025 ? 1 : 0;
        const QDate exempt = eventDate(m, StatusEventKind::ExemptionStarted);
        exemptElders +=
            exempt.isValid() && ageOn(m.birthDate, exempt) > 75 && timeline.stateOn(day).exempt ? 1 : 0;
        QSet<QUuid> officialCells;
        for (const CellMembership& c : m.memberships) {
            if (c.kind == CellMembership::Kind::Official)
                officialCells.insert(c.orgId);
            temporaryIn += c.kind == CellMembership::Kind::Temporary ? 1 : 0;
        }
        transfersWithin +=
            officialCells.size() == 2 && !hasEvent(m, StatusEventKind::TransferredOutOfficial) ? 1 : 0;
        transfersIn += hasEvent(m, StatusEventKind::TransferredInOfficial) ? 1 : 0;
        temporaryAway += hasEvent(m, StatusEventKind::TransferredOutTemporary) &&
                                 hasEvent(m, StatusEventKind::ReturnedFromTemporary)
                             ? 1
                             : 0;
        suspended += hasEvent(m, StatusEventKind::Suspended) ? 1 : 0;
        removed += timeline.stateOn(day).leftBy == LeaveReason::Removed ? 1 : 0;
        deceased += timeline.stateOn(day).leftBy == LeaveReason::Deceased ? 1 : 0;
    }
    CHECK(probationary >= 3);
    CHECK(admitted2025 >= 2);
    CHECK(admitted2026 >= 2);
    CHECK(recognisedInPeriod >= 3);
    CHECK(exemptElders >= 2);
    CHECK(transfersWithin == 1);
    CHECK(transfersIn == 1);
    CHECK(temporaryAway == 1);
    CHECK(temporaryIn == 1);
    CHECK(suspended == 1);
    CHECK(removed == 1);
    CHECK(deceased == 1);
}

TEST_CASE("cells have a committee from 9 full members and a secretary who changes at one 2025 congress")
{
    const Dataset& data = demoAt();
    const QDate day = demoDay();
    int secretaryChanges = 0;
    for (const Organisation* cell : chibo::test::cellsOf(data)) {
        INFO(cell->name.toStdString());
        int full = 0, seats = 0, committeeMembers = 0;
        QSet<QUuid> secretaries;
        for (const Member& m : data.members) {
            const MemberTimeline timeline(m);
            if (timeline.officialCellOn(day) == cell->id && timeline.stateOn(day).standing == Standing::Full)
                ++full;
            for (const PositionTerm& p : m.positions) {
                if (p.orgId != cell->id)
                    continue;
                if (p.position == Position::Secretary)
                    secretaries.insert(m.id);
                if (p.covers(day)) {
                    ++seats;
                    committeeMembers += p.position == Position::CommitteeMember ? 1 : 0;
                }
            }
        }
        CHECK(seats >= 2);
        CHECK(seats <= 7);
        CHECK((full >= 9) == (committeeMembers > 0));
        secretaryChanges += secretaries.size() > 1 ? 1 : 0;
    }
    CHECK(secretaryChanges >= 1);
}
