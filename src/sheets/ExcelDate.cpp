// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/ExcelDate.h"

namespace chibo {

namespace {

const QDate firstDate(1900, 1, 1);
const QDate lastDate(9999, 12, 31);
const QDate dayZero1900(1899, 12, 31);      // serial 0, for serials 1…59
const QDate dayZeroAfterLeap(1899, 12, 30); // serial 0 as counted from 01/03/1900 (serial 61) on
const QDate dayZero1904(1904, 1, 1);
const QDate firstAfterPhantom(1900, 3, 1);

} // namespace

std::optional<qint64> ExcelDate::serialOf(QDate date)
{
    if (!date.isValid() || date < firstDate || date > lastDate)
        return std::nullopt;
    return date < firstAfterPhantom ? dayZero1900.daysTo(date) : dayZeroAfterLeap.daysTo(date);
}

std::optional<QDate> ExcelDate::dateOf(qint64 serial, bool date1904)
{
    const qint64 lastSerial = date1904 ? dayZero1904.daysTo(lastDate) : dayZeroAfterLeap.daysTo(lastDate);
    if (serial > lastSerial)
        return std::nullopt;
    if (date1904)
        return serial < 0 ? std::nullopt : std::optional(dayZero1904.addDays(serial));
    if (serial < 1 || serial == phantomLeapDay)
        return std::nullopt;
    return serial < phantomLeapDay ? dayZero1900.addDays(serial) : dayZeroAfterLeap.addDays(serial);
}

} // namespace chibo
