// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/AuditTrailDialog.h"

#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "core/VietnameseText.h"
#include "services/AuditSheet.h"
#include "services/AuditTrail.h"
#include "ui_AuditTrailDialog.h"

#include <QJsonDocument>

namespace chibo {

namespace {

QString pretty(const QByteArray& json)
{
    if (json.isEmpty())
        return AuditTrailDialog::tr("(none)");
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isNull() ? QString::fromUtf8(json)
                             : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

AuditTrailDialog::AuditTrailDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::AuditTrailDialog>())
{
    m_ui->setupUi(this);
    m_ui->entriesTable->setColumnCount(6);
    m_ui->entriesTable->setHorizontalHeaderLabels(
        {tr("No."), tr("Time"), tr("Account"), tr("Action"), tr("Kind"), tr("Summary")});
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &AuditTrailDialog::applyFilter);
    connect(m_ui->entriesTable, &QTableWidget::currentCellChanged, this, &AuditTrailDialog::showDetails);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditTrailDialog::verify);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditTrailDialog::exportAll);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

AuditTrailDialog::~AuditTrailDialog() = default;

void AuditTrailDialog::reload()
{
    const auto entries = AuditTrail::latest(*m_context.workspace(), m_context.session(), ShownEntries);
    m_entries = entries ? *entries : QList<AuditEntry>();
    m_ui->statusLabel->setText(entries
                                   ? tr("%n entry(ies) shown, newest first.", nullptr, int(m_entries.size()))
                                   : entries.error().message);
    m_ui->verifyButton->setEnabled(entries.ok());
    m_ui->exportButton->setEnabled(entries.ok());
    m_ui->entriesTable->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry& entry = m_entries.at(row);
        const QStringList cells{QString::number(entry.sequence),
                                AuditSheet::timeText(entry),
                                entry.userName,
                                AuditSheet::actionLabel(entry.action),
                                AuditSheet::kindLabel(entry.subjectKind),
                                entry.summary};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->entriesTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->entriesTable->resizeColumnsToContents();
    applyFilter();
}

void AuditTrailDialog::applyFilter()
{
    const QStringList words = VietnameseText::queryWords(m_ui->filterEdit->text());
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry& entry = m_entries.at(row);
        const QString text =
            VietnameseText::fold(QStringList{entry.userName, AuditSheet::actionLabel(entry.action),
                                             AuditSheet::kindLabel(entry.subjectKind), entry.summary}
                                     .join(u' '));
        m_ui->entriesTable->setRowHidden(row, !VietnameseText::containsAll(text, words));
    }
}

void AuditTrailDialog::showDetails()
{
    const int row = m_ui->entriesTable->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_ui->detailsEdit->clear();
        return;
    }
    const AuditEntry& entry = m_entries.at(row);
    m_ui->detailsEdit->setPlainText(
        tr("Before:\n%1\n\nAfter:\n%2\n\nHash: %3")
            .arg(pretty(entry.before), pretty(entry.after), QString::fromLatin1(entry.hash)));
}

bool AuditTrailDialog::verify()
{
    const auto verified = AuditTrail::verify(*m_context.workspace());
    if (!verified) {
        m_ui->statusLabel->setText(verified.error().message);
        return false;
    }
    if (verified->intact()) {
        m_ui->statusLabel->setText(
            tr("The chain of %n entry(ies) is intact. Last hash: %1.", nullptr, int(verified->entries))
                .arg(QString::fromLatin1(verified->headHash)));
        return true;
    }
    QStringList lines;
    for (const AuditProblem& problem : verified->problems)
        lines.append(problem.message);
    m_ui->statusLabel->setText(tr("The audit trail was changed outside ChiBo:") + u'\n' + lines.join(u'\n'));
    return false;
}

bool AuditTrailDialog::exportTo(const QString& path)
{
    const auto entries = AuditTrail::all(*m_context.workspace(), m_context.session());
    const Status written = entries ? AuditSheet::write(path, *entries) : Status(entries.error());
    if (!written) {
        m_context.dialogs().showError(this, tr("Export the audit trail"), written.error().toString());
        return false;
    }
    m_ui->statusLabel->setText(tr("Exported %n entry(ies) to %1.", nullptr, int(entries->size())).arg(path));
    return true;
}

void AuditTrailDialog::exportAll()
{
    const QString path =
        m_context.dialogs().fileToSave(this, tr("Export the audit trail"), tr("audit-trail.xlsx"),
                                       tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

int AuditTrailDialog::visibleRows() const
{
    int visible = 0;
    for (int row = 0; row < m_ui->entriesTable->rowCount(); ++row)
        visible += m_ui->entriesTable->isRowHidden(row) ? 0 : 1;
    return visible;
}

QString AuditTrailDialog::status() const
{
    return m_ui->statusLabel->text();
}

QString AuditTrailDialog::details() const
{
    return m_ui->detailsEdit->toPlainText();
}

void AuditTrailDialog::setFilter(const QString& text)
{
    m_ui->filterEdit->setText(text);
}

void AuditTrailDialog::selectRow(int row)
{
    m_ui->entriesTable->setCurrentCell(row, 0);
}

} // namespace chibo
