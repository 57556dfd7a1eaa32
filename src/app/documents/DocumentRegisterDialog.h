// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/documents/RecordDocumentDialog.h"
#include "services/DocumentRegister.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QTableView;

namespace Ui {
class DocumentRegisterDialog;
}

namespace chibo {

class AppContext;
class IssuedDocumentModel;

/// An organisation's register of issued documents (Documents ▸ Register of issued documents), and the
/// form that records a document issued by hand so the next numbers follow it. A refusal (a number
/// taken, no term that includes the date, a session that may not number) is shown with the service's
/// message and the form stays open with what was typed.
class DocumentRegisterDialog : public QDialog {
    Q_OBJECT

public:
    DocumentRegisterDialog(AppContext& context, const QUuid& orgId, QWidget* parent = nullptr);
    ~DocumentRegisterDialog() override;

    /// Reads the register again.
    void reload();
    int entryCount() const;
    QTableView* table() const;
    /// Records `request` (DocumentRegister::issue as the session's user); false, with the message shown,
    /// when refused.
    bool record(const DocumentRequest& request);
    /// The form open now, for tests; nullptr when none.
    RecordDocumentDialog* form() const { return m_form.data(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void openForm();

    AppContext& m_context;
    const std::unique_ptr<Ui::DocumentRegisterDialog> m_ui;
    IssuedDocumentModel* m_model;
    QUuid m_orgId;
    QPointer<RecordDocumentDialog> m_form;
};

} // namespace chibo
