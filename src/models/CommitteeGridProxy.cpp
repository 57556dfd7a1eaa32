// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CommitteeGridProxy.h"

#include "core/Rational.h"

namespace chibo {

CommitteeGridProxy::CommitteeGridProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void CommitteeGridProxy::setCellTypeFilter(std::optional<int> cellType)
{
    if (cellType == m_cellType)
        return;
    m_cellType = cellType;
    invalidateFilter();
}

bool CommitteeGridProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_cellType)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CellTypeRole).toInt() == *m_cellType;
}

bool CommitteeGridProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    // Rows without a value go last whichever way the column is sorted.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return left.row() < right.row();
        return descending ? !a.isValid() : !b.isValid();
    }
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int order = m_order.compare(a.toString(), b.toString());
        return order != 0 ? order < 0 : left.row() < right.row();
    }
    if (a.metaType() == QMetaType::fromType<Rational>() && b.metaType() == QMetaType::fromType<Rational>()) {
        const auto order = a.value<Rational>() <=> b.value<Rational>();
        return order != 0 ? order < 0 : left.row() < right.row();
    }
    const qlonglong x = a.toLongLong();
    const qlonglong y = b.toLongLong();
    return x != y ? x < y : left.row() < right.row();
}

} // namespace chibo
