// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <limits>

namespace chibo {

/// The calendar years from `first` to `last`, both included, that an edit touches. An open end (a
/// registration or leave still running) reaches every later year.
struct YearSpan {
    static constexpr int Open = std::numeric_limits<int>::max();

    int first = 0;
    int last = 0;

    static YearSpan of(int year) { return {year, year}; }
    /// The years of the days from `from` to `to`; an invalid `to` is open, an invalid `from` is the start
    /// of time.
    static YearSpan of(QDate from, QDate to)
    {
        return {from.isValid() ? from.year() : 0, to.isValid() ? to.year() : Open};
    }
    bool contains(int year) const { return first <= year && year <= last; }
    bool operator==(const YearSpan&) const = default;
};

} // namespace chibo
