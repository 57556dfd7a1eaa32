// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlErrors.h"

#include "storage/SqlDialect.h"

#include <QSqlError>

namespace chibo {

Error SqlErrors::failed(const SqlDialect& dialect, const QSqlError& error, const QString& format,
                        const QString& record, const QString& location)
{
    return Error{dialect.errorCode(error), format.arg(record, reason(error)), location};
}

Error SqlErrors::failed(const SqlDialect& dialect, const QSqlError& error, const QString& format)
{
    return Error{dialect.errorCode(error), format.arg(reason(error)), {}};
}

Error SqlErrors::wrap(const Error& cause, const QString& format, const QString& record,
                      const QString& location)
{
    return Error{cause.code, format.arg(record, cause.message),
                 cause.location.isEmpty() ? location : cause.location};
}

Error SqlErrors::notFound(const QString& format, const QString& record, const QString& location)
{
    return Error{QStringLiteral("storage.not-found"),
                 format.arg(record, tr("There is no such record in the database.")), location};
}

Error SqlErrors::noTransaction()
{
    return Error{QStringLiteral("storage.transaction"), tr("There is no open transaction to finish."), {}};
}

QString SqlErrors::reason(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.driverText().trimmed() : text;
}

QString SqlErrors::location(const QString& table, const QString& uuidText)
{
    return table + u'/' + uuidText;
}

} // namespace chibo
