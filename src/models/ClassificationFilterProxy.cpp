// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ClassificationFilterProxy.h"

#include "models/ClassificationTableModel.h"

namespace chibo {

ClassificationFilterProxy::ClassificationFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClassificationTableModel::SortRole);
}

void ClassificationFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

void ClassificationFilterProxy::setOrganisations(QSet<QUuid> orgIds)
{
    m_orgIds = std::move(orgIds);
    invalidateRowsFilter();
}

bool ClassificationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_orgIds.isEmpty() && !m_orgIds.contains(index.data(ClassificationTableModel::OrgIdRole).toUuid()))
        return false;
    switch (m_filter) {
    case Filter::All: return true;
    case Filter::Members: return index.data(ClassificationTableModel::IsMemberRole).toBool();
    case Filter::Organisations: return !index.data(ClassificationTableModel::IsMemberRole).toBool();
    case Filter::NeedsDecision:
        return index.data(ClassificationTableModel::NeedsDecisionRole).toBool() &&
               !index.data(ClassificationTableModel::DecidedRole).toBool();
    case Filter::DiffersFromProposal: return index.data(ClassificationTableModel::DiffersRole).toBool();
    }
    return true;
}

bool ClassificationFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const ClassificationTableModel*>(sourceModel());
    const ClassificationRow* a = model ? model->row(left.row()) : nullptr;
    const ClassificationRow* b = model ? model->row(right.row()) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    switch (left.column()) {
    case ClassificationTableModel::SubjectColumn:
        // Organisations before members; members by given name, then full name.
        if (a->isMember != b->isMember)
            return !a->isMember;
        return m_order.compare(a->sortGivenName, a->subjectName, b->sortGivenName, b->subjectName) < 0;
    case ClassificationTableModel::CellColumn:
    case ClassificationTableModel::FlagsColumn:
    case ClassificationTableModel::ReasonColumn: {
        const int byText = m_order.compare(left.data().toString(), right.data().toString());
        if (byText != 0)
            return byText < 0;
        return m_order.compare(a->sortGivenName, a->subjectName, b->sortGivenName, b->subjectName) < 0;
    }
    default: {
        const QVariant l = left.data(ClassificationTableModel::SortRole);
        const QVariant r = right.data(ClassificationTableModel::SortRole);
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
    }
}

} // namespace chibo
