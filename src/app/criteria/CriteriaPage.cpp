// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/criteria/CriteriaPage.h"

#include "app/AppContext.h"
#include "app/DeferredReload.h"
#include "app/Dialogs.h"
#include "app/JobRunner.h"
#include "app/OutcomeColours.h"
#include "app/criteria/ApplicabilityTableModel.h"
#include "app/criteria/CriteriaFilesModel.h"
#include "app/criteria/CriteriaItemsModel.h"
#include "app/criteria/CriteriaOverview.h"
#include "i18n/Language.h"
#include "services/Applicability.h"
#include "services/CriteriaInstall.h"
#include "services/CriteriaLibrary.h"
#include "services/Permissions.h"
#include "ui_CriteriaPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QUndoGroup>
#include <QUndoStack>

namespace chibo {

namespace {

/// The years the applicability table shows: the last four, this one included.
constexpr int ApplicabilityYears = 4;

} // namespace

CriteriaPage::CriteriaPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::CriteriaPage>())
    , m_files(new CriteriaFilesModel(this))
    , m_items(new CriteriaItemsModel(this))
    , m_applicability(new ApplicabilityTableModel(this))
    , m_runner(new JobRunner(this))
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_reload = new DeferredReload(this, DeferredReload::Timing::Immediate, DeferredReload::Timing::Immediate,
                                  [this] { reload(); });
    m_context.undoGroup().addStack(m_undoStack);
    setObjectName(QStringLiteral("criteriaPage"));
    m_ui->filesTreeView->setModel(m_files);
    m_ui->itemsTreeView->setModel(m_items);
    m_ui->applicabilityTableView->setModel(m_applicability);
    m_ui->applicabilityTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->applicabilityTableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->testsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->testsTableWidget->verticalHeader()->hide();
    m_ui->filesSplitter->setStretchFactor(0, 2);
    m_ui->filesSplitter->setStretchFactor(1, 3);
    m_ui->problemsFrame->hide();
    connect(m_ui->filesTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CriteriaPage::showDetails);
    connect(m_ui->importButton, &QPushButton::clicked, this, &CriteriaPage::importFile);
    connect(m_ui->runTestsButton, &QPushButton::clicked, this, &CriteriaPage::runTests);
    connect(m_ui->closeProblemsButton, &QPushButton::clicked, m_ui->problemsFrame, &QWidget::hide);
    connect(m_runner, &JobRunner::finished, this, &CriteriaPage::updateActions);
    for (auto signal : {&AppContext::criteriaChanged, &AppContext::organisationsChanged,
                        &AppContext::workspaceChanged, &AppContext::sessionChanged}) {
        connect(&m_context, signal, m_reload, &DeferredReload::markStale);
    }
    connect(&m_context, &AppContext::currentOrganisationChanged, m_reload, &DeferredReload::markStale);
    updateActions();
}

CriteriaPage::~CriteriaPage() = default;

ExportablePage::Table CriteriaPage::exportableTable() const
{
    // The items of the selected file when their table has the focus, else the list of files.
    const Criteria* file = selectedFile();
    if (file && m_ui->itemsTreeView->hasFocus())
        return {m_ui->itemsTreeView, tr("Criteria items"),
                tr("%1 (%2)").arg(file->title.pick(showsEnglish()), file->reference())};
    return {m_ui->filesTreeView, tr("Criteria files"),
            tr("Criteria files in use on %1").arg(m_context.day().toString(u"dd/MM/yyyy"))};
}

void CriteriaPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_context.undoGroup().setActiveStack(m_undoStack);
}

void CriteriaPage::reload()
{
    m_reload->markCurrent();
    showFiles();
    showApplicability();
    updateActions();
}

void CriteriaPage::showFiles()
{
    const QString selected = selectedReference();
    QList<CriteriaFilesModel::Entry> entries;
    const QList<Criteria>& files = m_context.criteria().files();
    entries.reserve(files.size());
    for (const Criteria& file : files) {
        entries.append({file.id, file.version, file.title, file.validFrom, file.validTo, file.legalBasis,
                        file.example, CriteriaLibrary::isUserFile(file.sourceName), file.subject});
    }
    m_files->setEntries(std::move(entries));
    // Results of earlier test runs stay only for files still installed unchanged.
    for (auto it = m_caseResults.begin(); it != m_caseResults.end();) {
        it = m_files->indexOf(it.key()).isValid() ? std::next(it) : m_caseResults.erase(it);
    }
    m_ui->filesTreeView->expandAll();
    m_ui->summaryLabel->setText(tr("%n criteria file(s) in use.", nullptr, m_files->fileCount()));
    resizeColumns();
    if (!selected.isEmpty() && selectFile(selected))
        return;
    showDetails();
}

void CriteriaPage::resizeColumns()
{
    QTreeView* view = m_ui->filesTreeView;
    for (int column = 0; column < CriteriaFilesModel::ColumnCount; ++column)
        view->resizeColumnToContents(column);
    view->setColumnWidth(CriteriaFilesModel::IdColumn,
                         qMin(view->columnWidth(CriteriaFilesModel::IdColumn), 300));
    view->setColumnWidth(CriteriaFilesModel::TitleColumn,
                         qMin(view->columnWidth(CriteriaFilesModel::TitleColumn), 360));
}

