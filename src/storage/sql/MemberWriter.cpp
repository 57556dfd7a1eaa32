// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/MemberWriter.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/MemberSearchKey.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlValues.h"

namespace chibo {

namespace {

QString location(const Member& member)
{
    return SqlErrors::location(QStringLiteral("members"), SqlValues::uuidText(member.id));
}

} // namespace

MemberWriter::MemberWriter(const Database& db, IdResolver& ids, SqlStatement::Binding binding)
    : m_db(db)
    , m_ids(ids)
    , m_insert(db,
               QStringLiteral(
                   "INSERT INTO members (full_name, given_name, search_key, birth_date, sex, "
                   "ethnicity, religion, hometown, citizen_id, phone, party_card_number, "
                   "admission_decision_date, ceremony_date, official_date, works_in_political_system, "
                   "note, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
               binding)
    , m_update(
          db,
          QStringLiteral("UPDATE members SET full_name = ?, given_name = ?, search_key = ?, birth_date = ?, "
                         "sex = ?, ethnicity = ?, religion = ?, hometown = ?, citizen_id = ?, phone = ?, "
                         "party_card_number = ?, admission_decision_date = ?, ceremony_date = ?, "
                         "official_date = ?, works_in_political_system = ?, note = ? WHERE uuid = ? "
                         "RETURNING id"),
          binding)
    , m_deleteEvents(db, QStringLiteral("DELETE FROM status_events WHERE member_id = ?"), binding)
    , m_deleteMemberships(db, QStringLiteral("DELETE FROM memberships WHERE member_id = ?"), binding)
    , m_deletePositions(db, QStringLiteral("DELETE FROM position_terms WHERE member_id = ?"), binding)
    , m_insertEvent(db,
                    QStringLiteral("INSERT INTO status_events (uuid, member_id, position, event_date, kind, "
                                   "decision, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    binding)
    , m_insertMembership(
          db,
          QStringLiteral("INSERT INTO memberships (uuid, member_id, position, org_id, from_date, "
                         "to_date, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"),
          binding)
    , m_insertPosition(db,
                       QStringLiteral("INSERT INTO position_terms (uuid, member_id, position, org_id, post, "
                                      "from_date, to_date) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       binding)
{}

Status MemberWriter::insert(const Member& member)
{
    if (!m_insert.exec(values(member)))
        return failed(m_insert.error(), member);
    const std::optional<qint64> id = m_insert.returnedId();
    if (!id)
        return failed(m_insert.error(), member);
    m_ids.remember(IdResolver::Kind::Member, member.id, *id);
    return writeHistories(*id, member);
}

Status MemberWriter::update(const Member& member)
{
    if (!m_update.exec(values(member)))
        return failed(m_update.error(), member);
    const std::optional<qint64> id = m_update.returnedId();
    if (!id)
        return SqlErrors::notFound(tr("Could not save member %1: %2"), member.fullName, location(member));
    for (SqlStatement* clear : {&m_deleteEvents, &m_deleteMemberships, &m_deletePositions}) {
        if (!clear->exec({SqlValues::id(*id)}))
            return failed(clear->error(), member);
    }
    return writeHistories(*id, member);
}

QVariantList MemberWriter::values(const Member& member)
{
    // The uuid comes last so that one list serves both the INSERT and the UPDATE … WHERE uuid = ?.
    return {SqlValues::text(member.fullName),
            SqlValues::text(member.givenName),
            MemberSearchKey::of(member.fullName, member.givenName),
            SqlValues::date(member.birthDate),
            SqlValues::code(member.sex),
            SqlValues::text(member.ethnicity),
            SqlValues::text(member.religion),
            SqlValues::text(member.hometown),
            SqlValues::text(member.citizenId),
            SqlValues::text(member.phone),
            SqlValues::text(member.partyCardNumber),
            SqlValues::date(member.admissionDecisionDate),
            SqlValues::date(member.ceremonyDate),
            SqlValues::date(member.officialDate),
            SqlValues::flag(member.worksInPoliticalSystem),
            SqlValues::text(member.note),
            SqlValues::uuid(member.id)};
}

Status MemberWriter::writeHistories(qint64 memberId, const Member& member)
{
    for (qsizetype i = 0; i < member.statusEvents.size(); ++i) {
        const StatusEvent& event = member.statusEvents[i];
        if (!m_insertEvent.exec({SqlValues::uuid(event.id), SqlValues::id(memberId), SqlValues::integer(i),
                                 SqlValues::date(event.date), SqlValues::code(event.kind),
                                 SqlValues::text(event.decision), SqlValues::text(event.note)}))
            return failed(m_insertEvent.error(), member);
    }
    return writeRegistrations(memberId, member);
}

Status MemberWriter::writeRegistrations(qint64 memberId, const Member& member)
{
    for (qsizetype i = 0; i < member.memberships.size(); ++i) {
        const CellMembership& membership = member.memberships[i];
        const Result<qint64> org = m_ids.require(IdResolver::Kind::Organisation, membership.orgId);
        if (!org)
            return failed(org.error(), member);
        if (!m_insertMembership.exec({SqlValues::uuid(membership.id), SqlValues::id(memberId),
                                      SqlValues::integer(i), SqlValues::id(*org),
                                      SqlValues::date(membership.from), SqlValues::date(membership.to),
                                      SqlValues::code(membership.kind)}))
            return failed(m_insertMembership.error(), member);
    }
    for (qsizetype i = 0; i < member.positions.size(); ++i) {
        const PositionTerm& position = member.positions[i];
        const Result<qint64> org = m_ids.require(IdResolver::Kind::Organisation, position.orgId);
        if (!org)
            return failed(org.error(), member);
        if (!m_insertPosition.exec({SqlValues::uuid(position.id), SqlValues::id(memberId),
                                    SqlValues::integer(i), SqlValues::id(*org),
                                    SqlValues::code(position.position), SqlValues::date(position.from),
                                    SqlValues::date(position.to)}))
            return failed(m_insertPosition.error(), member);
    }
    return {};
}

Error MemberWriter::failed(const QSqlError& error, const Member& member) const
{
    return SqlErrors::failed(m_db.dialect(), error, tr("Could not save member %1: %2"), member.fullName,
                             location(member));
}

Error MemberWriter::failed(const Error& cause, const Member& member) const
{
    return SqlErrors::wrap(cause, tr("Could not save member %1: %2"), member.fullName, location(member));
}

} // namespace chibo
