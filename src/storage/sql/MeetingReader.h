// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace chibo {

class Database;

/// Loads the meetings in the meeting scope (ScopeTables) with agenda, upper-level attendees, lifecycle
/// and attendance: five queries grouped in one pass, in canonical order (DatasetOrder).
class MeetingReader {
    Q_DECLARE_TR_FUNCTIONS(MeetingReader)

public:
    explicit MeetingReader(const Database& db)
        : m_db(db)
    {}

    Result<QList<Meeting>> read() const;

private:
    Status readLists(QList<Meeting>& meetings, const QHash<qint64, qsizetype>& indexById) const;

    const Database& m_db;
};

} // namespace chibo
