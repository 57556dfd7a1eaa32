// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace chibo {

/// A calendar month, the period of monthly meetings, dues and targets.
struct YearMonth {
    static constexpr int MonthsPerYear = 12;

    int year = 0;
    int month = 0; ///< 1..12

    constexpr YearMonth() = default;
    constexpr YearMonth(int y, int m)
        : year(y)
        , month(m)
    {}

    static YearMonth of(QDate date) { return {date.year(), date.month()}; }
    /// Parses "YYYY-MM"; nullopt for anything else.
    static std::optional<YearMonth> parse(QStringView text);

    bool isValid() const { return year > 0 && month >= 1 && month <= 12; }
    QDate firstDay() const { return QDate(year, month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    YearMonth addMonths(int n) const;
    /// Months from this to other (other - this).
    int monthsTo(YearMonth other) const { return (other.year - year) * 12 + (other.month - month); }
    bool contains(QDate date) const { return date.year() == year && date.month() == month; }
    /// "YYYY-MM", the storage and dataset form.
    QString toString() const;

    constexpr auto operator<=>(const YearMonth&) const = default;
};

} // namespace chibo
