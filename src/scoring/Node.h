// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rational.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace chibo {

/// Which results of another criteria file a `results` expression reads, and how it sums them up.
struct ResultsQuery {
    /// The subjects whose results are read, relative to the subject being evaluated.
    enum class Over {
        Meetings,     ///< the organisation's meetings held in the period
        Members,      ///< the members whose cell of record is the organisation or below it
        Subordinates, ///< the organisation's direct subordinate organisations
        Months,       ///< the organisation's months in the period (organisation_month results)
    };
    enum class Aggregate {
        Count,        ///< subjects with a result (rated or not)
        Rated,        ///< subjects rated (not excluded by eligibility)
        CountAtLeast, ///< rated subjects whose level is `level` or better
        CountBelow,   ///< rated subjects whose level is worse than `level`
        ShareAtLeast, ///< CountAtLeast / Rated; missing when none is rated
        CountFlagged, ///< rated subjects that need a decision
        Undetermined, ///< rated subjects without a level
    };

    QStringList criteriaIds; ///< for each subject, the first id with a file valid for its period
    Over over = Over::Meetings;
    Aggregate aggregate = Aggregate::Count;
    QString level;

    bool operator==(const ResultsQuery&) const = default;
};

/// A node of an expression or condition tree read from a criteria file (docs/criteria-format.md §5).
/// One type for both: conditions are expressions whose value is a Boolean.
struct Node {
    enum class Op {
        // leaves
        Number,    ///< `number`
        Boolean,   ///< `boolean`
        Code,      ///< a grade or level code literal, in `name`
        Param,     ///< the file's parameter `name`
        Metric,    ///< catalog metric `name` with `args`, for the subject being evaluated
        Indicator, ///< the value of indicator `name` of this file
        PointsOf,  ///< the points of the indicators in `names` (summed)
        Total,     ///< the sum of all indicators' points
        Value,     ///< the value of the indicator being scored (in its `points` formula)
        Results,   ///< an aggregate of another file's results, `results`
        // arithmetic on numbers
        Sum,
        Diff,
        Product,
        Ratio, ///< operands[0] / operands[1]; missing when the divisor is 0
        Min,
        Max,
        If, ///< operands: condition, then, else
        // conditions
        All,
        Any,
        Not,
        Ge,
        Gt,
        Le,
        Lt,
        Eq,
        Ne,
        GradeAtLeast, ///< operands[0] is a grade (indicator), `name` the grade it must reach
        Known,        ///< operands[0] is not missing
    };

    Op op = Op::Number;
    Rational number;
    bool boolean = false;
    QString name;
    QStringList names;
    QMap<QString, QString> args; ///< metric arguments, canonical text ("3", "90", "thematic")
    ResultsQuery results;
    std::vector<Node> operands;
    QString pointer; ///< where the node is in its file, for messages

    bool operator==(const Node&) const = default;
};

} // namespace chibo
