// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberTableModel.h"

#include "core/Labels.h"

#include <QLocale>

namespace chibo {

namespace {

QString formatDate(QDate day)
{
    return day.isValid() ? day.toString(u"dd/MM/yyyy") : QString();
}

} // namespace

MemberTableModel::MemberTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MemberTableModel::setMembers(QList<Member> members, const QHash<QUuid, QString>& cellNames, QDate day)
{
    setContent(MemberTableContent::build(std::move(members), cellNames, day));
}

void MemberTableModel::setContent(MemberTableContent content)
{
    beginResetModel();
    m_content = std::move(content);
    endResetModel();
}

void MemberTableModel::retranslate()
{
    m_content.translate();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_content.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Member* MemberTableModel::member(int row) const
{
    return row >= 0 && row < m_content.members.size() ? &m_content.members[row] : nullptr;
}

int MemberTableModel::rowOf(const QUuid& id) const
{
    return m_content.indexById.value(id, -1);
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_content.rows.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::display(int index, int column) const
{
    const Member& m = m_content.members[index];
    const MemberTableRow& row = m_content.rows[index];
    switch (column) {
    case NameColumn: return m.fullName;
    case BirthDateColumn: return formatDate(m.birthDate);
    case SexColumn: return Labels::of(m.sex);
    case StatusColumn: return row.status;
    case CellColumn: return row.cellName;
    case PositionColumn: return row.positions;
    case AdmittedColumn: return formatDate(MemberTableContent::admittedOn(m));
    case PartyAgeColumn: return row.partyAge >= 0 ? QLocale().toString(row.partyAge) : QString();
    case PhoneColumn: return m.phone;
    default: return {};
    }
}

QVariant MemberTableModel::sortValue(int row, int column) const
{
    const Member& member = m_content.members[row];
    switch (column) {
    case NameColumn: return row;
    case BirthDateColumn: return member.birthDate;
    case AdmittedColumn: return MemberTableContent::admittedOn(member);
    case PartyAgeColumn: return m_content.rows[row].partyAge;
    default: return display(row, column);
    }
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_content.rows.size())
        return {};
    const Member& member = m_content.members[index.row()];
    const MemberTableRow& row = m_content.rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case Qt::ToolTipRole: // the whole text where a narrow column elides it
        return index.column() == StatusColumn || index.column() == CellColumn ||
                       index.column() == PositionColumn
                   ? display(index.row(), index.column())
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == PartyAgeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case IdRole: return member.id;
    case GivenNameRole: return member.sortGivenName();
    case SearchKeyRole: return m_content.searchKeys[index.row()];
    case StandingRole: return int(row.state.standing);
    case ExemptRole: return row.state.exempt;
    case SuspendedRole: return row.state.suspended;
    case CellIdRole: return row.cellId;
    case NameRankRole: return index.row();
    case SortRole: return sortValue(index.row(), index.column());
    default: return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == PartyAgeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Full name");
    case BirthDateColumn: return tr("Date of birth");
    case SexColumn: return tr("Sex");
    case StatusColumn: return tr("Status");
    case CellColumn: return tr("Cell");
    case PositionColumn: return tr("Position");
    case AdmittedColumn: return tr("Admitted");
    case PartyAgeColumn: return tr("Party age");
    case PhoneColumn: return tr("Phone");
    default: return {};
    }
}

} // namespace chibo
