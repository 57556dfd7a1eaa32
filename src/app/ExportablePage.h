// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;

namespace chibo {

/// A page of the main window that has a main table File ▸ Export table writes (TableExport::fromView).
/// Each page implements it beside QWidget; the window asks the page shown now.
class ExportablePage {
public:
    /// What to export: the view as shown, the sheet's name (short: "Đảng viên") and a caption line
    /// naming the organisation and period ("Đảng viên — Chi bộ buôn Ea Kring, ngày 22/11/2026").
    struct Table {
        const QAbstractItemView* view = nullptr; ///< null: the page has nothing to export now
        QString title;
        QString caption;
    };

    virtual ~ExportablePage() = default;
    virtual Table exportableTable() const = 0;
};

} // namespace chibo
