// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace chibo {

/// Meetings with agenda, lifecycle and attendance, loaded in bulk. Writes join the caller's transaction.
class MeetingRepository {
public:
    virtual ~MeetingRepository() = default;
    /// Meetings of `orgIds` dated within [from, to] (an invalid bound is open), by date then id.
    virtual Result<QList<Meeting>> ofOrganisations(const QList<QUuid>& orgIds, QDate from = {},
                                                   QDate to = {}) const = 0;
    virtual Result<std::optional<Meeting>> find(const QUuid& id) const = 0;
    /// The latest meeting of `orgId` dated before `day`: of kind `preferred` when the organisation held
    /// one, else of any kind; nothing when it held none. A fixed number of queries.
    virtual Result<std::optional<Meeting>> latestBefore(const QUuid& orgId, QDate day,
                                                        MeetingKind preferred) const = 0;
    virtual Status insert(const Meeting& meeting) = 0;
    /// Replaces the record, its agenda, lifecycle and attendance.
    virtual Status update(const Meeting& meeting) = 0;
    virtual Status remove(const QUuid& id) = 0;
};

} // namespace chibo
