// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/MemberListReader.h"

#include "storage/sql/MemberReader.h"
#include "storage/sql/SqlSelect.h"

#include <QHash>

#include <vector>

namespace chibo {

namespace {

// Registrations and positions name their organisation by row id, mapped through one small query
// instead of joining and parsing an organisation uuid for every row.
const QString SelectOrganisationIds = QStringLiteral("SELECT id, uuid FROM organisations");
const QString CountMembers = QStringLiteral("SELECT count(*) FROM chibo_scope_members");
const QString SelectListedMembers = QStringLiteral(
    "SELECT id, uuid, full_name, given_name, birth_date, sex, phone, admission_decision_date, ceremony_date "
    "FROM members WHERE id IN (SELECT id FROM chibo_scope_members) ORDER BY id");
const QString SelectListedEvents =
    QStringLiteral("SELECT member_id, event_date, kind FROM status_events "
                   "WHERE member_id IN (SELECT id FROM chibo_scope_members) ORDER BY member_id, position");
const QString SelectListedMemberships =
    QStringLiteral("SELECT member_id, org_id, from_date, to_date, kind FROM memberships "
                   "WHERE member_id IN (SELECT id FROM chibo_scope_members) ORDER BY member_id, position");
const QString SelectListedPositions =
    QStringLiteral("SELECT member_id, org_id, post, from_date, to_date FROM position_terms "
                   "WHERE member_id IN (SELECT id FROM chibo_scope_members) ORDER BY member_id, position");

/// The members read so far (in row id order) and a cursor for a history read in member order: each
/// history row finds its member by moving forward, without a lookup table.
class ReadMembers {
public:
    void reserve(qsizetype count)
    {
        m_rowIds.reserve(std::size_t(count));
        m_members.reserve(count);
    }
    void append(qint64 rowId, Member member)
    {
        m_rowIds.push_back(rowId);
        m_members.append(std::move(member));
    }
    /// Starts a walk over the next history query.
    void rewind() { m_next = 0; }
    /// The member with row id `rowId`; null when it is not in the scope (the row is then skipped).
    Member* find(qint64 rowId)
    {
        if (m_next > 0 && m_rowIds[m_next - 1] > rowId)
            m_next = 0; // out of member order: only possible if the ORDER BY were dropped
        while (m_next < m_rowIds.size() && m_rowIds[m_next] < rowId)
            ++m_next;
        if (m_next == m_rowIds.size() || m_rowIds[m_next] != rowId)
            return nullptr;
        return &m_members[qsizetype(m_next)];
    }
    QList<Member> take() { return std::move(m_members); }

private:
    std::vector<qint64> m_rowIds;
    QList<Member> m_members;
    std::size_t m_next = 0;
};

/// Runs a history query (the member's row id in column 0, rows in member order) and hands each row to
/// `add(Member&, RowReader&) -> Status` with its member.
template <typename Add>
Status eachHistoryRow(const Database& db, const QString& sql, const QString& failFormat, ReadMembers& members,
                      Add add)
{
    members.rewind();
    return SqlSelect::each(db, sql, failFormat, [&](RowReader& row) -> Status {
        Member* member = members.find(row.integer(0));
        return member ? add(*member, row) : Status();
    });
}

Member readListedMember(RowReader& row)
{
    Member member;
    member.id = row.uuid(1);
    member.fullName = row.text(2);
    member.givenName = row.text(3);
    member.birthDate = row.date(4);
    member.sex = row.code<Sex>(5);
    member.phone = row.text(6);
    member.admissionDecisionDate = row.date(7);
    member.ceremonyDate = row.date(8);
    return member;
}

} // namespace

Result<QList<Member>> MemberListReader::read() const
{
    const QString failFormat = MemberReader::tr("Could not load the members: %1");
    QHash<qint64, QUuid> orgs;
    ReadMembers members;
    Status status = SqlSelect::each(m_db, SelectOrganisationIds, failFormat, [&](RowReader& row) -> Status {
        orgs.insert(row.integer(0), row.uuid(1));
        return row.ok() ? Status() : row.error(u"organisations/" + row.text(1));
    });
    // Reserved to the exact count: a list grown by doubling would hold up to twice the memory.
    if (status) {
        status = SqlSelect::each(m_db, CountMembers, failFormat, [&](RowReader& row) -> Status {
            members.reserve(row.integer(0));
            return {};
        });
    }
    if (status) {
        status = SqlSelect::each(m_db, SelectListedMembers, failFormat, [&](RowReader& row) -> Status {
            Member member = readListedMember(row);
            if (!row.ok())
                return row.error(u"members/" + row.text(1));
            members.append(row.integer(0), std::move(member));
            return {};
        });
    }
    // The histories' own ids, decisions and notes stay empty: nothing derived from the list reads them.
    if (status) {
        status =
            eachHistoryRow(m_db, SelectListedEvents, failFormat, members, [](Member& member, RowReader& row) {
                const StatusEvent event{{}, row.date(1), row.code<StatusEventKind>(2), {}, {}};
                member.statusEvents.append(event);
                return row.ok() ? Status() : row.error(QStringLiteral("status_events"));
            });
    }
    if (status) {
        status = eachHistoryRow(m_db, SelectListedMemberships, failFormat, members,
                                [&](Member& member, RowReader& row) {
                                    member.memberships.append({{},
                                                               orgs.value(row.integer(1)),
                                                               row.date(2),
                                                               row.date(3),
                                                               row.code<CellMembership::Kind>(4)});
                                    return row.ok() ? Status() : row.error(QStringLiteral("memberships"));
                                });
    }
    if (status) {
        status = eachHistoryRow(
            m_db, SelectListedPositions, failFormat, members, [&](Member& member, RowReader& row) {
                member.positions.append(
                    {{}, orgs.value(row.integer(1)), row.code<Position>(2), row.date(3), row.date(4)});
                return row.ok() ? Status() : row.error(QStringLiteral("position_terms"));
            });
    }
    if (!status)
        return status.error();
    return members.take();
}

} // namespace chibo
