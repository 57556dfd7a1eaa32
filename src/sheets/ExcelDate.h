// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <optional>

namespace chibo {

/// Excel's day numbers ("serials"). In the 1900 date system serial 1 is 01/01/1900 and Excel counts a
/// 29/02/1900 that never was (serial 60, a bug kept from Lotus 1-2-3), so from 01/03/1900 (serial 61)
/// on, serial = days since 30/12/1899. In the 1904 system (old Mac workbooks) serial 0 is 01/01/1904.
class ExcelDate {
public:
    /// The 1900-system serial of `date`; nullopt when Excel cannot hold it as a date (before
    /// 01/01/1900, after 31/12/9999, or invalid).
    static std::optional<qint64> serialOf(QDate date);
    /// The day a whole serial stands for; nullopt for serials that are no real day: 60 and below 1 in
    /// the 1900 system, below 0 in the 1904 system, and beyond 31/12/9999.
    static std::optional<QDate> dateOf(qint64 serial, bool date1904 = false);
    /// The 1900 system's serial 60, shown by Excel as 29/02/1900.
    static constexpr qint64 phantomLeapDay = 60;
};

} // namespace chibo
