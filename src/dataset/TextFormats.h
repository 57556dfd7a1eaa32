// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/YearMonth.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QUuid>

#include <optional>

namespace chibo {

/// The text forms of dates, times, months and ids in the dataset format. Each parse accepts exactly
/// what the matching writer produces (and the documented shorter forms), so values round-trip.
class TextFormats {
public:
    /// "2025-03-15"; years 0001–9999.
    static QString date(QDate value);
    static std::optional<QDate> parseDate(QStringView text);

    /// "2025-03"
    static QString month(YearMonth value) { return value.toString(); }
    static std::optional<YearMonth> parseMonth(QStringView text);

    /// The shortest exact form: "19:30", "19:30:15" or "19:30:15.250".
    static QString time(QTime value);
    static std::optional<QTime> parseTime(QStringView text);

    /// "2025-03-15T19:30:00+07:00" ("Z" for UTC, ".250" before the offset when there are milliseconds),
    /// written with the UTC offset the value carries.
    static QString dateTime(const QDateTime& value);
    /// Requires the offset or "Z": a time without one would depend on the reading computer.
    static std::optional<QDateTime> parseDateTime(QStringView text);

    /// Lowercase, without braces: "3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b".
    static QString id(const QUuid& value) { return value.toString(QUuid::WithoutBraces); }
    /// 8-4-4-4-12 hexadecimal digits of either case; the nil UUID is returned as it is.
    static std::optional<QUuid> parseId(QStringView text);

    /// Whether `text` has `pattern`'s shape: 'd' stands for a digit, 'x' for a hex digit, anything else
    /// for itself.
    static bool hasShape(QStringView text, QStringView pattern);
};

} // namespace chibo
