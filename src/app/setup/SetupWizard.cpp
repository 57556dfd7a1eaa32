// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/setup/SetupWizard.h"

#include "core/Labels.h"
#include "ui_SetupWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>

#include <array>

namespace chibo {

namespace {

constexpr std::array cellTypes{CellType::Residential, CellType::Agency,   CellType::Enterprise,
                               CellType::School,      CellType::Hospital, CellType::ArmedForces,
                               CellType::Other};

QComboBox* cellTypeCombo(CellType selected)
{
    auto* combo = new QComboBox;
    for (const CellType type : cellTypes)
        combo->addItem(Labels::of(type), int(type));
    combo->setCurrentIndex(combo->findData(int(selected)));
    return combo;
}

} // namespace

SetupWizard::SetupWizard(QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::SetupWizard>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("setupWizard"));
    fillKinds();
    m_ui->establishedDateEdit->setDate(QDate::currentDate());
    m_ui->cellsTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->cellsTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->addCellButton, &QPushButton::clicked, this, [this] { addCellRow(); });
    connect(m_ui->removeCellButton, &QPushButton::clicked, this, &SetupWizard::removeCurrentCell);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, [this] {
        // A grassroots cell is the last page; a committee goes on to its cells.
        m_ui->organisationPage->setFinalPage(m_ui->kindComboBox->currentData().toInt() ==
                                             int(OrgKind::GrassrootsCell));
    });
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::fillKinds()
{
    const int current = m_ui->kindComboBox->currentIndex();
    m_ui->kindComboBox->clear();
    m_ui->kindComboBox->addItem(Labels::of(OrgKind::GrassrootsCommittee), int(OrgKind::GrassrootsCommittee));
    m_ui->kindComboBox->addItem(Labels::of(OrgKind::GrassrootsCell), int(OrgKind::GrassrootsCell));
    m_ui->kindComboBox->setCurrentIndex(qMax(0, current));
}

bool SetupWizard::wantsDemo() const
{
    return m_ui->demoRadioButton->isChecked();
}

OrganisationPlan SetupWizard::plan() const
{
    OrganisationPlan plan;
    plan.name = m_ui->nameLineEdit->text().trimmed();
    plan.kind = OrgKind(m_ui->kindComboBox->currentData().toInt());
    plan.upperCommitteeName = m_ui->upperLineEdit->text().trimmed();
    plan.locality = m_ui->localityLineEdit->text().trimmed();
    plan.shortName = m_ui->shortNameLineEdit->text().trimmed();
    plan.establishedOn = m_ui->establishedDateEdit->date();
    if (plan.kind != OrgKind::GrassrootsCommittee)
        return plan;
    const QTableWidget* table = m_ui->cellsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* name = table->item(row, 0);
        const auto* type = qobject_cast<const QComboBox*>(table->cellWidget(row, 1));
        if (!name || name->text().trimmed().isEmpty())
            continue;
        plan.cells.append(
            {name->text().trimmed(), type ? CellType(type->currentData().toInt()) : CellType::Residential});
    }
    return plan;
}

int SetupWizard::nextId() const
{
    switch (currentId()) {
    case StartPageId: return wantsDemo() ? -1 : OrganisationPageId;
    case OrganisationPageId:
        return OrgKind(m_ui->kindComboBox->currentData().toInt()) == OrgKind::GrassrootsCell ? -1
                                                                                             : CellsPageId;
    default: return -1;
    }
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() == OrganisationPageId && m_ui->nameLineEdit->text().trimmed().isEmpty()) {
        m_ui->nameLineEdit->setFocus();
        m_ui->nameLineEdit->setPlaceholderText(tr("A name is required, e.g. Đảng bộ xã Ea Sin"));
        return false;
    }
    if (currentId() == CellsPageId || (currentId() == OrganisationPageId && nextId() == -1)) {
        const QStringList problems = OrganisationSetup::problems(plan());
        m_ui->problemsLabel->setText(problems.join(u'\n'));
        return problems.isEmpty();
    }
    return true;
}

void SetupWizard::initializePage(int id)
{
    if (id == CellsPageId && m_ui->cellsTableWidget->rowCount() == 0)
        addCellRow();
    QWizard::initializePage(id);
}

void SetupWizard::addCellRow(const QString& name, CellType type)
{
    QTableWidget* table = m_ui->cellsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(name));
    table->setCellWidget(row, 1, cellTypeCombo(type));
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
}

void SetupWizard::removeCurrentCell()
{
    const int row = m_ui->cellsTableWidget->currentRow();
    if (row >= 0)
        m_ui->cellsTableWidget->removeRow(row);
}

void SetupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillKinds();
        for (int row = 0; row < m_ui->cellsTableWidget->rowCount(); ++row) {
            auto* combo = qobject_cast<QComboBox*>(m_ui->cellsTableWidget->cellWidget(row, 1));
            if (combo) {
                for (int i = 0; i < combo->count(); ++i)
                    combo->setItemText(i, Labels::of(CellType(combo->itemData(i).toInt())));
            }
        }
    }
    QWizard::changeEvent(event);
}

} // namespace chibo
