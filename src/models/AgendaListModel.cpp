// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgendaListModel.h"

#include <algorithm>

namespace chibo {

AgendaListModel::AgendaListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void AgendaListModel::setItems(QStringList items)
{
    if (items == m_items)
        return;
    if (items.size() == m_items.size()) {
        m_items = std::move(items);
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1));
        return;
    }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void AgendaListModel::setEditable(bool editable)
{
    m_editable = editable;
}

bool AgendaListModel::request(const QStringList& after)
{
    if (!m_editable || after == m_items)
        return false;
    Q_EMIT agendaEdited(after);
    return true;
}

bool AgendaListModel::requestInsert(int row, const QString& text)
{
    const QString item = text.trimmed();
    if (item.isEmpty())
        return false;
    QStringList after = m_items;
    after.insert(std::clamp<qsizetype>(row, 0, after.size()), item);
    return request(after);
}

bool AgendaListModel::requestRemove(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    QStringList after = m_items;
    after.removeAt(row);
    return request(after);
}

bool AgendaListModel::requestMove(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_items.size() || to < 0 || to >= m_items.size())
        return false;
    QStringList after = m_items;
    after.move(row, to);
    return request(after);
}

int AgendaListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AgendaListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    if (role == Qt::DisplayRole)
        return tr("%1. %2").arg(index.row() + 1).arg(m_items[index.row()]);
    if (role == Qt::EditRole)
        return m_items[index.row()];
    return {};
}

Qt::ItemFlags AgendaListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AgendaListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return false;
    QStringList after = m_items;
    after[index.row()] = text;
    return request(after);
}

} // namespace chibo
