// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/criteria/ApplicabilityTableModel.h"

namespace chibo {

ApplicabilityTableModel::ApplicabilityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ApplicabilityTableModel::setTable(QList<ApplicabilityRow> rows, int firstYear,
                                       QHash<QUuid, QString> names, QHash<QString, QString> titles)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_firstYear = firstYear;
    m_years = m_rows.isEmpty() ? 0 : int(m_rows.constFirst().idsByYear.size());
    m_names = std::move(names);
    m_titles = std::move(titles);
    endResetModel();
}

int ApplicabilityTableModel::columnOf(int year) const
{
    const int column = year - m_firstYear;
    return column >= 0 && column < m_years ? column : -1;
}

int ApplicabilityTableModel::rowOf(const QUuid& orgId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).orgId == orgId)
            return row;
    }
    return -1;
}

int ApplicabilityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicabilityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_years;
}

QVariant ApplicabilityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList& ids = m_rows.at(index.row()).idsByYear.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return ids.join(u'\n');
    case IdsRole: return ids;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const QString& id : ids)
            lines.append(tr("%1 — %2").arg(id, m_titles.value(id)));
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default: return {};
    }
}

QVariant ApplicabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QString::number(m_firstYear + section);
    return section >= 0 && section < m_rows.size() ? m_names.value(m_rows.at(section).orgId) : QVariant();
}

} // namespace chibo
