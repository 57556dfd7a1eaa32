// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace chibo {

class DemoRandom;

/// Date helpers for the demo: random days in a range, meeting days, Vietnam local timestamps and
/// decision numbers in the form the issuing committee used on that day.
class DemoDates {
public:
    /// A uniformly drawn day in [from, to]; `from` when the range is empty.
    static QDate between(DemoRandom& random, QDate from, QDate to);
    /// First day on or after `day` that is a weekday (Monday–Friday) or, with `weekend`, a Saturday
    /// or Sunday.
    static QDate nextDay(QDate day, bool weekend);
    /// A timestamp in Vietnam time (UTC+7), the same on every machine.
    static QDateTime at(QDate day, QTime time);
    /// "Số 125-QĐ/HU" before the district committees were dissolved on 1/7/2025, "…-QĐ/ĐU" after.
    static QString decisionNumber(DemoRandom& random, QDate day);
    /// Whole years from `birth` to `day`.
    static int age(QDate birth, QDate day);
};

} // namespace chibo
