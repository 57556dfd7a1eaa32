// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Result.h"
#include "storage/sql/SqlStatement.h"

#include <QCoreApplication>

namespace chibo {

class Database;
class IdResolver;

/// Writes meetings with their agenda, upper-level attendees, lifecycle and attendance, each list in order
/// (its position column). The prepared statements serve every meeting of a bulk insert. Joins whatever
/// transaction is open.
class MeetingWriter {
    Q_DECLARE_TR_FUNCTIONS(MeetingWriter)

public:
    MeetingWriter(const Database& db, IdResolver& ids);

    Status insert(const Meeting& meeting);
    /// Replaces the row and its lists; "storage.not-found" when the meeting is not stored.
    Status update(const Meeting& meeting);

private:
    Result<QVariantList> values(const Meeting& meeting);
    Status writeLists(qint64 meetingId, const Meeting& meeting);
    Status writeAttendance(qint64 meetingId, const Meeting& meeting);
    Error failed(const QSqlError& error, const Meeting& meeting) const;
    Error failed(const Error& cause, const Meeting& meeting) const;

    const Database& m_db;
    IdResolver& m_ids;
    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_deleteAgenda;
    SqlStatement m_deleteUpper;
    SqlStatement m_deleteLifecycle;
    SqlStatement m_deleteAttendance;
    SqlStatement m_insertAgenda;
    SqlStatement m_insertUpper;
    SqlStatement m_insertLifecycle;
    SqlStatement m_insertAttendance;
};

} // namespace chibo
