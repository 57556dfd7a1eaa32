// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberTableModel.h"

#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "core/VietnameseText.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <vector>

namespace chibo {

namespace {

QString formatDate(QDate day)
{
    return day.isValid() ? day.toString(u"dd/MM/yyyy") : QString();
}

/// Full years from `from` to `day`; -1 when `from` is unknown or later.
int fullYears(QDate from, QDate day)
{
    if (!from.isValid() || !day.isValid() || from > day)
        return -1;
    int years = day.year() - from.year();
    if (day.month() < from.month() || (day.month() == from.month() && day.day() < from.day()))
        --years;
    return years;
}

/// The date party age counts from: the admission decision, else the ceremony.
QDate admittedOn(const Member& member)
{
    return member.admissionDecisionDate.isValid() ? member.admissionDecisionDate : member.ceremonyDate;
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
    m_rowById.clear();
    m_rows.reserve(members.size());
    m_rowById.reserve(members.size());
    for (Member& member : members) {
        const MemberTimeline timeline(member);
        Row row;
        row.state = timeline.stateOn(day);
        row.cellId = timeline.cellOfRecordOn(day);
        row.cellName = cellNames.value(row.cellId);
        for (const PositionTerm& term : timeline.positionsOn(day))
            row.positionList.append(term.position);
        row.searchKey = VietnameseText::fold(member.fullName);
        row.partyAge = row.state.isMember() ? fullYears(admittedOn(member), day) : -1;
        row.member = std::move(member); // after the timeline's last use: it refers to `member`
        translateRow(row);
        m_rowById.insert(row.member.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    rankNames();
    endResetModel();
}

void MemberTableModel::translateRow(Row& row) const
{
    QStringList positions;
    positions.reserve(row.positionList.size());
    for (Position position : row.positionList)
        positions.append(Labels::of(position));
    row.positions = positions.join(QStringLiteral(", "));
    row.status = Labels::of(row.state);
}

void MemberTableModel::rankNames()
{
    // Sort keys make the one sort per load cheap (100,000 members); the collation is PersonNameOrder's:
    // vi_VN, case-insensitive, by given name and then by full name.
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> given;
    std::vector<QCollatorSortKey> full;
    given.reserve(m_rows.size());
    full.reserve(m_rows.size());
    for (const Row& row : std::as_const(m_rows)) {
        given.push_back(collator.sortKey(row.member.sortGivenName()));
        full.push_back(collator.sortKey(row.member.fullName));
    }
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int byGiven = given[a].compare(given[b]);
        return byGiven != 0 ? byGiven < 0 : full[a].compare(full[b]) < 0;
    });
    for (int rank = 0; rank < int(order.size()); ++rank)
        m_rows[order[rank]].nameRank = rank;
}

void MemberTableModel::retranslate()
{
    for (Row& row : m_rows)
        translateRow(row);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Member* MemberTableModel::member(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].member : nullptr;
}

int MemberTableModel::rowOf(const QUuid& id) const
{
    return m_rowById.value(id, -1);
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
    case StatusColumn: return row.status;
    case CellColumn: return row.cellName;
    case PositionColumn: return row.positions;
    case AdmittedColumn: return formatDate(admittedOn(m));
    case PartyAgeColumn: return row.partyAge >= 0 ? QLocale().toString(row.partyAge) : QString();
    case PhoneColumn: return m.phone;
    default: return {};
    }
}

QVariant MemberTableModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case NameColumn: return row.nameRank;
    case BirthDateColumn: return row.member.birthDate;
    case AdmittedColumn: return admittedOn(row.member);
    case PartyAgeColumn: return row.partyAge;
    default: return display(row, column);
    }
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: // the whole text where a narrow column elides it
        return index.column() == StatusColumn || index.column() == CellColumn ||
                       index.column() == PositionColumn
                   ? display(row, index.column())
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == PartyAgeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case IdRole: return row.member.id;
    case GivenNameRole: return row.member.sortGivenName();
    case SearchKeyRole: return row.searchKey;
    case StandingRole: return int(row.state.standing);
    case ExemptRole: return row.state.exempt;
    case SuspendedRole: return row.state.suspended;
    case CellIdRole: return row.cellId;
    case NameRankRole: return row.nameRank;
    case SortRole: return sortValue(row, index.column());
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
