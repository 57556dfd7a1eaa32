// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonPath.h"
#include "core/ScoreCard.h"
#include "scoring/CriteriaLoaderContext.h"
#include "scoring/Node.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace chibo {

/// Reads expressions and conditions (docs/criteria-format.md §5) into Node trees, each node carrying its
/// JSON pointer. Checks what one node shows by itself: operators and their operand counts, metric names
/// and arguments against MetricCatalog (defaults filled in, so Node::args holds every argument), the
/// metric's subject, parameters, `value` placement and the `results` forms allowed for the subject.
/// References to indicators, grades and types are checked afterwards by CriteriaLoaderReferences.
class CriteriaLoaderNodes {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoaderNodes)

public:
    using Value = CriteriaLoaderValue;

    CriteriaLoaderNodes(CriteriaLoaderContext& context, SubjectKind subject,
                        const QMap<QString, Rational>& parameters);

    /// `allowValue`: inside an indicator's `points`, `pass` or `bonus`, where `{"value": {}}` is that
    /// indicator's value.
    Node read(const Value& value, const JsonPath& path, bool allowValue);
    /// The member `key` of `object` as an expression; nullopt when absent (reported when required).
    std::optional<Node> readField(const Value& object, const JsonPath& path, QStringView key, bool required,
                                  bool allowValue);

private:
    Node readLiteral(const Value& value, const JsonPath& path);
    Node readOperator(const Value& value, const JsonPath& path, bool allowValue);
    void readOperands(Node& node, const Value& operands, const JsonPath& path, bool allowValue);
    void readMetric(Node& node, const Value& object, const JsonPath& path);
    void readMetricArgs(Node& node, const Value& args, const JsonPath& path);
    void readName(Node& node, const Value& name, const JsonPath& path);
    void readNames(Node& node, const Value& names, const JsonPath& path);
    void readResults(Node& node, const Value& query, const JsonPath& path);
    void readResultsOver(Node& node, const Value& query, const JsonPath& path);
    void readGradeAtLeast(Node& node, const Value& operands, const JsonPath& path, bool allowValue);
    bool expectEmptyObject(const Value& value, const JsonPath& path);

    CriteriaLoaderContext& m_context;
    SubjectKind m_subject;
    const QMap<QString, Rational>& m_parameters;
};

} // namespace chibo