bool CriteriaPage::selectFile(const QString& idOrReference)
{
    QString reference = idOrReference;
    if (!reference.contains(u'@')) {
        const Criteria* latest = m_context.criteria().latest(idOrReference);
        if (!latest)
            return false;
        reference = latest->reference();
    }
    const QModelIndex index = m_files->indexOf(reference);
    if (!index.isValid())
        return false;
    m_ui->filesTreeView->setCurrentIndex(index);
    m_ui->filesTreeView->scrollTo(index);
    return true;
}

QString CriteriaPage::selectedReference() const
{
    return m_ui->filesTreeView->currentIndex()
        .siblingAtColumn(0)
        .data(CriteriaFilesModel::ReferenceRole)
        .toString();
}

const Criteria* CriteriaPage::selectedFile() const
{
    const QString reference = selectedReference();
    if (reference.isEmpty())
        return nullptr;
    for (const Criteria& file : m_context.criteria().files()) {
        if (file.reference() == reference)
            return &file;
    }
    return nullptr;
}

void CriteriaPage::showDetails()
{
    const Criteria* file = selectedFile();
    if (!file) {
        m_ui->overviewTextBrowser->setHtml(
            tr("Choose a criteria file to see its legal basis, items and tests.").toHtmlEscaped());
        m_items->setCriteria(std::nullopt);
    } else {
        m_ui->overviewTextBrowser->setHtml(
            CriteriaOverview::html(*file, CriteriaLibrary::isUserFile(file->sourceName), showsEnglish()));
        m_items->setCriteria(*file);
        m_ui->itemsTreeView->expandAll();
        for (int column = 0; column < CriteriaItemsModel::ColumnCount; ++column)
            m_ui->itemsTreeView->resizeColumnToContents(column);
        m_ui->itemsTreeView->setColumnWidth(
            CriteriaItemsModel::TitleColumn,
            qMin(m_ui->itemsTreeView->columnWidth(CriteriaItemsModel::TitleColumn), 380));
        m_ui->itemsTreeView->setColumnWidth(
            CriteriaItemsModel::ThresholdColumn,
            qMin(m_ui->itemsTreeView->columnWidth(CriteriaItemsModel::ThresholdColumn), 420));
    }
    listCases();
    updateActions();
}

void CriteriaPage::listCases()
{
    const Criteria* file = selectedFile();
    const QList<CriteriaSource> cases =
        file ? CriteriaLibrary::shippedCases(file->id) : QList<CriteriaSource>();
    m_caseCount = int(cases.size());
    const auto results = file ? m_caseResults.constFind(file->reference()) : m_caseResults.cend();
    if (file && results != m_caseResults.cend()) {
        showCaseResults(file->reference(), *results);
        return;
    }
    QTableWidget* table = m_ui->testsTableWidget;
    table->setRowCount(int(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(CriteriaTestCases::shortName(cases.at(row).name)));
        table->setItem(row, 1, new QTableWidgetItem(tr("not run")));
        table->setItem(row, 2, new QTableWidgetItem(QString()));
    }
    table->resizeColumnToContents(0);
    if (!file)
        m_ui->testsSummaryLabel->clear();
    else if (cases.isEmpty())
        m_ui->testsSummaryLabel->setText(tr("No test cases are shipped with this file."));
    else
        m_ui->testsSummaryLabel->setText(
            tr("%n test case(s) are shipped with this file.", nullptr, int(cases.size())));
}

