// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/Criteria.h"

#include <algorithm>

namespace chibo {

namespace {

void collectDependencies(const Node& node, QStringList& ids)
{
    if (node.op == Node::Op::Results)
        ids += node.results.criteriaIds;
    for (const Node& operand : node.operands)
        collectDependencies(operand, ids);
}

void collectDependencies(const std::optional<Node>& node, QStringList& ids)
{
    if (node)
        collectDependencies(*node, ids);
}

} // namespace

int Criteria::levelRank(const QString& code) const
{
    for (qsizetype i = 0; i < levels.size(); ++i) {
        if (levels[i].code == code)
            return int(i);
    }
    return -1;
}

const Indicator* Criteria::indicator(const QString& indicatorId) const
{
    const auto found = std::find_if(indicators.cbegin(), indicators.cend(),
                                    [&](const Indicator& item) { return item.id == indicatorId; });
    return found == indicators.cend() ? nullptr : &*found;
}

QStringList Criteria::dependencies() const
{
    QStringList ids;
    for (const Indicator& item : indicators) {
        collectDependencies(item.value, ids);
        collectDependencies(item.pointsFormula, ids);
        collectDependencies(item.pass, ids);
        collectDependencies(item.appliesWhen, ids);
        for (const Bonus& bonus : item.bonuses)
            collectDependencies(bonus.when, ids);
    }
    for (const EligibilityRule& rule : eligibility)
        collectDependencies(rule.when, ids);
    for (const LadderRule& rule : ladder) {
        collectDependencies(rule.when, ids);
        collectDependencies(rule.unless, ids);
    }
    for (const Cap& cap : caps)
        collectDependencies(cap.when, ids);
    for (const FlagRule& flag : flags)
        collectDependencies(flag.when, ids);
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

} // namespace chibo
