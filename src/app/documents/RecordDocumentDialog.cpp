// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/documents/RecordDocumentDialog.h"

#include "ui_RecordDocumentDialog.h"

#include <QPushButton>

namespace chibo {

RecordDocumentDialog::RecordDocumentDialog(const QUuid& orgId, QDate day, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordDocumentDialog>())
    , m_orgId(orgId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("recordDocumentDialog"));
    for (const QString& code : DocumentRegister::typeCodes())
        m_ui->typeComboBox->addItem(code + QStringLiteral(" — ") + DocumentRegister::typeName(code), code);
    m_ui->typeComboBox->setCurrentIndex(m_ui->typeComboBox->findData(QStringLiteral("NQ")));
    m_ui->dateEdit->setDate(day);
    connect(m_ui->typeComboBox, &QComboBox::currentTextChanged, this, &RecordDocumentDialog::updateButtons);
    connect(m_ui->titleLineEdit, &QLineEdit::textChanged, this, &RecordDocumentDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

RecordDocumentDialog::~RecordDocumentDialog() = default;

DocumentRequest RecordDocumentDialog::request() const
{
    // A chosen item gives its code; a typed type is taken up to the first space ("CT — Chỉ thị" → "CT").
    const int chosen = m_ui->typeComboBox->findText(m_ui->typeComboBox->currentText());
    const QString typeCode = chosen >= 0 ? m_ui->typeComboBox->itemData(chosen).toString()
                                         : m_ui->typeComboBox->currentText().trimmed().section(u' ', 0, 0);
    return DocumentRequest{m_orgId,
                           typeCode,
                           {},
                           m_ui->titleLineEdit->text().trimmed(),
                           m_ui->dateEdit->date(),
                           m_ui->numberSpinBox->value()};
}

void RecordDocumentDialog::setRequest(const DocumentRequest& request)
{
    const int known = m_ui->typeComboBox->findData(request.typeCode);
    if (known >= 0)
        m_ui->typeComboBox->setCurrentIndex(known);
    else
        m_ui->typeComboBox->setEditText(request.typeCode);
    m_ui->numberSpinBox->setValue(request.number);
    m_ui->dateEdit->setDate(request.issuedOn);
    m_ui->titleLineEdit->setText(request.title);
}

void RecordDocumentDialog::accept()
{
    if (m_submit && !m_submit(request()))
        return;
    QDialog::accept();
}

void RecordDocumentDialog::updateButtons()
{
    const bool complete = !m_ui->typeComboBox->currentText().trimmed().isEmpty() &&
                          !m_ui->titleLineEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace chibo
