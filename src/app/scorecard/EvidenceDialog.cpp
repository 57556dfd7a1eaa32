// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scorecard/EvidenceDialog.h"

#include "app/scorecard/EvidenceTableModel.h"
#include "ui_EvidenceDialog.h"

#include <QEvent>
#include <QHeaderView>

namespace chibo {

EvidenceDialog::EvidenceDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EvidenceDialog>())
    , m_model(new EvidenceTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("evidenceDialog"));
    m_ui->recordsTableView->setModel(m_model);
    m_ui->recordsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->recordsTableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EvidenceDialog::~EvidenceDialog() = default;

void EvidenceDialog::setEvidence(const QString& heading, const QList<std::pair<QString, QString>>& inputs,
                                 QList<ScorecardEvidenceRow> rows)
{
    m_ui->indicatorLabel->setText(heading);
    QStringList lines;
    for (const auto& [name, value] : inputs)
        lines.append(QStringLiteral("%1: %2").arg(name, value));
    m_ui->inputsLabel->setText(lines.join(u'\n'));
    m_ui->inputsTitleLabel->setVisible(!inputs.isEmpty());
    m_ui->inputsLabel->setVisible(!inputs.isEmpty());
    m_model->setRows(std::move(rows));
    m_ui->recordsTitleLabel->setVisible(m_model->rowCount() > 0);
    m_ui->recordsTableView->setVisible(m_model->rowCount() > 0);
}

void EvidenceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace chibo
