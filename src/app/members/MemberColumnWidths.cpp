// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberColumnWidths.h"

#include "app/TextWidths.h"
#include "core/Labels.h"
#include "core/MemberState.h"
#include "models/MemberTableModel.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QTableView>

#include <algorithm>

namespace chibo {

namespace {

/// The states a member list shows: each standing alone and with one of exempt, suspended, away.
QList<MemberState> displayedStates()
{
    QList<MemberState> states;
    for (Standing standing : {Standing::NotMember, Standing::Probationary, Standing::Full}) {
        for (int flag = 0; flag < 4; ++flag)
            states.append({standing, LeaveReason::None, flag == 1, flag == 2, flag == 3});
    }
    for (LeaveReason reason : {LeaveReason::TransferredOut, LeaveReason::Removed, LeaveReason::Expelled,
                               LeaveReason::Resigned, LeaveReason::Deceased})
        states.append({Standing::Left, reason, false, false, false});
    return states;
}

} // namespace

void MemberColumnWidths::fit(QTableView& table, const QComboBox& cells)
{
    table.resizeColumnsToContents();
    const QFontMetrics metrics = table.fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    QStringList statuses;
    for (const MemberState& state : displayedStates())
        statuses.append(Labels::of(state));
    QStringList cellNames;
    for (int index = 1; index < cells.count(); ++index)
        cellNames.append(cells.itemText(index));
    table.setColumnWidth(MemberTableModel::NameColumn,
                         std::max(table.columnWidth(MemberTableModel::NameColumn) + em, 14 * em));
    table.setColumnWidth(MemberTableModel::StatusColumn, TextWidths::widest(metrics, statuses) + em);
    table.setColumnWidth(MemberTableModel::CellColumn,
                         std::max(table.columnWidth(MemberTableModel::CellColumn),
                                  TextWidths::widest(metrics, cellNames) + em));
}

} // namespace chibo
