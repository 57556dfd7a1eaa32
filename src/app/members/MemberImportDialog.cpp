// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberImportDialog.h"

#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "app/backup/BackupActions.h"
#include "app/members/MemberImportPreviewModel.h"
#include "services/MemberFields.h"
#include "services/MemberRowReader.h"
#include "services/Workspace.h"
#include "sheets/SheetReader.h"
#include "ui_MemberImportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace chibo {

MemberImportDialog::MemberImportDialog(AppContext& context, const QUuid& cellId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MemberImportDialog>())
    , m_model(new MemberImportPreviewModel(this))
    , m_cellId(cellId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("memberImportDialog"));
    // Not connected to accepted(): the dialog closes only after the members were written.
    m_importButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_ui->previewTableView->setModel(m_model);
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->tablesSplitter->setStretchFactor(1, 2);
    const Organisation* cell = m_context.organisation(cellId);
    m_ui->cellNameLabel->setText(cell ? cell->name : QString());
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &MemberImportDialog::chooseFile);
    connect(m_ui->headerRowSpinBox, &QSpinBox::valueChanged, this, &MemberImportDialog::setHeaderRow);
    connect(m_importButton, &QPushButton::clicked, this, &MemberImportDialog::importMembers);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

MemberImportDialog::~MemberImportDialog() = default;

QString MemberImportDialog::fileFilter()
{
    return tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)");
}

bool MemberImportDialog::chooseFile()
{
    const QString path =
        m_context.dialogs().fileToOpen(this, tr("Import members from a spreadsheet"), fileFilter());
    return !path.isEmpty() && loadFile(path);
}

bool MemberImportDialog::loadFile(const QString& path)
{
    const Result<QList<SheetGrid>> sheets = SheetReader::readAll(path);
    if (!sheets) {
        m_context.dialogs().showError(this, tr("Import members"), sheets.error().toString());
        return false;
    }
    m_grid = sheets->constFirst();
    m_history = MemberImport::historyOf(*sheets);
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    Result<MemberImportPreview> found = MemberImport::preview(*m_grid, m_context.day(), m_history);
    m_noHeader.clear();
    if (found) {
        m_preview = std::move(found).value();
    } else {
        // The person can still point at the header row and map the columns by hand.
        m_noHeader = found.error().toString();
        m_preview = MemberImport::remap(*m_grid, 1, mappingByHeaders(1), m_context.day(), m_history);
    }
    showPreview();
    return true;
}

void MemberImportDialog::setHeaderRow(int headerRow)
{
    if (!m_grid || m_filling || headerRow == m_preview.headerRow)
        return;
    m_noHeader.clear();
    remap(headerRow, mappingByHeaders(headerRow));
}

void MemberImportDialog::setColumnField(int column, std::optional<MemberField> field)
{
    if (!m_grid || column < 0)
        return;
    QList<std::optional<MemberField>> mapping = m_preview.mapping;
    if (column >= mapping.size())
        mapping.resize(column + 1);
    mapping[column] = field;
    m_noHeader.clear();
    remap(m_preview.headerRow, std::move(mapping));
}

void MemberImportDialog::remap(int headerRow, QList<std::optional<MemberField>> mapping)
{
    m_preview = MemberImport::remap(*m_grid, headerRow, std::move(mapping), m_context.day(), m_history);
    showPreview();
}

/// Each column takes the field its header names; a field named twice is taken by the first column only.
QList<std::optional<MemberField>> MemberImportDialog::mappingByHeaders(int headerRow) const
{
    QList<std::optional<MemberField>> mapping;
    if (!m_grid)
        return mapping;
    for (const SheetValue& cell : m_grid->rows.value(headerRow - 1)) {
        std::optional<MemberField> field = MemberFields::match(MemberRowReader::display(cell));
        if (field && mapping.contains(field))
            field.reset();
        mapping.append(field);
    }
    return mapping;
}

void MemberImportDialog::showPreview()
{
    m_filling = true;
    m_ui->headerRowSpinBox->setMaximum(std::max(1, m_grid ? int(m_grid->rows.size()) : 1));
    m_ui->headerRowSpinBox->setValue(std::max(1, m_preview.headerRow));
    m_filling = false;
    fillMappingTable();
    m_model->setPreview(m_preview);
    m_ui->previewTableView->resizeColumnsToContents();
    updateSummary();
}

