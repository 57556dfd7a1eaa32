// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/MeetingRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// MeetingRepository in portable SQL: every read is the same five queries over a meeting scope.
class SqlMeetingRepository final : public MeetingRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlMeetingRepository)

public:
    explicit SqlMeetingRepository(Database& db)
        : m_db(db)
    {}

    Result<QList<Meeting>> ofOrganisations(const QList<QUuid>& orgIds, QDate from = {},
                                           QDate to = {}) const override;
    Result<std::optional<Meeting>> find(const QUuid& id) const override;
    Result<std::optional<Meeting>> latestBefore(const QUuid& orgId, QDate day,
                                                MeetingKind preferred) const override;
    Status insert(const Meeting& meeting) override;
    Status update(const Meeting& meeting) override;
    /// Removes the meeting with agenda, lifecycle and attendance; refused while targets refer to it.
    Status remove(const QUuid& id) override;

private:
    Database& m_db;
};

} // namespace chibo
