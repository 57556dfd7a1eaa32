// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace chibo {

class Database;

/// The sets of records a bulk read is about, held in three connection-private tables of ids
/// (chibo_scope_orgs, chibo_scope_members, chibo_scope_meetings). Readers join against them, so a load
/// costs a fixed number of queries whatever the number of records, and no value is ever spliced into SQL.
/// Each set* call replaces that set.
class ScopeTables {
    Q_DECLARE_TR_FUNCTIONS(ScopeTables)

public:
    explicit ScopeTables(const Database& db);

    Status setOrganisations(const QList<QUuid>& ids);
    Status setAllOrganisations();
    /// `rootId` and every organisation below it; "storage.not-found" when there is no such root.
    Status setSubtree(const QUuid& rootId);
    /// `id` and every organisation above it; empty when there is no such organisation.
    Status setLineage(const QUuid& id);
    Status setMembers(const QList<QUuid>& ids);
    Status setAllMembers();
    /// Members with any registration (official or temporary, past or present) in the organisation set.
    Status setMembersRegisteredInOrganisations();
    Status setMeetings(const QList<QUuid>& ids);
    Status setAllMeetings();
    /// Meetings of the organisation set dated within [from, to]; an invalid bound is open.
    Status setMeetingsOfOrganisations(QDate from, QDate to);
    /// The one meeting of `orgId` dated before `day` that comes latest, one of kind `preferred` before
    /// any other; empty when there is none.
    Status setLatestMeetingBefore(const QUuid& orgId, QDate day, MeetingKind preferred);

private:
    Status reset(const QString& table);
    Status fill(const QString& table, const QString& sql, const QVariantList& values = {});
    Status fillByUuid(const QString& table, const QString& source, const QList<QUuid>& ids);

    const Database& m_db;
};

} // namespace chibo
