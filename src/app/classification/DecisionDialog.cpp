// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/classification/DecisionDialog.h"

#include "ui_DecisionDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace chibo {

DecisionDialog::DecisionDialog(DecisionRequest request, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DecisionDialog>())
    , m_request(std::move(request))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowModality(Qt::WindowModal);
    fill();
    m_ui->decidedByLineEdit->setText(m_request.decidedBy);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateAcceptable);
    connect(m_ui->reasonTextEdit, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateAcceptable);
    connect(m_ui->decidedByLineEdit, &QLineEdit::textChanged, this, &DecisionDialog::updateAcceptable);
    updateAcceptable();
    m_ui->levelComboBox->setFocus();
}

DecisionDialog::~DecisionDialog() = default;

QString DecisionDialog::decidedLevel() const
{
    return m_ui->levelComboBox->currentData().toString();
}

QString DecisionDialog::reason() const
{
    return m_ui->reasonTextEdit->toPlainText().trimmed();
}

QString DecisionDialog::decidedBy() const
{
    return m_ui->decidedByLineEdit->text().trimmed();
}

void DecisionDialog::fill()
{
    m_ui->subjectLabel->setText(tr("%1 — proposed: %2")
                                    .arg(m_request.subjectName, m_request.proposedLevel.isEmpty()
                                                                    ? tr("no level, a person decides")
                                                                    : m_request.proposalSummary));
    m_ui->proposalTextEdit->setPlainText(m_request.explanation);
    const bool english = QLocale().language() == QLocale::English;
    const QString selected = decidedLevel().isEmpty() ? m_request.currentLevel : decidedLevel();
    const QSignalBlocker blocker(m_ui->levelComboBox);
    m_ui->levelComboBox->clear();
    for (const Level& level : std::as_const(m_request.levels)) {
        m_ui->levelComboBox->addItem(tr("%1 — %2").arg(level.code.toUpper(), level.label.pick(english)),
                                     level.code);
    }
    const int index = m_ui->levelComboBox->findData(selected);
    m_ui->levelComboBox->setCurrentIndex(index < 0 ? 0 : index);
}

void DecisionDialog::updateAcceptable()
{
    const bool sameAsProposal = decidedLevel() == m_request.proposedLevel && !m_request.needsDecision;
    QString hint;
    if (sameAsProposal)
        hint = tr("This is the proposed level and the proposal needs no decision: choose another level.");
    else if (reason().isEmpty())
        hint = tr("Give the reason for the decision.");
    else if (decidedBy().isEmpty())
        hint = tr("Give the name and title of the person recording the decision.");
    m_ui->hintLabel->setText(hint);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty());
}

void DecisionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
        updateAcceptable();
    }
    QDialog::changeEvent(event);
}

} // namespace chibo
