// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberTableModel.h"

#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "core/VietnameseText.h"

#include <QStringList>

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

void MemberTableModel::setMembers(QList<Member> members, QHash<QUuid, QString> cellNames, QDate day)
{
    beginResetModel();
    m_day = day;
    m_rows.clear();
    m_rows.reserve(members.size());
    for (Member& member : members) {
        const MemberTimeline timeline(member);
        QStringList positions;
        for (const PositionTerm& term : timeline.positionsOn(day))
            positions.append(Labels::of(term.position));
        Row row{{},
                timeline.stateOn(day),
                cellNames.value(timeline.cellOfRecordOn(day)),
                positions.join(QStringLiteral(", ")),
                VietnameseText::fold(member.fullName)};
        row.member = std::move(member); // last: `timeline` refers to it
        m_rows.append(std::move(row));
    }
    endResetModel();
}

const Member* MemberTableModel::member(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].member : nullptr;
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::display(const Row& row, int column) const
{
    const Member& m = row.member;
    switch (column) {
    case NameColumn: return m.fullName;
    case BirthDateColumn: return formatDate(m.birthDate);
    case SexColumn: return Labels::of(m.sex);
    case StatusColumn: return Labels::of(row.state);
    case CellColumn: return row.cellName;
    case PositionColumn: return row.positions;
    case AdmittedColumn: return formatDate(m.ceremonyDate);
    case PhoneColumn: return m.phone;
    default: return {};
    }
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case IdRole: return row.member.id;
    case GivenNameRole: return row.member.sortGivenName();
    case SearchKeyRole: return row.searchKey;
    case StandingRole: return int(row.state.standing);
    case SortRole:
        if (index.column() == BirthDateColumn)
            return row.member.birthDate;
        if (index.column() == AdmittedColumn)
            return row.member.ceremonyDate;
        return display(row, index.column());
    default: return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Full name");
    case BirthDateColumn: return tr("Date of birth");
    case SexColumn: return tr("Sex");
    case StatusColumn: return tr("Status");
    case CellColumn: return tr("Cell");
    case PositionColumn: return tr("Position");
    case AdmittedColumn: return tr("Admitted");
    case PhoneColumn: return tr("Phone");
    default: return {};
    }
}

} // namespace chibo
