// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scorecard/EvidenceTableModel.h"

namespace chibo {

EvidenceTableModel::EvidenceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EvidenceTableModel::setRows(QList<ScorecardEvidenceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void EvidenceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EvidenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ScorecardEvidenceRow& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return row.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn: return row.kind;
    case DateColumn: return row.date.isValid() ? row.date.toString(u"dd/MM/yyyy") : QString();
    case NameColumn: return row.name;
    case DetailColumn: return row.detail;
    default: return {};
    }
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Record");
    case DateColumn: return tr("Date");
    case NameColumn: return tr("Meeting, member or target");
    case DetailColumn: return tr("Detail");
    default: return {};
    }
}

} // namespace chibo
