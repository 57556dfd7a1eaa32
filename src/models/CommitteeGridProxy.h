// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PersonNameOrder.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace chibo {

/// Sorts the committee grid (names by Vietnamese collation, numbers as numbers, cells without a value
/// last in either direction) and keeps the cells of one cell type. Reads two roles of its source.
class CommitteeGridProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a QString (collated), an integer or a Rational; invalid: no value
        CellTypeRole,                ///< int(CellType) of the row's cell, on any column
    };

    explicit CommitteeGridProxy(QObject* parent = nullptr);

    /// Keeps the rows of this cell type (int(CellType)); nullopt keeps every row.
    void setCellTypeFilter(std::optional<int> cellType);
    std::optional<int> cellTypeFilter() const { return m_cellType; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    PersonNameOrder m_order;
    std::optional<int> m_cellType;
};

} // namespace chibo
