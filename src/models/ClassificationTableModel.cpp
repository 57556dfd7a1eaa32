// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ClassificationTableModel.h"

#include <QFont>
#include <QLocale>

namespace chibo {

namespace {

QString levelText(const QString& code)
{
    return code.toUpper();
}

/// Classification levels best first (the rules' order); no level sorts last.
int levelRank(const QString& code)
{
    static const QStringList order{QStringLiteral("htxs"), QStringLiteral("htt"), QStringLiteral("ht"),
                                   QStringLiteral("kht")};
    const auto rank = order.indexOf(code);
    return rank < 0 ? int(order.size()) : int(rank);
}

/// Points for people: "85", "85,5" in Vietnamese. Exact until shown.
QString pointsText(const Rational& value)
{
    return value.toDecimal(2).replace(u'.', QLocale().decimalPoint());
}

} // namespace

ClassificationTableModel::ClassificationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ClassificationTableModel::setRows(QList<ClassificationRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowBySubject.clear();
    m_rowBySubject.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowBySubject.insert(m_rows.at(i).subjectId, i);
    endResetModel();
}

void ClassificationTableModel::setColours(LevelColours background, QColor foreground)
{
    m_background = std::move(background);
    m_foreground = foreground;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

const ClassificationRow* ClassificationTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ClassificationTableModel::rowOf(const QUuid& subjectId) const
{
    return m_rowBySubject.value(subjectId, -1);
}

void ClassificationTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ClassificationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClassificationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassificationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClassificationRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() >= ProposedColumn && index.column() <= FinalColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::BackgroundRole: {
        if (!m_background || !row.rated)
            return {};
        const QColor colour =
            m_background(row.needsDecision() && !row.isDecided() ? QString() : row.finalLevel);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::FontRole:
        // What still waits for a person stands out; a recorded decision reads as settled.
        if ((index.column() == ProposedColumn && row.needsDecision() && !row.isDecided()) ||
            (index.column() == DecidedColumn && row.isDecided())) {
            QFont font;
            font.setItalic(!row.isDecided());
            font.setBold(row.isDecided());
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return m_background && row.rated && m_foreground.isValid() ? QVariant(m_foreground) : QVariant();
    case SubjectIdRole: return row.subjectId;
    case IsMemberRole: return row.isMember;
    case OrgIdRole: return row.orgId;
    case FinalLevelRole: return row.finalLevel;
    case NeedsDecisionRole: return row.needsDecision();
    case DecidedRole: return row.isDecided();
    case DiffersRole: return row.differsFromProposal();
    case SortRole: return sortValue(row, index.column());
    default: return {};
    }
}

QVariant ClassificationTableModel::display(const ClassificationRow& row, int column) const
{
    switch (column) {
    case SubjectColumn: return row.subjectName;
    case CellColumn: return row.cellName;
    case ProposedColumn:
        if (!row.rated)
            return tr("not rated");
        return row.proposedLevel.isEmpty() ? tr("to decide") : levelText(row.proposedLevel);
    case DecidedColumn: return levelText(row.decidedLevel);
    case FinalColumn: return levelText(row.finalLevel);
    case PointsColumn:
        if (!row.points)
            return QString();
        return row.maxPoints ? tr("%1 / %2").arg(pointsText(*row.points), pointsText(*row.maxPoints))
                             : pointsText(*row.points);
    case FlagsColumn: return row.flags.join(QStringLiteral("; "));
    case ReasonColumn: return row.reason;
    default: return {};
    }
}

QVariant ClassificationTableModel::toolTip(const ClassificationRow& row, int column) const
{
    switch (column) {
    case ProposedColumn: return row.proposedLabel;
    case DecidedColumn: return row.decisionNote;
    case FinalColumn: return row.isDecided() ? row.decidedLabel : row.proposedLabel;
    case FlagsColumn: return row.flags.join(u'\n');
    default: return row.explanation;
    }
}

QVariant ClassificationTableModel::sortValue(const ClassificationRow& row, int column) const
{
    switch (column) {
    case ProposedColumn: return levelRank(row.proposedLevel);
    case DecidedColumn: return levelRank(row.decidedLevel);
    case FinalColumn: return levelRank(row.finalLevel);
    // Ten-thousandths as an integer: exact enough to order points, and no floating point.
    case PointsColumn: return row.points ? (*row.points * 10000).floor() : qint64(-1);
    case FlagsColumn: return int(row.flags.size());
    default: return display(row, column);
    }
}

QVariant ClassificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn: return tr("Member or organisation");
    case CellColumn: return tr("Cell");
    case ProposedColumn: return tr("Proposed");
    case DecidedColumn: return tr("Decided");
    case FinalColumn: return tr("Final");
    case PointsColumn: return tr("Points");
    case FlagsColumn: return tr("Flags");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

} // namespace chibo
