// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatasetOrder.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace chibo {

namespace {

// The collation of PersonNameOrder (core), built here once per sort to get sort keys: comparing
// precomputed keys is what keeps sorting 100,000 members fast.
QCollator vietnameseCollator()
{
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

template <typename T, typename Key>
void sortByKey(QList<T>& items, Key key)
{
    std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) {
        const auto ka = key(a);
        const auto kb = key(b);
        if (ka != kb)
            return ka < kb;
        return DatasetOrder::uuidLess(a.id, b.id);
    });
}

struct OrgNode {
    QCollatorSortKey name;
    QUuid id;
    qsizetype index;
};

/// Organisations by parent, each list of siblings sorted; walk() appends a subtree depth first.
struct OrgForest {
    std::vector<OrgNode> roots;
    QHash<QUuid, std::vector<OrgNode>> children;

    void walk(const OrgNode& start, std::vector<bool>& placed, std::vector<qsizetype>& order) const
    {
        std::vector<const OrgNode*> stack{&start};
        while (!stack.empty()) {
            const OrgNode* node = stack.back();
            stack.pop_back();
            if (placed[std::size_t(node->index)])
                continue;
            placed[std::size_t(node->index)] = true;
            order.push_back(node->index);
            const auto found = children.constFind(node->id);
            if (found == children.cend())
                continue;
            for (auto child = found->rbegin(); child != found->rend(); ++child)
                stack.push_back(&*child);
        }
    }
};

void sortSiblings(std::vector<OrgNode>& nodes)
{
    std::sort(nodes.begin(), nodes.end(), [](const OrgNode& a, const OrgNode& b) {
        const int byName = a.name.compare(b.name);
        return byName != 0 ? byName < 0 : DatasetOrder::uuidLess(a.id, b.id);
    });
}

} // namespace

bool DatasetOrder::uuidLess(const QUuid& a, const QUuid& b)
{
    // Field by field, unsigned: the same order as the hex text.
    if (a.data1 != b.data1)
        return a.data1 < b.data1;
    if (a.data2 != b.data2)
        return a.data2 < b.data2;
    if (a.data3 != b.data3)
        return a.data3 < b.data3;
    return std::lexicographical_compare(std::begin(a.data4), std::end(a.data4), std::begin(b.data4),
                                        std::end(b.data4));
}

void DatasetOrder::sort(QList<Organisation>& organisations)
{
    const QCollator collator = vietnameseCollator();
    QSet<QUuid> present;
    for (const Organisation& org : organisations)
        present.insert(org.id);
    OrgForest forest;
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        const Organisation& org = organisations[i];
        OrgNode node{collator.sortKey(org.name), org.id, i};
        if (org.parentId.isNull() || org.parentId == org.id || !present.contains(org.parentId))
            forest.roots.push_back(std::move(node));
        else
            forest.children[org.parentId].push_back(std::move(node));
    }
    sortSiblings(forest.roots);
    for (auto& siblings : forest.children)
        sortSiblings(siblings);

    std::vector<bool> placed(std::size_t(organisations.size()), false);
    std::vector<qsizetype> order;
    order.reserve(std::size_t(organisations.size()));
    for (const OrgNode& root : forest.roots)
        forest.walk(root, placed, order);
    // Organisations on a parent cycle are reachable from no root; they follow, by name.
    std::vector<OrgNode> rest;
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        if (!placed[std::size_t(i)])
            rest.push_back({collator.sortKey(organisations[i].name), organisations[i].id, i});
    }
    sortSiblings(rest);
    for (const OrgNode& node : rest)
        forest.walk(node, placed, order);

    QList<Organisation> ordered;
    ordered.reserve(organisations.size());
    for (qsizetype index : order)
        ordered.append(std::move(organisations[index]));
    organisations = std::move(ordered);
}

void DatasetOrder::sort(QList<Member>& members)
{
    const QCollator collator = vietnameseCollator();
    struct Key {
        QCollatorSortKey given;
        QCollatorSortKey full;
    };
    std::vector<Key> keys;
    keys.reserve(std::size_t(members.size()));
    for (const Member& member : members)
        keys.push_back({collator.sortKey(member.sortGivenName()), collator.sortKey(member.fullName)});
    std::vector<qsizetype> order(std::size_t(members.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Key& ka = keys[std::size_t(a)];
        const Key& kb = keys[std::size_t(b)];
        if (const int byGiven = ka.given.compare(kb.given); byGiven != 0)
            return byGiven < 0;
        if (const int byFull = ka.full.compare(kb.full); byFull != 0)
            return byFull < 0;
        return uuidLess(members[a].id, members[b].id);
    });
    QList<Member> ordered;
    ordered.reserve(members.size());
    for (qsizetype index : order)
        ordered.append(std::move(members[index]));
    members = std::move(ordered);
}

void DatasetOrder::sort(QList<Meeting>& meetings)
{
    sortByKey(meetings, [](const Meeting& m) { return m.date; });
}

void DatasetOrder::sort(QList<Target>& targets)
{
    sortByKey(targets, [](const Target& t) { return t.dueMonth.isValid() ? t.dueMonth : YearMonth(); });
}

void DatasetOrder::sort(QList<Assignment>& assignments)
{
    sortByKey(assignments, [](const Assignment& a) { return a.from; });
}

void DatasetOrder::sort(QList<Discipline>& disciplines)
{
    sortByKey(disciplines, [](const Discipline& d) { return d.decisionDate; });
}

void DatasetOrder::sort(QList<Leave>& leaves)
{
    sortByKey(leaves, [](const Leave& l) { return l.from; });
}

void DatasetOrder::sort(QList<DuesRecord>& dues)
{
    std::stable_sort(dues.begin(), dues.end(), [](const DuesRecord& a, const DuesRecord& b) {
        if (a.memberId != b.memberId)
            return uuidLess(a.memberId, b.memberId);
        return a.month < b.month;
    });
}

void DatasetOrder::sort(QList<Violation>& violations)
{
    sortByKey(violations, [](const Violation& v) { return v.date; });
}

void DatasetOrder::sort(QList<Commendation>& commendations)
{
    sortByKey(commendations, [](const Commendation& c) { return c.date; });
}

void DatasetOrder::sort(QList<Rating>& ratings)
{
    std::stable_sort(ratings.begin(), ratings.end(), [](const Rating& a, const Rating& b) {
        if (a.criteriaId != b.criteriaId)
            return a.criteriaId < b.criteriaId;
        if (a.period != b.period)
            return a.period < b.period;
        if (a.subjectId != b.subjectId)
            return uuidLess(a.subjectId, b.subjectId);
        if (a.indicatorId != b.indicatorId)
            return a.indicatorId < b.indicatorId;
        return uuidLess(a.id, b.id);
    });
}

void DatasetOrder::canonicalise(Dataset& dataset)
{
    sort(dataset.organisations);
    sort(dataset.members);
    sort(dataset.meetings);
    sort(dataset.targets);
    sort(dataset.assignments);
    sort(dataset.disciplines);
    sort(dataset.leaves);
    sort(dataset.dues);
    sort(dataset.violations);
    sort(dataset.commendations);
    sort(dataset.ratings);
}

void canonicalise(Dataset& dataset)
{
    DatasetOrder::canonicalise(dataset);
}

} // namespace chibo
