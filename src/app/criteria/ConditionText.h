// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// A criteria file's expression or condition written for people, for the criteria page:
/// "[ty-le-du-hop] > 85 %", "meeting.minutes_length(min=90) ≥ min_minutes (90)", "(a and b)".
/// Operators are symbols; the few words (and, or, not…) are translated.
class ConditionText {
    Q_DECLARE_TR_FUNCTIONS(ConditionText)

public:
    static QString of(const Node& node, const Criteria& file);
    /// An exact number for people: integers as they are, shares (0 < x ≤ 1) as a percentage, other
    /// fractions as a decimal with the locale's decimal point.
    static QString number(const Rational& value);

private:
    static QString operands(const Node& node, const Criteria& file, const QString& separator);
    static QString results(const ResultsQuery& query);
};

} // namespace chibo
