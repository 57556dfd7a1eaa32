// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoDates.h"

#include "demo/DemoRandom.h"

#include <QTimeZone>

namespace chibo {

using namespace Qt::StringLiterals;

QDate DemoDates::between(DemoRandom& random, QDate from, QDate to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(random.below(span + 1));
}

QDate DemoDates::nextDay(QDate day, bool weekend)
{
    QDate d = day;
    while ((d.dayOfWeek() >= 6) != weekend)
        d = d.addDays(1);
    return d;
}

QDateTime DemoDates::at(QDate day, QTime time)
{
    static const QTimeZone vietnam(7 * 3600);
    return QDateTime(day, time, vietnam);
}

QString DemoDates::decisionNumber(DemoRandom& random, QDate day)
{
    const bool district = day < QDate(2025, 7, 1);
    return u"Số "_s + QString::number(random.between(12, 480)) + (district ? u"-QĐ/HU"_s : u"-QĐ/ĐU"_s);
}

int DemoDates::age(QDate birth, QDate day)
{
    int years = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --years;
    return years;
}

} // namespace chibo
