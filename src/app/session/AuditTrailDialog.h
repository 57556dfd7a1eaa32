// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditEntry.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class AuditTrailDialog;
}

namespace chibo {

class AppContext;

/// The audit trail for an administrator or a committee member: the newest entries first, filtered as one
/// types (accents optional), the selected entry's record before and after, a check of the hash chain
/// (AuditTrail::verify) and an export of every entry to .xlsx or .csv.
class AuditTrailDialog : public QDialog {
    Q_OBJECT

public:
    /// The newest entries shown; older ones are in the export.
    static constexpr int ShownEntries = 5000;

    explicit AuditTrailDialog(AppContext& context, QWidget* parent = nullptr);
    ~AuditTrailDialog() override;

    void reload();
    /// Runs the check and shows its outcome; true when the chain is intact.
    bool verify();
    bool exportTo(const QString& path);
    int visibleRows() const;
    QString status() const;
    QString details() const;
    void setFilter(const QString& text);
    void selectRow(int row);

private:
    void applyFilter();
    void showDetails();
    void exportAll();

    AppContext& m_context;
    const std::unique_ptr<Ui::AuditTrailDialog> m_ui;
    QList<AuditEntry> m_entries;
};

} // namespace chibo
