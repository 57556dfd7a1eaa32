// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

#include <memory>

namespace Ui {
class RecycleBinDialog;
}

namespace chibo {

class AppContext;
class DeletedRecordModel;

/// The recycle bin of an organisation and those below it, newest first: restoring the selected entry
/// puts the records back (RecycleBin::restore) and tells the pages (notifyRecordsChanged). A refusal
/// is shown with the service's message. Restore is disabled where the session may not write.
class RecycleBinDialog : public QDialog {
    Q_OBJECT

public:
    RecycleBinDialog(AppContext& context, const QUuid& orgId, QWidget* parent = nullptr);
    ~RecycleBinDialog() override;

    /// Reads the entries again.
    void reload();
    /// Restores the selected entry; false when nothing was restored.
    bool restoreSelected();
    int entryCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();

    AppContext& m_context;
    const std::unique_ptr<Ui::RecycleBinDialog> m_ui;
    DeletedRecordModel* m_model;
    QUuid m_orgId;
};

} // namespace chibo
