// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonPath.h"
#include "scoring/Criteria.h"
#include "scoring/CriteriaLoaderBands.h"
#include "scoring/CriteriaLoaderContext.h"
#include "scoring/CriteriaLoaderNodes.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

/// Reads the `indicators` of a criteria file (docs/criteria-format.md §2): computed or entered values,
/// points by bands or formula, bonuses, pass, applies_when and when_missing.
class CriteriaLoaderIndicators {
    Q_DECLARE_TR_FUNCTIONS(CriteriaLoaderIndicators)

public:
    using Value = CriteriaLoaderValue;

    CriteriaLoaderIndicators(CriteriaLoaderContext& context, CriteriaLoaderNodes& nodes)
        : m_context(context)
        , m_nodes(nodes)
        , m_bands(context)
    {}

    QList<Indicator> read(const Value& indicators, const JsonPath& path);

private:
    Indicator readOne(const Value& object, const JsonPath& path);
    void readSource(Indicator& indicator, const Value& object, const JsonPath& path);
    void readInput(Indicator& indicator, const Value& input, const JsonPath& path);
    void readScale(Indicator& indicator, const Value& scale, const JsonPath& path);
    void readPoints(Indicator& indicator, const Value& object, const JsonPath& path);
    void readBonuses(Indicator& indicator, const Value& bonuses, const JsonPath& path);
    void readWhenMissing(Indicator& indicator, const Value& object, const JsonPath& path);

    CriteriaLoaderContext& m_context;
    CriteriaLoaderNodes& m_nodes;
    CriteriaLoaderBands m_bands;
};

} // namespace chibo