/// One row per column of the file. The rows are rebuilt only when the columns changed, so that choosing
/// a field keeps the combo box the person is using.
void MemberImportDialog::fillMappingTable()
{
    QTableWidget* table = m_ui->mappingTableWidget;
    const int columns = int(std::max(m_preview.headers.size(), m_preview.mapping.size()));
    m_filling = true;
    for (int column = 0; column < columns; ++column) {
        const QString header = m_preview.headers.value(column);
        const QString letter = SheetGrid::columnName(column);
        const QString text = header.isEmpty() ? letter : tr("%1 — %2").arg(letter, header);
        auto* combo =
            column < table->rowCount() ? qobject_cast<QComboBox*>(table->cellWidget(column, 1)) : nullptr;
        if (!combo || !table->item(column, 0) || table->item(column, 0)->text() != text) {
            table->setRowCount(std::max(table->rowCount(), column + 1));
            table->setItem(column, 0, new QTableWidgetItem(text));
            combo = new QComboBox(table);
            combo->setObjectName(QStringLiteral("fieldComboBox"));
            combo->addItem(tr("(not imported)"), -1);
            for (const MemberField field : MemberImport::fields())
                combo->addItem(MemberImport::label(field), int(field));
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, column] { onMappingChosen(column); });
            table->setCellWidget(column, 1, combo);
        }
        const std::optional<MemberField> field = m_preview.mapping.value(column);
        combo->setCurrentIndex(field ? std::max(0, combo->findData(int(*field))) : 0);
    }
    table->setRowCount(columns);
    m_filling = false;
}

void MemberImportDialog::onMappingChosen(int column)
{
    if (m_filling)
        return;
    auto* combo = qobject_cast<QComboBox*>(m_ui->mappingTableWidget->cellWidget(column, 1));
    const int chosen = combo ? combo->currentData().toInt() : -1;
    setColumnField(column, chosen < 0 ? std::nullopt : std::optional(MemberField(chosen)));
}

void MemberImportDialog::updateSummary()
{
    const int rows = int(m_preview.rows.size());
    const int failing =
        int(std::count_if(m_preview.rows.cbegin(), m_preview.rows.cend(),
                          [](const MemberImportRow& row) { return !row.problems.isEmpty(); }));
    QString summary =
        !m_grid ? tr("Choose a spreadsheet file.")
                : tr("%n row(s), %1", nullptr, rows)
                      .arg(failing > 0 ? tr("%n with problems", nullptr, failing) : tr("no problems"));
    if (!m_preview.historySheet.isEmpty())
        summary +=
            u'\n' + tr("%n status event(s) from the sheet “%1”", nullptr, int(m_preview.history.size()))
                        .arg(m_preview.historySheet);
    if (const int warnings = m_preview.warningCount(); warnings > 0)
        summary += u'\n' + tr("%n warning(s): statuses that will not be re-created", nullptr, warnings);
    m_ui->summaryLabel->setText(summary);
    QStringList problems = m_preview.problems;
    if (!m_noHeader.isEmpty())
        problems.prepend(m_noHeader);
    m_ui->problemsLabel->setText(problems.join(u'\n'));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    m_importButton->setEnabled(m_grid && m_noHeader.isEmpty() && !m_preview.hasProblems() && rows > 0 &&
                               !m_context.isReadOnlyFor(m_cellId));
}

void MemberImportDialog::importMembers()
{
    Workspace* workspace = m_context.workspace();
    if (!m_importButton->isEnabled() || !workspace)
        return;
    const Status saved = BackupActions::beforeImport(*workspace);
    const Result<int> created =
        saved ? MemberImport::commit(*workspace, m_context.session(), m_preview, m_cellId, m_context.day())
              : Result<int>(saved.error());
    if (!created) {
        m_context.dialogs().showError(this, tr("Import members"), created.error().toString());
        return;
    }
    accept();
    m_context.notifyRecordsChanged(m_cellId);
    Q_EMIT imported(m_cellId, *created);
}

void MemberImportDialog::retranslate()
{
    m_importButton->setText(tr("&Import"));
    m_ui->mappingTableWidget->setHorizontalHeaderLabels({tr("Column of the file"), tr("Field")});
    updateSummary();
}

void MemberImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // Field names, headers and problems are translated when computed: compute them again.
        m_ui->mappingTableWidget->setRowCount(0);
        if (m_grid)
            remap(m_preview.headerRow, m_preview.mapping);
    }
    QDialog::changeEvent(event);
}

} // namespace chibo
