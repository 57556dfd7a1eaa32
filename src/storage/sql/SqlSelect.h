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
/// database's reason. The rows are read on the back end's own statement where it has one (a loader reads
/// a province's 1.2 million attendance rows this way), through Qt SQL otherwise.
class SqlSelect {
public:
    template <typename OnRow>
    static Status each(const Database& db, const QString& sql, const QString& failFormat, OnRow&& onRow,
                       const QVariantList& values = {})
    {
        SqlStatement statement(db, sql, SqlStatement::Binding::Native);
        if (!statement.exec(values))
            return SqlErrors::failed(db.dialect(), statement.error(), failFormat);
        RowReader row = statement.native() ? RowReader(*statement.native()) : RowReader(statement.query());
        while (statement.next()) {
            if (Status status = onRow(row); !status)
                return status;
        }
        const QSqlError failed =
            statement.native() ? statement.native()->error() : statement.query().lastError();
        if (failed.type() != QSqlError::NoError)
            return SqlErrors::failed(db.dialect(), failed, failFormat);
        return {};
    }
};

} // namespace chibo
