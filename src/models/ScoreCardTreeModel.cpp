// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ScoreCardTreeModel.h"

#include <QFont>

namespace chibo {

namespace {

/// internalId of a top-level index; a child's is its parent's row + 1.
constexpr quintptr topLevel = 0;

} // namespace

ScoreCardTreeModel::ScoreCardTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ScoreCardTreeModel::setRows(QList<ScoreCardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ScoreCardTreeModel::setLinkColour(const QColor& colour)
{
    m_linkColour = colour;
}

const ScoreCardRow* ScoreCardTreeModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == topLevel)
        return &m_rows.at(index.row());
    return &m_rows.at(qsizetype(index.internalId() - 1)).children.at(index.row());
}

bool ScoreCardTreeModel::opensEvidence(const QModelIndex& index)
{
    return (index.column() == ValueColumn || index.column() == PointsColumn) &&
           index.data(HasEvidenceRole).toBool();
}

QModelIndex ScoreCardTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ScoreCardTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int ScoreCardTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != topLevel)
        return 0;
    return int(m_rows.at(parent.row()).children.size());
}

int ScoreCardTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ScoreCardTreeModel::data(const QModelIndex& index, int role) const
{
    const ScoreCardRow* row = rowAt(index);
    return row ? roleData(*row, index.column(), role) : QVariant();
}

QVariant ScoreCardTreeModel::roleData(const ScoreCardRow& row, int column, int role) const
{
    const bool number = column == ValueColumn || column == PointsColumn;
    const bool link = number && row.hasEvidence && row.kind == ScoreCardRow::Kind::Indicator;
    switch (role) {
    case Qt::DisplayRole: return column < row.texts.size() ? row.texts.at(column) : QString();
    case Qt::ToolTipRole: return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::TextAlignmentRole:
        return number || column == ThresholdColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::BackgroundRole:
        return column == ResultColumn && row.resultBackground.isValid() ? QVariant(row.resultBackground)
                                                                        : QVariant();
    case Qt::ForegroundRole:
        if (column == ResultColumn && row.resultBackground.isValid())
            return row.resultForeground;
        return link && m_linkColour.isValid() ? QVariant(m_linkColour) : QVariant();
    case Qt::FontRole: {
        if (!link && row.kind == ScoreCardRow::Kind::Indicator)
            return {};
        QFont font;
        font.setUnderline(link);
        font.setBold(row.kind != ScoreCardRow::Kind::Indicator);
        return font;
    }
    case KindRole: return int(row.kind);
    case CardIndexRole: return row.cardIndex;
    case IndicatorIndexRole: return row.indicatorIndex;
    case HasEvidenceRole: return row.hasEvidence;
    default: return {};
    }
}

QVariant ScoreCardTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Indicator");
    case ValueColumn: return tr("Value");
    case ThresholdColumn: return tr("Required");
    case PointsColumn: return tr("Points");
    case ResultColumn: return tr("Result");
    case ReasonColumn: return tr("Why");
    case LegalRefColumn: return tr("Legal basis");
    default: return {};
    }
}

void ScoreCardTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace chibo
