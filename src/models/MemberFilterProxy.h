// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PersonNameOrder.h"

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QUuid>

namespace chibo {

/// Sorts members the Vietnamese way (by given name, then full name, vi_VN collation; dates as dates)
/// and filters them by an accent- and đ-insensitive search over the full name, by status on the day and
/// by cell. Works over MemberTableModel's roles.
class MemberFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    /// Which members the status filter keeps.
    enum class StatusFilter {
        All,          ///< everyone ever registered
        Members,      ///< probationary or full members on the day
        Full,         ///< full members
        Probationary, ///< probationary members
        Exempt,       ///< members exempt from work and party activities
        Suspended,    ///< members whose party activities are suspended
        Left,         ///< no longer members (transferred out, removed, expelled, resigned, deceased)
    };

    explicit MemberFilterProxy(QObject* parent = nullptr);

    /// Keeps the members whose folded name contains every folded word of `text`.
    void setSearchText(const QString& text);
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    /// Keeps the members whose cell of record is `cellId`; a null id keeps every cell.
    void setCellFilter(const QUuid& cellId);
    QUuid cellFilter() const { return m_cellId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool acceptsStatus(const QModelIndex& index) const;

    PersonNameOrder m_order;
    QStringList m_words;
    StatusFilter m_status = StatusFilter::All;
    QUuid m_cellId;
};

} // namespace chibo
