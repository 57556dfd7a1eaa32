// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/MeetingReader.h"

#include "storage/DatasetOrder.h"
#include "storage/sql/SqlSelect.h"
#include "storage/sql/SqlValues.h"

namespace chibo {

namespace {

const QString SelectMeetings = QStringLiteral(
    "SELECT m.id, m.uuid, o.uuid, m.meeting_date, m.start_time, m.end_time, m.kind, m.place, m.topic, "
    "c.uuid, "
    "t.uuid, m.documents_posted_on, m.speakers_count, m.minutes, m.conclusion, m.state FROM meetings m "
    "JOIN organisations o ON o.id = m.org_id LEFT JOIN members c ON c.id = m.chair_id "
    "LEFT JOIN members t ON t.id = m.minute_taker_id WHERE m.id IN (SELECT id FROM chibo_scope_meetings)");
const QString SelectAgenda = QStringLiteral(
    "SELECT meeting_id, item FROM agenda_items WHERE meeting_id IN (SELECT id FROM chibo_scope_meetings) "
    "ORDER BY meeting_id, position");
const QString SelectUpper = QStringLiteral("SELECT meeting_id, attendee FROM upper_attendees WHERE "
                                           "meeting_id IN (SELECT id FROM chibo_scope_meetings) "
                                           "ORDER BY meeting_id, position");
const QString SelectLifecycle =
    QStringLiteral("SELECT meeting_id, uuid, state, actor, at_utc, note FROM lifecycle_events "
                   "WHERE meeting_id IN (SELECT id FROM chibo_scope_meetings) ORDER BY meeting_id, position");
const QString SelectAttendance = QStringLiteral(
    "SELECT a.meeting_id, a.position, mb.uuid, a.status, a.reason, a.note FROM attendance a "
    "JOIN members mb ON mb.id = a.member_id WHERE a.meeting_id IN (SELECT id FROM chibo_scope_meetings) "
    "ORDER BY a.meeting_id, a.position");

Meeting readMeeting(RowReader& row)
{
    Meeting meeting;
    meeting.id = row.uuid(1);
    meeting.orgId = row.uuid(2);
    meeting.date = row.date(3);
    meeting.start = row.time(4);
    meeting.end = row.time(5);
    meeting.kind = row.code<MeetingKind>(6);
    meeting.place = row.text(7);
    meeting.topic = row.text(8);
    meeting.chairId = row.uuid(9);
    meeting.minuteTakerId = row.uuid(10);
    meeting.documentsPostedOn = row.date(11);
    meeting.speakersCount = int(row.integer(12));
    meeting.minutes = row.text(13);
    meeting.conclusion = row.text(14);
    meeting.state = row.code<MeetingState>(15);
    return meeting;
}

} // namespace

Result<QList<Meeting>> MeetingReader::read() const
{
    QList<Meeting> meetings;
    QHash<qint64, qsizetype> indexById;
    Status status = SqlSelect::each(m_db, SelectMeetings, tr("Could not load the meetings: %1"),
                                    [&](RowReader& row) -> Status {
                                        Meeting meeting = readMeeting(row);
                                        if (!row.ok())
                                            return row.error(u"meetings/" + row.text(1));
                                        indexById.insert(row.integer(0), meetings.size());
                                        meetings.append(std::move(meeting));
                                        return {};
                                    });
    if (status)
        status = readLists(meetings, indexById);
    if (!status)
        return status.error();
    DatasetOrder::sort(meetings);
    return meetings;
}

Status MeetingReader::readLists(QList<Meeting>& meetings, const QHash<qint64, qsizetype>& indexById) const
{
    const QString failFormat = tr("Could not load the meetings: %1");
    const auto of = [&](RowReader& row) -> Meeting& {
        return meetings[indexById.value(row.integer(0))];
    };
    Status status = SqlSelect::each(m_db, SelectAgenda, failFormat, [&](RowReader& row) -> Status {
        of(row).agenda.append(row.text(1));
        return {};
    });
    if (status) {
        status = SqlSelect::each(m_db, SelectUpper, failFormat, [&](RowReader& row) -> Status {
            of(row).upperAttendees.append(row.text(1));
            return {};
        });
    }
    if (status) {
        status = SqlSelect::each(m_db, SelectLifecycle, failFormat, [&](RowReader& row) -> Status {
            const LifecycleEvent event{row.code<MeetingState>(2), row.text(3), row.dateTime(4), row.text(5)};
            if (!row.ok())
                return row.error(u"lifecycle_events/" + row.text(1));
            of(row).lifecycle.append(event);
            return {};
        });
    }
    if (status) {
        status = SqlSelect::each(m_db, SelectAttendance, failFormat, [&](RowReader& row) -> Status {
            const Attendance attendance{row.uuid(2), row.code<AttendanceStatus>(3),
                                        row.code<AbsenceReason>(4), row.text(5)};
            if (!row.ok())
                return row.error(u"meetings/" + SqlValues::uuidText(of(row).id) + u"/attendance");
            of(row).attendance.append(attendance);
            return {};
        });
    }
    return status;
}

} // namespace chibo
