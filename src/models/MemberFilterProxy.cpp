// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberFilterProxy.h"

#include "core/MemberState.h"
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

void MemberFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

void MemberFilterProxy::setCellFilter(const QUuid& cellId)
{
    if (cellId == m_cellId)
        return;
    m_cellId = cellId;
    invalidateRowsFilter();
}

bool MemberFilterProxy::acceptsStatus(const QModelIndex& index) const
{
    const auto standing = Standing(index.data(MemberTableModel::StandingRole).toInt());
    const bool member = standing == Standing::Probationary || standing == Standing::Full;
    switch (m_status) {
    case StatusFilter::All: return true;
    case StatusFilter::Members: return member;
    case StatusFilter::Full: return standing == Standing::Full;
    case StatusFilter::Probationary: return standing == Standing::Probationary;
    case StatusFilter::Exempt: return member && index.data(MemberTableModel::ExemptRole).toBool();
    case StatusFilter::Suspended: return member && index.data(MemberTableModel::SuspendedRole).toBool();
    case StatusFilter::Left: return standing == Standing::Left;
    }
    return true;
}

bool MemberFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_cellId.isNull() && name.data(MemberTableModel::CellIdRole).toUuid() != m_cellId)
        return false;
    if (!acceptsStatus(name))
        return false;
    return m_words.isEmpty() ||
           VietnameseText::containsAll(name.data(MemberTableModel::SearchKeyRole).toString(), m_words);
}

bool MemberFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(MemberTableModel::SortRole);
    const QVariant b = right.data(MemberTableModel::SortRole);
    int order = 0;
    switch (a.typeId()) {
    case QMetaType::QDate: order = a.toDate() < b.toDate() ? -1 : (b.toDate() < a.toDate() ? 1 : 0); break;
    case QMetaType::Int: order = a.toInt() - b.toInt(); break;
    default: order = m_order.compare(a.toString(), b.toString()); break;
    }
    if (order != 0)
        return order < 0;
    // Equal values (a cell, a status) list their members in name order.
    return left.data(MemberTableModel::NameRankRole).toInt() <
           right.data(MemberTableModel::NameRankRole).toInt();
}

} // namespace chibo
