// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QUuid>

namespace chibo {

class Database;

/// Deletes one record by uuid. Owned children go with it (ON DELETE CASCADE); a record that others still
/// refer to is refused by the database ("storage.constraint"), and the error names the record.
class RecordRemover {
public:
    enum class Table {
        Organisations,
        Members,
        Meetings,
        Targets,
        Assignments,
        Disciplines,
        Leaves,
        Violations,
        Commendations
    };

    explicit RecordRemover(const Database& db)
        : m_db(db)
    {}

    /// `format` has %1 for the record's name and %2 for the reason. "storage.not-found" when no row has `id`.
    Status remove(Table table, const QUuid& id, const QString& format) const;
    /// As remove(), but a missing row is not an error: the result says whether a row was deleted.
    Result<bool> removeIfPresent(Table table, const QUuid& id, const QString& format) const;

private:
    struct Info {
        QString table;
        QString nameColumn; ///< what error messages call the record by
    };
    static Info infoOf(Table table);
    QString nameOf(const Info& info, const QUuid& id) const;

    const Database& m_db;
};

} // namespace chibo
