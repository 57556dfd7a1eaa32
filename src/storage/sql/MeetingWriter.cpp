// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/MeetingWriter.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlValues.h"

namespace chibo {

namespace {

QString location(const Meeting& meeting)
{
    return SqlErrors::location(QStringLiteral("meetings"), SqlValues::uuidText(meeting.id));
}

QString describe(const Meeting& meeting)
{
    return meeting.date.isValid() ? meeting.date.toString(Qt::ISODate) : SqlValues::uuidText(meeting.id);
}

} // namespace

MeetingWriter::MeetingWriter(const Database& db, IdResolver& ids)
    : m_db(db)
    , m_ids(ids)
    , m_insert(db, QStringLiteral(
                       "INSERT INTO meetings (org_id, meeting_date, start_time, end_time, kind, place, "
                       "topic, chair_id, minute_taker_id, documents_posted_on, speakers_count, minutes, "
                       "conclusion, state, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"))
    , m_update(db, QStringLiteral(
                       "UPDATE meetings SET org_id = ?, meeting_date = ?, start_time = ?, end_time = ?, "
                       "kind = ?, place = ?, topic = ?, chair_id = ?, minute_taker_id = ?, "
                       "documents_posted_on = ?, speakers_count = ?, minutes = ?, conclusion = ?, "
                       "state = ? WHERE uuid = ? RETURNING id"))
    , m_deleteAgenda(db, QStringLiteral("DELETE FROM agenda_items WHERE meeting_id = ?"))
    , m_deleteUpper(db, QStringLiteral("DELETE FROM upper_attendees WHERE meeting_id = ?"))
    , m_deleteLifecycle(db, QStringLiteral("DELETE FROM lifecycle_events WHERE meeting_id = ?"))
    , m_deleteAttendance(db, QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?"))
    , m_insertAgenda(db,
                     QStringLiteral("INSERT INTO agenda_items (meeting_id, position, item) VALUES (?, ?, ?)"))
    , m_insertUpper(
          db, QStringLiteral("INSERT INTO upper_attendees (meeting_id, position, attendee) VALUES (?, ?, ?)"))
    , m_insertLifecycle(
          db, QStringLiteral("INSERT INTO lifecycle_events (uuid, meeting_id, position, state, actor, "
                             "at_utc, note) VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , m_insertAttendance(
          db, QStringLiteral("INSERT INTO attendance (meeting_id, member_id, position, status, reason, "
                             "note) VALUES (?, ?, ?, ?, ?, ?)"))
{}

Status MeetingWriter::insert(const Meeting& meeting)
{
    Result<QVariantList> row = values(meeting);
    if (!row)
        return failed(row.error(), meeting);
    if (!m_insert.exec(*row))
        return failed(m_insert.error(), meeting);
    const std::optional<qint64> id = m_insert.returnedId();
    if (!id)
        return failed(m_insert.error(), meeting);
    m_ids.remember(IdResolver::Kind::Meeting, meeting.id, *id);
    return writeLists(*id, meeting);
}

Status MeetingWriter::update(const Meeting& meeting)
{
    Result<QVariantList> row = values(meeting);
    if (!row)
        return failed(row.error(), meeting);
    if (!m_update.exec(*row))
        return failed(m_update.error(), meeting);
    const std::optional<qint64> id = m_update.returnedId();
    if (!id)
        return SqlErrors::notFound(tr("Could not save the meeting of %1: %2"), describe(meeting),
                                   location(meeting));
    for (SqlStatement* clear : {&m_deleteAgenda, &m_deleteUpper, &m_deleteLifecycle, &m_deleteAttendance}) {
        if (!clear->exec({SqlValues::id(*id)}))
            return failed(clear->error(), meeting);
    }
    return writeLists(*id, meeting);
}

Result<QVariantList> MeetingWriter::values(const Meeting& meeting)
{
    const Result<qint64> org = m_ids.require(IdResolver::Kind::Organisation, meeting.orgId);
    if (!org)
        return org.error();
    const Result<QVariant> chair = m_ids.optional(IdResolver::Kind::Member, meeting.chairId);
    if (!chair)
        return chair.error();
    const Result<QVariant> minuteTaker = m_ids.optional(IdResolver::Kind::Member, meeting.minuteTakerId);
    if (!minuteTaker)
        return minuteTaker.error();
    return QVariantList{SqlValues::id(*org),
                        SqlValues::date(meeting.date),
                        SqlValues::time(meeting.start),
                        SqlValues::time(meeting.end),
                        SqlValues::code(meeting.kind),
                        SqlValues::text(meeting.place),
                        SqlValues::text(meeting.topic),
                        *chair,
                        *minuteTaker,
                        SqlValues::date(meeting.documentsPostedOn),
                        SqlValues::integer(meeting.speakersCount),
                        SqlValues::text(meeting.minutes),
                        SqlValues::text(meeting.conclusion),
                        SqlValues::code(meeting.state),
                        SqlValues::uuid(meeting.id)};
}

Status MeetingWriter::writeLists(qint64 meetingId, const Meeting& meeting)
{
    const QVariant id = SqlValues::id(meetingId);
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i) {
        if (!m_insertAgenda.exec({id, SqlValues::integer(i), SqlValues::text(meeting.agenda[i])}))
            return failed(m_insertAgenda.error(), meeting);
    }
    for (qsizetype i = 0; i < meeting.upperAttendees.size(); ++i) {
        if (!m_insertUpper.exec({id, SqlValues::integer(i), SqlValues::text(meeting.upperAttendees[i])}))
            return failed(m_insertUpper.error(), meeting);
    }
    for (qsizetype i = 0; i < meeting.lifecycle.size(); ++i) {
        // Lifecycle events have no id in the domain; each stored row gets a fresh one.
        const LifecycleEvent& event = meeting.lifecycle[i];
        if (!m_insertLifecycle.exec({SqlValues::uuid(QUuid::createUuid()), id, SqlValues::integer(i),
                                     SqlValues::code(event.state), SqlValues::text(event.by),
                                     SqlValues::dateTime(event.at), SqlValues::text(event.note)}))
            return failed(m_insertLifecycle.error(), meeting);
    }
    return writeAttendance(meetingId, meeting);
}

Status MeetingWriter::writeAttendance(qint64 meetingId, const Meeting& meeting)
{
    const QVariant id = SqlValues::id(meetingId);
    for (qsizetype i = 0; i < meeting.attendance.size(); ++i) {
        const Attendance& attendance = meeting.attendance[i];
        const Result<qint64> member = m_ids.require(IdResolver::Kind::Member, attendance.memberId);
        if (!member)
            return failed(member.error(), meeting);
        if (!m_insertAttendance.exec({id, SqlValues::id(*member), SqlValues::integer(i),
                                      SqlValues::code(attendance.status), SqlValues::code(attendance.reason),
                                      SqlValues::text(attendance.note)}))
            return failed(m_insertAttendance.error(), meeting);
    }
    return {};
}

Error MeetingWriter::failed(const QSqlError& error, const Meeting& meeting) const
{
    return SqlErrors::failed(m_db.dialect(), error, tr("Could not save the meeting of %1: %2"),
                             describe(meeting), location(meeting));
}

Error MeetingWriter::failed(const Error& cause, const Meeting& meeting) const
{
    return SqlErrors::wrap(cause, tr("Could not save the meeting of %1: %2"), describe(meeting),
                           location(meeting));
}

} // namespace chibo
