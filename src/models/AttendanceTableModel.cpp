// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AttendanceTableModel.h"

#include "core/Labels.h"
#include "core/VietnameseText.h"

#include <QHash>

namespace chibo {

AttendanceTableModel::AttendanceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AttendanceTableModel::setRows(QList<AttendanceRow> rows)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (AttendanceRow& row : rows) {
        QString key = VietnameseText::fold(row.fullName);
        m_rows.append({std::move(row), std::move(key)});
    }
    endResetModel();
}

void AttendanceTableModel::setAttendance(const QList<Attendance>& attendance)
{
    QHash<QUuid, const Attendance*> byMember;
    byMember.reserve(attendance.size());
    for (const Attendance& entry : attendance)
        byMember.insert(entry.memberId, &entry);
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Attendance* stored = byMember.value(m_rows[i].row.memberId, nullptr);
        std::optional<Attendance> next = stored ? std::optional(*stored) : std::nullopt;
        if (next == m_rows[i].row.attendance)
            continue;
        m_rows[i].row.attendance = std::move(next);
        first = first < 0 ? i : first;
        last = i;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void AttendanceTableModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void AttendanceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const AttendanceRow* AttendanceTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].row : nullptr;
}

int AttendanceTableModel::rowOf(const QUuid& memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].row.memberId == memberId)
            return i;
    }
    return -1;
}

AttendanceSummary AttendanceTableModel::summary() const
{
    AttendanceSummary out;
    for (const Row& entry : m_rows) {
        const AttendanceRow& row = entry.row;
        if (!row.isExpected())
            continue;
        ++out.expected;
        if (!row.attendance) {
            ++out.unrecorded;
            continue;
        }
        switch (row.attendance->status) {
        case AttendanceStatus::Present:
        case AttendanceStatus::LeftEarly: ++out.attended; break;
        case AttendanceStatus::Late:
            ++out.attended;
            ++out.late;
            break;
        case AttendanceStatus::AbsentExcused: ++out.excused; break;
        case AttendanceStatus::AbsentUnexcused: ++out.unexcused; break;
        }
    }
    return out;
}

AttendanceStatus AttendanceTableModel::nextStatus(const std::optional<Attendance>& current)
{
    if (!current)
        return AttendanceStatus::Present;
    switch (current->status) {
    case AttendanceStatus::Present: return AttendanceStatus::Late;
    case AttendanceStatus::Late:
    case AttendanceStatus::LeftEarly: return AttendanceStatus::AbsentExcused;
    case AttendanceStatus::AbsentExcused: return AttendanceStatus::AbsentUnexcused;
    case AttendanceStatus::AbsentUnexcused: return AttendanceStatus::Present;
    }
    return AttendanceStatus::Present;
}

int AttendanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceTableModel::display(const AttendanceRow& row, int column) const
{
    switch (column) {
    case NameColumn: return row.fullName;
    case StatusColumn:
        if (row.attendance)
            return Labels::of(row.attendance->status);
        return row.isExpected() ? tr("Not recorded") : tr("Not expected");
    case ReasonColumn:
        if (!row.isExpected())
            return Labels::of(row.notExpected);
        return row.attendance ? Labels::of(row.attendance->reason) : QString();
    case NoteColumn: return row.attendance ? row.attendance->note : QString();
    default: return {};
    }
}

QVariant AttendanceTableModel::edit(const AttendanceRow& row, int column) const
{
    switch (column) {
    case NameColumn: return row.fullName;
    case StatusColumn: return row.attendance ? int(row.attendance->status) : int(AttendanceStatus::Present);
    case ReasonColumn: return row.attendance ? int(row.attendance->reason) : int(AbsenceReason::None);
    case NoteColumn: return row.attendance ? row.attendance->note : QString();
    default: return {};
    }
}

QVariant AttendanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& entry = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(entry.row, index.column());
    case Qt::EditRole: return edit(entry.row, index.column());
    case Qt::ToolTipRole:
        return entry.row.isExpected() ? QVariant() : QVariant(Labels::of(entry.row.notExpected));
    case MemberIdRole: return entry.row.memberId;
    case ExpectedRole: return entry.row.isExpected();
    case SearchKeyRole: return entry.searchKey;
    case StatusRole: return entry.row.attendance ? int(entry.row.attendance->status) : -1;
    default: return {};
    }
}

QVariant AttendanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Full name");
    case StatusColumn: return tr("Attendance");
    case ReasonColumn: return tr("Reason");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

Qt::ItemFlags AttendanceTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || !m_rows[index.row()].row.isExpected())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() != NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttendanceTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editable || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const AttendanceRow& row = m_rows[index.row()].row;
    Attendance after = row.attendance.value_or(Attendance{row.memberId, {}, {}, {}});
    switch (index.column()) {
    case StatusColumn:
        if (value.toInt() < 0 || value.toInt() > int(AttendanceStatus::AbsentUnexcused))
            return false;
        after.status = static_cast<AttendanceStatus>(value.toInt());
        if (after.attended())
            after.reason = AbsenceReason::None;
        break;
    case ReasonColumn:
        if (value.toInt() < 0 || value.toInt() > int(AbsenceReason::Other))
            return false;
        after.reason = static_cast<AbsenceReason>(value.toInt());
        if (after.reason != AbsenceReason::None && after.attended())
            after.status = AttendanceStatus::AbsentExcused;
        break;
    case NoteColumn: after.note = value.toString().trimmed(); break;
    default: return false;
    }
    if (row.attendance == after)
        return false;
    Q_EMIT attendanceEdited(row.memberId, after);
    return true;
}

} // namespace chibo
