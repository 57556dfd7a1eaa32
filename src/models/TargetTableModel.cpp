// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TargetTableModel.h"

#include "core/Labels.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace chibo {

namespace {

bool sameIds(const QList<Target>& a, const QList<Target>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Target& x, const Target& y) { return x.id == y.id; });
}

/// A whole number ≥ 0 from an editor: an integer, or text with digits and group separators
/// ("1.500.000", "1,500,000", "1 500 000").
std::optional<qint64> wholeNumber(const QVariant& value)
{
    bool ok = false;
    qint64 number = 0;
    if (value.userType() == QMetaType::QString) {
        QString digits;
        for (const QChar c : value.toString().trimmed()) {
            if (c.isDigit())
                digits.append(c);
            else if (c != u'.' && c != u',' && !c.isSpace())
                return std::nullopt;
        }
        number = digits.toLongLong(&ok);
    } else {
        number = value.toLongLong(&ok);
    }
    return ok && number >= 0 ? std::optional(number) : std::nullopt;
}

} // namespace

TargetTableModel::TargetTableModel(Mode mode, QObject* parent)
    : QAbstractTableModel(parent)
    , m_mode(mode)
{}

void TargetTableModel::setTargets(QList<Target> targets)
{
    if (sameIds(targets, m_targets)) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < m_targets.size(); ++i) {
            if (targets[i] == m_targets[i])
                continue;
            m_targets[i] = std::move(targets[i]);
            first = first < 0 ? i : first;
            last = i;
        }
        if (first >= 0)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_targets = std::move(targets);
    endResetModel();
}

void TargetTableModel::setOwnerNames(QHash<QUuid, QString> names)
{
    m_ownerNames = std::move(names);
    if (!m_targets.isEmpty())
        Q_EMIT dataChanged(index(0, OwnerColumn), index(int(m_targets.size()) - 1, OwnerColumn));
}

void TargetTableModel::setEditable(bool editable)
{
    m_editable = editable;
}

void TargetTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_targets.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_targets.size()) - 1, ColumnCount - 1));
}

const Target* TargetTableModel::target(int row) const
{
    return row >= 0 && row < m_targets.size() ? &m_targets[row] : nullptr;
}

int TargetTableModel::rowOf(const QUuid& id) const
{
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].id == id)
            return i;
    }
    return -1;
}

int TargetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::display(const Target& target, int column) const
{
    switch (column) {
    case TitleColumn: return target.title;
    case KindColumn: return Labels::of(target.kind);
    case OwnerColumn:
        return target.ownerMemberId.isNull() ? tr("The whole cell")
                                             : m_ownerNames.value(target.ownerMemberId, tr("Another member"));
    case DueColumn:
        if (target.dueMonth.isValid())
            return target.dueMonth.firstDay().toString(u"MM/yyyy");
        return target.planYear > 0 ? tr("Year %1").arg(target.planYear) : QString();
    case PlannedColumn: return QLocale().toString(target.planned);
    case ActualColumn: return QLocale().toString(target.actual);
    case UnitColumn: return target.unit;
    case StatusColumn: return Labels::of(target.status);
    default: return {};
    }
}

QVariant TargetTableModel::edit(const Target& target, int column) const
{
    switch (column) {
    case TitleColumn: return target.title;
    case KindColumn: return int(target.kind);
    case OwnerColumn: return target.ownerMemberId;
    case DueColumn: return target.dueMonth.isValid() ? target.dueMonth.firstDay() : QDate();
    case PlannedColumn: return target.planned;
    case ActualColumn: return target.actual;
    case UnitColumn: return target.unit;
    case StatusColumn: return int(target.status);
    default: return {};
    }
}

QVariant TargetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const Target& target = m_targets[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(target, index.column());
    case Qt::EditRole: return edit(target, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PlannedColumn || index.column() == ActualColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() != TitleColumn)
            return {};
        return target.note.isEmpty()
                   ? tr("%1 (%2)").arg(target.title, Labels::of(target.kind))
                   : tr("%1 (%2): %3").arg(target.title, Labels::of(target.kind), target.note);
    case IdRole: return target.id;
    default: return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Target or task");
    case KindColumn: return tr("Kind");
    case OwnerColumn: return tr("Responsible");
    case DueColumn: return tr("Due");
    case PlannedColumn: return tr("Planned");
    case ActualColumn: return tr("Achieved");
    case UnitColumn: return tr("Unit");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

bool TargetTableModel::isColumnEditable(int column) const
{
    if (!m_editable)
        return false;
    return m_mode == Mode::Own || column == ActualColumn || column == StatusColumn;
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isColumnEditable(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TargetTableModel::apply(Target& target, int column, const QVariant& value)
{
    switch (column) {
    case TitleColumn: target.title = value.toString().trimmed(); return !target.title.isEmpty();
    case KindColumn: {
        const int kind = value.toInt();
        target.kind = static_cast<TargetKind>(kind);
        return kind >= 0 && kind <= int(TargetKind::AwarenessClass);
    }
    case OwnerColumn: target.ownerMemberId = value.toUuid(); return true;
    case DueColumn: {
        const QDate day = value.toDate();
        target.dueMonth = day.isValid() ? YearMonth::of(day) : YearMonth();
        return day.isValid() || target.planYear > 0;
    }
    case PlannedColumn:
    case ActualColumn: {
        const std::optional<qint64> number = wholeNumber(value);
        if (number)
            (column == PlannedColumn ? target.planned : target.actual) = *number;
        return number.has_value();
    }
    case UnitColumn: target.unit = value.toString().trimmed(); return true;
    case StatusColumn: {
        const int status = value.toInt();
        target.status = static_cast<TargetStatus>(status);
        return status >= 0 && status <= int(TargetStatus::Cancelled);
    }
    default: return false;
    }
}

bool TargetTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_targets.size() ||
        !isColumnEditable(index.column()))
        return false;
    const Target& before = m_targets[index.row()];
    Target after = before;
    if (!apply(after, index.column(), value) || after == before)
        return false;
    Q_EMIT targetEdited(before, after);
    return true;
}

} // namespace chibo
