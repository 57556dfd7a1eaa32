// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/RowReader.h"

#include <QSqlRecord>

namespace chibo {

QUuid RowReader::uuid(int column)
{
    if (isNull(column))
        return {};
    const QString raw = text(column);
    const QUuid id = QUuid::fromString(raw);
    if (id.isNull())
        fail(column, raw);
    return id;
}

QDate RowReader::date(int column)
{
    if (isNull(column))
        return {};
    const QString raw = text(column);
    const QDate value = QDate::fromString(raw, Qt::ISODate);
    if (!value.isValid())
        fail(column, raw);
    return value;
}

QTime RowReader::time(int column)
{
    if (isNull(column))
        return {};
    const QString raw = text(column);
    const QTime value = QTime::fromString(raw, Qt::ISODateWithMs);
    if (!value.isValid())
        fail(column, raw);
    return value;
}

QDateTime RowReader::dateTime(int column)
{
    if (isNull(column))
        return {};
    const QString raw = text(column);
    const QDateTime value = QDateTime::fromString(raw, Qt::ISODateWithMs);
    if (!value.isValid())
        fail(column, raw);
    return value;
}

YearMonth RowReader::month(int column)
{
    if (isNull(column))
        return {};
    const QString raw = text(column);
    const std::optional<YearMonth> value = YearMonth::parse(raw);
    if (!value) {
        fail(column, raw);
        return {};
    }
    return *value;
}

Error RowReader::error(const QString& location) const
{
    Error error = m_error.value_or(Error{});
    if (error.location.isEmpty())
        error.location = location;
    return error;
}

void RowReader::fail(int column, const QString& raw)
{
    if (m_error)
        return;
    const QString field = m_query.record().fieldName(column);
    m_error =
        Error{QStringLiteral("storage.bad-value"),
              tr("The database holds the value \"%1\" in column %2, which this version of ChiBo cannot read.")
                  .arg(raw, field),
              {}};
}

} // namespace chibo
