// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlValues.h"

#include <iterator>

namespace chibo {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

/// "YYYY-MM-DD" as QDate::toString(Qt::ISODate) writes a date of the years 0 to 9999, without its
/// general formatting (bulk writes store several dates per record).
QString isoDate(QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const auto digit = [](int value) {
        return char16_t(u'0' + value);
    };
    const char16_t text[] = {digit(year / 1000),
                             digit(year / 100 % 10),
                             digit(year / 10 % 10),
                             digit(year % 10),
                             u'-',
                             digit(month / 10),
                             digit(month % 10),
                             u'-',
                             digit(day / 10),
                             digit(day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), std::size(text));
}

} // namespace

QVariant SqlValues::uuid(const QUuid& id)
{
    return id.isNull() ? nullText() : QVariant(uuidText(id));
}

QVariant SqlValues::date(QDate date)
{
    return date.isValid() ? QVariant(isoDate(date)) : nullText();
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
