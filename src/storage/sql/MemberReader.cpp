// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/MemberReader.h"

#include "storage/DatasetOrder.h"
#include "storage/sql/SqlSelect.h"

#include <QHash>

namespace chibo {

namespace {

const QString SelectMembers = QStringLiteral("SELECT id, uuid, full_name, given_name, birth_date, sex, "
                                             "ethnicity, religion, hometown, citizen_id, phone, "
                                             "party_card_number, admission_decision_date, ceremony_date, "
                                             "official_date, works_in_political_system, note "
                                             "FROM members WHERE id IN (SELECT id FROM chibo_scope_members)");
const QString SelectEvents =
    QStringLiteral("SELECT member_id, uuid, event_date, kind, decision, note FROM status_events "
                   "WHERE member_id IN (SELECT id FROM chibo_scope_members) ORDER BY member_id, position");
const QString SelectMemberships = QStringLiteral(
    "SELECT ms.member_id, ms.uuid, o.uuid, ms.from_date, ms.to_date, ms.kind FROM memberships ms "
    "JOIN organisations o ON o.id = ms.org_id "
    "WHERE ms.member_id IN (SELECT id FROM chibo_scope_members) ORDER BY ms.member_id, ms.position");
const QString SelectPositions = QStringLiteral(
    "SELECT pt.member_id, pt.uuid, o.uuid, pt.post, pt.from_date, pt.to_date FROM position_terms pt "
    "JOIN organisations o ON o.id = pt.org_id "
    "WHERE pt.member_id IN (SELECT id FROM chibo_scope_members) ORDER BY pt.member_id, pt.position");

Member readMember(RowReader& row)
{
    Member member;
    member.id = row.uuid(1);
    member.fullName = row.text(2);
    member.givenName = row.text(3);
    member.birthDate = row.date(4);
    member.sex = row.code<Sex>(5);
    member.ethnicity = row.text(6);
    member.religion = row.text(7);
    member.hometown = row.text(8);
    member.citizenId = row.text(9);
    member.phone = row.text(10);
    member.partyCardNumber = row.text(11);
    member.admissionDecisionDate = row.date(12);
    member.ceremonyDate = row.date(13);
    member.officialDate = row.date(14);
    member.worksInPoliticalSystem = row.flag(15);
    member.note = row.text(16);
    return member;
}

} // namespace

Result<QList<Member>> MemberReader::read() const
{
    const QString failFormat = tr("Could not load the members: %1");
    QList<Member> members;
    QHash<qint64, qsizetype> indexById;
    Status status = SqlSelect::each(m_db, SelectMembers, failFormat, [&](RowReader& row) -> Status {
        Member member = readMember(row);
        if (!row.ok())
            return row.error(u"members/" + row.text(1));
        indexById.insert(row.integer(0), members.size());
        members.append(std::move(member));
        return {};
    });
    if (status) {
        status = SqlSelect::each(m_db, SelectEvents, failFormat, [&](RowReader& row) -> Status {
            const StatusEvent event{row.uuid(1), row.date(2), row.code<StatusEventKind>(3), row.text(4),
                                    row.text(5)};
            if (!row.ok())
                return row.error(u"status_events/" + row.text(1));
            members[indexById.value(row.integer(0))].statusEvents.append(event);
            return {};
        });
    }
    if (status) {
        status = SqlSelect::each(m_db, SelectMemberships, failFormat, [&](RowReader& row) -> Status {
            const CellMembership membership{row.uuid(1), row.uuid(2), row.date(3), row.date(4),
                                            row.code<CellMembership::Kind>(5)};
            if (!row.ok())
                return row.error(u"memberships/" + row.text(1));
            members[indexById.value(row.integer(0))].memberships.append(membership);
            return {};
        });
    }
    if (status) {
        status = SqlSelect::each(m_db, SelectPositions, failFormat, [&](RowReader& row) -> Status {
            const PositionTerm position{row.uuid(1), row.uuid(2), row.code<Position>(3), row.date(4),
                                        row.date(5)};
            if (!row.ok())
                return row.error(u"position_terms/" + row.text(1));
            members[indexById.value(row.integer(0))].positions.append(position);
            return {};
        });
    }
    if (!status)
        return status.error();
    DatasetOrder::sort(members);
    return members;
}

} // namespace chibo
