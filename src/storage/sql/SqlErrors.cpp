// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlErrors.h"

#include "storage/SqlDialect.h"

#include <QSqlError>

namespace chibo {

Error SqlErrors::failed(const SqlDialect& dialect, const QSqlError& error, const QString& format,
                        const QString& record, const QString& location)
{
    const QString code = dialect.errorCode(error);
    return Error{code, format.arg(record, explained(code, error)), location};
}

Error SqlErrors::failed(const SqlDialect& dialect, const QSqlError& error, const QString& format)
{
    const QString code = dialect.errorCode(error);
    return Error{code, format.arg(explained(code, error)), {}};
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

QString SqlErrors::explained(const QString& code, const QSqlError& error)
{
    const QString text = reason(error);
    if (code == u"storage.busy")
        return tr("another program is writing to this database (%1); try again when it has finished")
            .arg(text);
    if (code == u"storage.read-only")
        return tr("the database cannot be written, because the file or its folder is read-only (%1)")
            .arg(text);
    if (code == u"storage.full")
        return tr("the disk that holds the database is full (%1); free some space and try again").arg(text);
    if (code == u"storage.corrupt")
        return tr("the database file is damaged (%1); restore it from a backup").arg(text);
    if (code == u"storage.constraint" && text.endsWith(u".uuid"))
        return tr("a record with the same id is already in the database (%1)").arg(text);
    return text;
}

QString SqlErrors::location(const QString& table, const QString& uuidText)
{
    return table + u'/' + uuidText;
}

} // namespace chibo
