// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/Database.h"
#include "storage/sql/RowReader.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlStatement.h"

#include <QSqlError>
#include <QString>

namespace chibo {

/// Runs a SELECT (scoped reads join the ScopeTables rather than take lists of parameters) and hands each
/// row to `onRow(RowReader&) -> Status`, stopping at the first failure. `failFormat` has %1 for the
/// database's reason.
class SqlSelect {
public:
    template <typename OnRow>
    static Status each(const Database& db, const QString& sql, const QString& failFormat, OnRow&& onRow,
                       const QVariantList& values = {})
    {
        SqlStatement statement(db, sql);
        if (!statement.exec(values))
            return SqlErrors::failed(db.dialect(), statement.error(), failFormat);
        RowReader row(statement.query());
        while (statement.next()) {
            if (Status status = onRow(row); !status)
                return status;
        }
        if (statement.query().lastError().type() != QSqlError::NoError)
            return SqlErrors::failed(db.dialect(), statement.query().lastError(), failFormat);
        return {};
    }
};

} // namespace chibo
