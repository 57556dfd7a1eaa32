// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlValues.h"

namespace chibo {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

QVariant SqlValues::uuid(const QUuid& id)
{
    return id.isNull() ? nullText() : QVariant(uuidText(id));
}

QVariant SqlValues::date(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText();
}

QVariant SqlValues::time(QTime time)
{
    if (!time.isValid())
        return nullText();
    if (time.msec() != 0)
        return QVariant(time.toString(QStringLiteral("HH:mm:ss.zzz")));
    return QVariant(time.toString(time.second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm")));
}

QVariant SqlValues::dateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODateWithMs)) : nullText();
}

QVariant SqlValues::month(YearMonth month)
{
    return month.isValid() ? QVariant(month.toString()) : nullText();
}

QVariant SqlValues::text(const QString& text)
{
    // Qt binds a null QString as SQL NULL; text columns are NOT NULL and hold "" instead.
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant SqlValues::nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace chibo
