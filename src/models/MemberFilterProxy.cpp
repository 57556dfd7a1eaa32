// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberFilterProxy.h"

#include "core/VietnameseText.h"
#include "models/MemberTableModel.h"

#include <QDate>

namespace chibo {

MemberFilterProxy::MemberFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MemberTableModel::SortRole);
}

void MemberFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = VietnameseText::queryWords(text);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool MemberFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex name = sourceModel()->index(sourceRow, 0, sourceParent);
    return VietnameseText::containsAll(name.data(MemberTableModel::SearchKeyRole).toString(), m_words);
}

bool MemberFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == MemberTableModel::NameColumn) {
        return m_order.compare(left.data(MemberTableModel::GivenNameRole).toString(), left.data().toString(),
                               right.data(MemberTableModel::GivenNameRole).toString(),
                               right.data().toString()) < 0;
    }
    const QVariant a = left.data(MemberTableModel::SortRole);
    const QVariant b = right.data(MemberTableModel::SortRole);
    if (a.typeId() == QMetaType::QDate)
        return a.toDate() < b.toDate();
    return m_order.compare(a.toString(), b.toString()) < 0;
}

} // namespace chibo
