// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/DocumentRegister.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class RecordDocumentDialog;
}

namespace chibo {

/// The form of a document issued outside ChiBo, for the register: type (a known code or another), number
/// (0: the next free one), date and summary. OK is enabled once the type and the summary are given.
class RecordDocumentDialog : public QDialog {
    Q_OBJECT

public:
    RecordDocumentDialog(const QUuid& orgId, QDate day, QWidget* parent = nullptr);
    ~RecordDocumentDialog() override;

    /// What the form holds, as a request to DocumentRegister::issue.
    DocumentRequest request() const;
    /// Fills the form.
    void setRequest(const DocumentRequest& request);
    /// What OK does with the request first: the form closes only when it returns true, so a refusal
    /// keeps what was typed.
    void setSubmit(std::function<bool(const DocumentRequest&)> submit) { m_submit = std::move(submit); }
    void accept() override;

private:
    void updateButtons();

    const std::unique_ptr<Ui::RecordDocumentDialog> m_ui;
    QUuid m_orgId;
    std::function<bool(const DocumentRequest&)> m_submit;
};

} // namespace chibo
