// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PersonNameOrder.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace chibo {

/// Sorts members the Vietnamese way (by given name, then full name, vi_VN collation; dates as dates)
/// and filters them by an accent- and đ-insensitive search over the full name.
class MemberFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit MemberFilterProxy(QObject* parent = nullptr);

    /// Keeps the members whose folded name contains every folded word of `text`.
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    PersonNameOrder m_order;
    QStringList m_words;
};

} // namespace chibo
