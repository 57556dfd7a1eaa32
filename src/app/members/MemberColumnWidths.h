// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;
class QTableView;

namespace chibo {

/// The widths the members table starts with, fitted to its first members: the table measures only some
/// rows, so the status and cell columns are measured from every text they can hold.
class MemberColumnWidths {
public:
    /// `cells` is the cell filter, whose items (after the first, "All cells") name every cell listed.
    static void fit(QTableView& table, const QComboBox& cells);
};

} // namespace chibo
