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

void addRoot(const std::optional<Node>& node, QList<const Node*>& roots)
{
    if (node)
        roots.append(&*node);
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

QList<const Node*> Criteria::expressions() const
{
    QList<const Node*> roots;
    for (const EligibilityRule& rule : eligibility)
        roots.append(&rule.when);
    for (const Indicator& item : indicators) {
        addRoot(item.value, roots);
        addRoot(item.pointsFormula, roots);
        addRoot(item.pass, roots);
        addRoot(item.appliesWhen, roots);
        for (const Bonus& bonus : item.bonuses)
            roots.append(&bonus.when);
    }
    for (const LadderRule& rule : ladder) {
        roots.append(&rule.when);
        addRoot(rule.unless, roots);
    }
    for (const Cap& cap : caps)
        roots.append(&cap.when);
    for (const FlagRule& flag : flags)
        roots.append(&flag.when);
    return roots;
}

QStringList Criteria::dependencies() const
{
    QStringList ids;
    for (const Node* root : expressions())
        collectDependencies(*root, ids);
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

} // namespace chibo
