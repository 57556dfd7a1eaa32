// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/BackupEntry.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BackupListDialog;
}

namespace chibo {

class Dialogs;

/// Chooses the backup to restore: the database's backups, newest first, with their time (dd/MM/yyyy
/// HH:mm), reason and size, or another file picked with "Another file…".
class BackupListDialog : public QDialog {
    Q_OBJECT

public:
    BackupListDialog(const QList<BackupEntry>& entries, Dialogs& dialogs, QWidget* parent = nullptr);
    ~BackupListDialog() override;

    /// The file chosen; empty until one is.
    QString chosenPath() const { return m_chosen; }
    /// Chooses the backup in `row` of the list, as a click and OK would.
    void choose(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void chooseOtherFile();
    void accept() override;

    const std::unique_ptr<Ui::BackupListDialog> m_ui;
    Dialogs& m_dialogs;
    QList<BackupEntry> m_entries;
    QString m_chosen;
};

} // namespace chibo