void CriteriaPage::showCaseResults(const QString& reference, const QList<CriteriaCaseRow>& rows)
{
    m_caseResults.insert(reference, rows);
    if (selectedReference() != reference)
        return;
    QTableWidget* table = m_ui->testsTableWidget;
    table->setRowCount(int(rows.size()));
    int passed = 0;
    for (int row = 0; row < rows.size(); ++row) {
        const CriteriaCaseRow& result = rows.at(row);
        passed += result.passed ? 1 : 0;
        auto* outcome = new QTableWidgetItem(
            result.passed ? tr("passed (%n fact(s))", nullptr, result.checked) : tr("FAILED"));
        const OutcomeBand band = result.passed ? OutcomeBand::Pass : OutcomeBand::Fail;
        outcome->setBackground(OutcomeColours::background(band));
        outcome->setForeground(OutcomeColours::foreground());
        auto* what = new QTableWidgetItem(result.passed || result.messages.isEmpty()
                                              ? result.description
                                              : result.messages.join(QStringLiteral("; ")));
        what->setToolTip((QStringList{result.description} + result.messages).join(u'\n'));
        table->setItem(row, 0, new QTableWidgetItem(result.name));
        table->setItem(row, 1, outcome);
        table->setItem(row, 2, what);
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    m_ui->testsSummaryLabel->setText(tr("%1 of %2 case(s) passed.").arg(passed).arg(rows.size()));
}

void CriteriaPage::runTests()
{
    const Criteria* file = selectedFile();
    if (!file || m_runner->isRunning())
        return;
    const QList<CriteriaSource> cases = CriteriaLibrary::shippedCases(file->id);
    if (cases.isEmpty())
        return;
    auto criteria = std::make_shared<const CriteriaSet>(m_context.criteria());
    std::function<Result<QList<CriteriaCaseRow>>(Progress&)> work = [criteria, cases](Progress& progress) {
        return CriteriaTestCases::run(*criteria, cases, progress);
    };
    m_runner->run<QList<CriteriaCaseRow>>(
        tr("Testing %1").arg(file->reference()), std::move(work),
        [this, reference = file->reference()](Result<QList<CriteriaCaseRow>> result) {
            if (!result) {
                m_ui->testsSummaryLabel->setText(result.error().message);
                return;
            }
            showCaseResults(reference, *result);
        });
    updateActions();
}

void CriteriaPage::importFile()
{
    if (const Status allowed = Permissions::mayAdminister(m_context.session()); !allowed) {
        m_context.dialogs().showError(this, tr("Import a criteria file"), allowed.error().message);
        return;
    }
    const QString path =
        m_context.dialogs().fileToOpen(this, tr("Import a criteria file"), tr("Criteria files (*.json)"));
    if (path.isEmpty())
        return;
    auto installed = CriteriaLibrary::installedSources();
    auto checked =
        installed ? CriteriaInstall::check(path, *installed) : Result<CriteriaImportCheck>(installed.error());
    if (!checked) {
        m_context.dialogs().showError(this, tr("Import a criteria file"), checked.error().toString());
        return;
    }
    if (!checked->acceptable()) {
        showProblems(checked->sourcePath, checked->problems);
        return;
    }
    if (!m_context.workspace())
        return;
    const auto written = CriteriaInstall::install(*m_context.workspace(), m_context.session(), *checked,
                                                  CriteriaLibrary::userDirectory());
    if (!written) {
        m_context.dialogs().showError(this, tr("Import a criteria file"), written.error().toString());
        return;
    }
    m_ui->problemsFrame->hide();
    if (auto loaded = CriteriaLibrary::loadInstalled())
        m_context.setCriteria(std::move(loaded->set));
    selectFile(checked->criteriaId + u'@' + checked->version);
    m_context.dialogs().showInformation(
        this, tr("Import a criteria file"),
        tr("“%1” (%2) is installed as %3 and is used from now on.")
            .arg(checked->sourcePath, checked->criteriaId + u'@' + checked->version, *written));
}

void CriteriaPage::showProblems(const QString& sourcePath, const CriteriaProblems& problems)
{
    m_ui->problemsListWidget->clear();
    for (const CriteriaProblem& problem : problems)
        m_ui->problemsListWidget->addItem(problem.toString());
    m_ui->problemsLabel->setText(
        problems.isEmpty()
            ? tr("“%1” is not a criteria file ChiBo can read; nothing was installed.").arg(sourcePath)
            : tr("“%1” was not installed: %n problem(s), listed as file:line:column, JSON pointer and "
                 "message.",
                 nullptr, int(problems.size()))
                  .arg(sourcePath));
    m_ui->problemsFrame->show();
}

void CriteriaPage::showApplicability()
{
    const QUuid current = m_context.currentOrgId();
    const int lastYear = m_context.day().year();
    const int firstYear = lastYear - ApplicabilityYears + 1;
    QHash<QUuid, QString> names;
    QList<ApplicabilityRow> rows;
    if (m_context.organisation(current)) {
        const QList<const Organisation*> orgs = Applicability::rowsAround(m_context.tree(), current);
        for (const Organisation* org : orgs)
            names.insert(org->id, org->name);
        rows = Applicability::table(m_context.criteria(), orgs, firstYear, lastYear);
    }
    QHash<QString, QString> titles;
    for (const Criteria& file : m_context.criteria().files())
        titles.insert(file.id, file.title.pick(showsEnglish()));
    m_applicability->setTable(std::move(rows), firstYear, std::move(names), std::move(titles));
    const Organisation* org = m_context.organisation(current);
    m_ui->applicabilityLabel->setText(
        org ? tr("The criteria files in force for each cell around %1, by year. A file applies when it is in "
                 "force for a period of that year and its “applies to” admits the organisation; examples to "
                 "adapt are left out.")
                  .arg(org->name)
            : tr("Choose an organisation in the tree to see which criteria files apply to its cells."));
}

void CriteriaPage::updateActions()
{
    const Status allowed = Permissions::mayAdminister(m_context.session());
    m_ui->importButton->setEnabled(allowed.ok() && !m_runner->isRunning());
    m_ui->importButton->setToolTip(allowed ? tr("Check a locality's criteria file against the installed "
                                                "ones and install it.")
                                           : allowed.error().message);
    const Criteria* file = selectedFile();
    m_ui->runTestsButton->setEnabled(file && !m_runner->isRunning() && m_caseCount > 0);
}

void CriteriaPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_files->retranslate();
        m_items->retranslate();
        m_ui->summaryLabel->setText(tr("%n criteria file(s) in use.", nullptr, m_files->fileCount()));
        showDetails();
        showApplicability();
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
