// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace chibo {

class SqlDialect;

/// Builds the Errors of the storage layer. Every message is one translated sentence naming the operation
/// and the record ("Could not save member %1: %2"); the reason (%2) is the database's own text or one of the
/// sentences below. Codes are stable: the dialect classifies driver errors (SqlDialect::errorCode), and
/// "storage.not-found", "storage.missing-reference", "storage.transaction" come from here.
class SqlErrors {
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)

public:
    /// `format` has %1 for the record and %2 for the reason.
    static Error failed(const SqlDialect& dialect, const QSqlError& error, const QString& format,
                        const QString& record, const QString& location = {});
    /// `format` has %1 for the reason only (a load of many records).
    static Error failed(const SqlDialect& dialect, const QSqlError& error, const QString& format);
    /// Puts an existing error's message in as the reason of `format` (%1 record, %2 reason).
    static Error wrap(const Error& cause, const QString& format, const QString& record,
                      const QString& location);
    /// The record to update or remove is not in the database.
    static Error notFound(const QString& format, const QString& record, const QString& location);
    /// Transaction misuse: commit or rollback with none open.
    static Error noTransaction();
    /// The driver's most specific text for `error`.
    static QString reason(const QSqlError& error);
    /// The reason as people read it: for a lock held by another program, a read-only file, a full disk,
    /// a damaged file or an id already stored, a sentence saying so (and what to do), with the driver's
    /// text in parentheses; otherwise the driver's text alone. `code` is the dialect's (errorCode).
    static QString explained(const QString& code, const QSqlError& error);
    /// "table/uuid", the location of a record in errors.
    static QString location(const QString& table, const QString& uuidText);
};

} // namespace chibo
