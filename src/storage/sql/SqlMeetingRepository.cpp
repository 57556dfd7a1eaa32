// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlMeetingRepository.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/MeetingReader.h"
#include "storage/sql/MeetingWriter.h"
#include "storage/sql/RecordRemover.h"
#include "storage/sql/ScopeTables.h"
#include "storage/sql/TransactionScope.h"

namespace chibo {

Result<QList<Meeting>> SqlMeetingRepository::ofOrganisations(const QList<QUuid>& orgIds, QDate from,
                                                             QDate to) const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<Meeting>> {
        ScopeTables scopes(m_db);
        Status status = scopes.setOrganisations(orgIds);
        if (status)
            status = scopes.setMeetingsOfOrganisations(from, to);
        if (!status)
            return status.error();
        return MeetingReader(m_db).read();
    });
}

Result<std::optional<Meeting>> SqlMeetingRepository::find(const QUuid& id) const
{
    return TransactionScope::run(m_db, [&]() -> Result<std::optional<Meeting>> {
        if (Status status = ScopeTables(m_db).setMeetings({id}); !status)
            return status.error();
        Result<QList<Meeting>> meetings = MeetingReader(m_db).read();
        if (!meetings)
            return meetings.error();
        if (meetings->isEmpty())
            return std::optional<Meeting>();
        return std::optional<Meeting>(meetings->first());
    });
}

Result<std::optional<Meeting>> SqlMeetingRepository::latestBefore(const QUuid& orgId, QDate day,
                                                                  MeetingKind preferred) const
{
    return TransactionScope::run(m_db, [&]() -> Result<std::optional<Meeting>> {
        if (Status status = ScopeTables(m_db).setLatestMeetingBefore(orgId, day, preferred); !status)
            return status.error();
        Result<QList<Meeting>> meetings = MeetingReader(m_db).read();
        if (!meetings)
            return meetings.error();
        if (meetings->isEmpty())
            return std::optional<Meeting>();
        return std::optional<Meeting>(meetings->first());
    });
}

Status SqlMeetingRepository::insert(const Meeting& meeting)
{
    return TransactionScope::run(m_db, [&] {
        IdResolver ids(m_db);
        return MeetingWriter(m_db, ids).insert(meeting);
    });
}

Status SqlMeetingRepository::update(const Meeting& meeting)
{
    return TransactionScope::run(m_db, [&] {
        IdResolver ids(m_db);
        return MeetingWriter(m_db, ids).update(meeting);
    });
}

Status SqlMeetingRepository::remove(const QUuid& id)
{
    return RecordRemover(m_db).remove(RecordRemover::Table::Meetings, id,
                                      tr("Could not remove the meeting of %1: %2"));
}

} // namespace chibo
