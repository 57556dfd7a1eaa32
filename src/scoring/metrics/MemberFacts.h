// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QtGlobal>

namespace chibo {

class MetricData;
class MetricValueBuilder;

/// Per-member figures that both the `member.*` and the `org.*` metrics read. Each looks only at the
/// member's own indexed records.
class MemberFacts {
public:
    /// Months in [from, to] with a held meeting the member was expected at, none attended and at
    /// least one unexcused absence. Adds the unexcused attendance rows to `builder` when given.
    static int monthsInactive(const MetricData& data, qsizetype member, QDate from, QDate to,
                              MetricValueBuilder* builder = nullptr);
    /// Months in [from, to] whose dues are recorded unpaid. Adds the dues records when given.
    static int monthsDuesUnpaid(const MetricData& data, qsizetype member, QDate from, QDate to,
                                MetricValueBuilder* builder = nullptr);
    /// Monday–Friday days after `from` up to and including `to`; 0 when `to` is not after `from`.
    static qint64 workingDaysAfter(QDate from, QDate to);
    /// Whole months from `from` to `to` (the day of the month must be reached).
    static int wholeMonths(QDate from, QDate to);
};

} // namespace chibo
