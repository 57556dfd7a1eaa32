// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"

#include "app/AppSettings.h"
#include "app/Dialogs.h"
#include "app/ExportablePage.h"
#include "app/JobRunner.h"
#include "app/RecycleBinDialog.h"
#include "app/TableExport.h"
#include "app/backup/BackupActions.h"
#include "app/classification/ClassificationPage.h"
#include "app/committee/CommitteeOverviewPage.h"
#include "app/criteria/CriteriaPage.h"
#include "app/documents/DocumentActions.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingsPage.h"
#include "app/members/MembersPage.h"
#include "app/scorecard/ScorecardPage.h"
#include "app/session/SessionMenu.h"
#include "app/setup/FirstStart.h"
#include "app/setup/SetupWizard.h"
#include "core/Labels.h"
#include "core/OrgTree.h"
#include "i18n/Translations.h"
#include "models/OrgTreeModel.h"
#include "services/CriteriaLibrary.h"
#include "services/DataLocations.h"
#include "services/DatasetTransfer.h"
#include "services/DemoDatabase.h"
#include "services/OrganisationSetup.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoGroup>

namespace chibo {

namespace {

QString userNameOfSystem()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("ChiBo") : user;
}

} // namespace

MainWindow::MainWindow(Translations& translations, Dialogs& dialogs, QDate day, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_translations(translations)
    , m_context(new AppContext(dialogs, day, this))
    , m_orgModel(new OrgTreeModel(this))
    , m_jobs(new JobRunner(this))
{
    m_ui->setupUi(this);
    m_ui->orgTreeView->setModel(m_orgModel);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    m_context->setSession(Session{userNameOfSystem(), Role::Admin, {}});
    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->vietnameseAction);
    languages->addAction(m_ui->englishAction);
    (m_translations.current() == Language::Vietnamese ? m_ui->vietnameseAction : m_ui->englishAction)
        ->setChecked(true);
    createPages();
    m_documents = new DocumentActions(
        *m_context, this,
        [this] { return qobject_cast<ClassificationPage*>(page(PageId::Classification))->year(); },
        [this] {
            return qobject_cast<MeetingsPage*>(page(PageId::Meetings))
                ->editor()
                ->meetingId()
                .value_or(QUuid());
        });
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_documents->menu());
    m_sessionMenu = new SessionMenu(*m_context, this, [this] { signInAgain(); });
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_sessionMenu->menu());
    m_backups =
        new BackupActions(*m_context, *this, [this](const QString& path) { return openDatabase(path); });
    m_ui->fileMenu->insertActions(m_ui->quitAction, {m_backups->backUpAction(), m_backups->restoreAction()});
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    createEditMenu();
    connectActions();
    connectContext();
    loadCriteria();

    const AppSettings settings;
    restoreGeometry(settings.bytes(AppSettings::Key::WindowGeometry));
    restoreState(settings.bytes(AppSettings::Key::WindowState));
    if (!m_ui->mainSplitter->restoreState(settings.bytes(AppSettings::Key::SplitterState)))
        m_ui->mainSplitter->setSizes({280, 1000});
    updateSessionActions();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    const auto add = [this](PageId id, QWidget* widget, QAction* action) {
        m_ui->pagesTabWidget->addTab(widget, QString());
        m_pages.append({id, widget, action});
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
    };
    add(PageId::Members, new MembersPage(*m_context), m_ui->membersPageAction);
    add(PageId::Meetings, new MeetingsPage(*m_context), m_ui->meetingsPageAction);
    add(PageId::Scorecard, new ScorecardPage(*m_context), m_ui->scorecardPageAction);
    add(PageId::CommitteeOverview, new CommitteeOverviewPage(*m_context), m_ui->committeePageAction);
    add(PageId::Classification, new ClassificationPage(*m_context), m_ui->classificationPageAction);
    add(PageId::Criteria, new CriteriaPage(*m_context), m_ui->criteriaPageAction);
}

void MainWindow::createEditMenu()
{
    // Qt words the undo actions ("Hoàn tác …") when they are created: they are made again when the
    // language changes.
    delete m_undoAction;
    delete m_redoAction;
    m_ui->editMenu->clear();
    m_undoAction = m_context->undoGroup().createUndoAction(this);
    m_redoAction = m_context->undoGroup().createRedoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_ui->editMenu->addAction(m_undoAction);
    m_ui->editMenu->addAction(m_redoAction);
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(m_ui->recycleBinAction);
}

void MainWindow::connectActions()
{
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->newOrganisationAction, &QAction::triggered, this, &MainWindow::createOrganisation);
    connect(m_ui->importDatasetAction, &QAction::triggered, this, &MainWindow::importDataset);
    connect(m_ui->exportDatasetAction, &QAction::triggered, this, &MainWindow::exportDataset);
    connect(m_ui->exportTableAction, &QAction::triggered, this, &MainWindow::exportTable);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->recycleBinAction, &QAction::triggered, this, &MainWindow::showRecycleBin);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->vietnameseAction, &QAction::triggered, this, [this] { switchLanguage(true); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { switchLanguage(false); });
    connect(m_ui->orgTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onTreeSelection(current); });
    connect(m_ui->pagesTabWidget, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
}

void MainWindow::connectContext()
{
    connect(m_context, &AppContext::organisationsChanged, this, &MainWindow::showOrganisations);
    connect(m_context, &AppContext::currentOrganisationChanged, this, &MainWindow::updateTitle);
    connect(m_context, &AppContext::sessionChanged, this, [this] {
        updateSessionActions();
        updateStatus();
    });
    connect(m_context, &AppContext::criteriaChanged, this, &MainWindow::updateStatus);
    connect(m_context, &AppContext::pageRequested, this, &MainWindow::onPageRequested);
}

void MainWindow::loadCriteria()
{
    auto loaded = CriteriaLibrary::loadInstalled();
    if (!loaded)
        return;
    m_context->setCriteria(std::move(loaded->set));
    if (loaded->problems.isEmpty())
        return;
    QStringList lines;
    for (const CriteriaProblem& problem : loaded->problems)
        lines.append(problem.toString());
    QTimer::singleShot(0, this, [this, text = lines.join(u'\n')] {
        m_context->dialogs().showError(
            this, tr("Criteria files"),
            tr("Some criteria files have problems and are not used:\n%1").arg(text));
    });
}

Status MainWindow::openDatabase(const QString& path, bool signIn, const SessionGate::Credentials& given,
                                bool interactive)
{
    flushEditors();
    auto workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    if (signIn) {
        const auto organisations = (*workspace)->storage().organisations().all();
        const Result<Session> session = SessionGate::enter(
            this, **workspace, organisations ? *organisations : QList<Organisation>(), given, interactive);
        if (!session)
            return session.error();
        m_context->setSession(*session);
    }
    m_context->setWorkspace(std::move(workspace).value());
    AppSettings().setValue(AppSettings::Key::LastDatabase, path);
    const QList<const Organisation*> roots = m_context->tree().roots();
    if (!roots.isEmpty())
        selectOrganisation(roots.first()->id);
    retranslate();
    return {};
}

void MainWindow::showOrganisations()
{
    m_orgModel->setOrganisations(m_context->organisations());
    m_ui->orgTreeView->expandToDepth(1);
    const QModelIndex current = m_orgModel->indexOf(m_context->currentOrgId());
    if (current.isValid())
        m_ui->orgTreeView->setCurrentIndex(current);
}

bool MainWindow::selectOrganisation(const QUuid& id)
{
    const QModelIndex index = m_orgModel->indexOf(id);
    if (!index.isValid())
        return false;
    m_ui->orgTreeView->setCurrentIndex(index);
    m_context->setCurrentOrganisation(id);
    return true;
}

void MainWindow::onTreeSelection(const QModelIndex& current)
{
    const Organisation* org = m_orgModel->organisation(current);
    m_context->setCurrentOrganisation(org ? org->id : QUuid());
    if (m_context->session().role == Role::Secretary)
        updateSessionActions();
}

QString MainWindow::databasePath() const
{
    return m_context->workspace() ? m_context->workspace()->path() : QString();
}

void MainWindow::showPage(PageId page)
{
    for (const PageEntry& entry : std::as_const(m_pages)) {
        if (entry.id == page)
            m_ui->pagesTabWidget->setCurrentWidget(entry.widget);
    }
}

QWidget* MainWindow::page(PageId page) const
{
    for (const PageEntry& entry : m_pages) {
        if (entry.id == page)
            return entry.widget;
    }
    return nullptr;
}

void MainWindow::onPageRequested(PageId page, const QUuid& orgId, int year, int month)
{
    if (!orgId.isNull())
        selectOrganisation(orgId);
    showPage(page);
    // The pages that show a period take it with the organisation; the others show the organisation.
    if (auto* scorecard = qobject_cast<ScorecardPage*>(this->page(page)))
        scorecard->showPeriod(orgId, year, month);
    else if (auto* meetings = qobject_cast<MeetingsPage*>(this->page(page)); meetings && year > 0)
        meetings->showPeriod(orgId, year, month);
    else if (auto* classification = qobject_cast<ClassificationPage*>(this->page(page));
             classification && year > 0)
        classification->setYear(year);
}

void MainWindow::updateSessionActions()
{
    const Role role = m_context->session().role;
    m_ui->newOrganisationAction->setEnabled(role == Role::Admin);
    m_ui->importDatasetAction->setEnabled(role == Role::Admin);
    if (m_sessionMenu)
        m_sessionMenu->updateActions();
}

void MainWindow::signInAgain()
{
    Workspace* workspace = m_context->workspace();
    if (!workspace)
        return;
    const Result<Session> session =
        SessionGate::enter(this, *workspace, m_context->organisations(), {}, true);
    if (session)
        m_context->setSession(*session);
    else if (session.error().code != u"sign_in_cancelled")
        m_context->dialogs().showError(this, tr("Sign in"), session.error().toString());
}

void MainWindow::updateTitle()
{
    const Organisation* org = m_context->currentOrganisation();
    m_ui->orgTitleLabel->setText(
        org ? QStringLiteral("<b>%1</b> — %2").arg(org->name.toHtmlEscaped(), Labels::of(org->kind))
            : tr("No organisation selected"));
    setWindowTitle(m_context->workspace()
                       ? tr("ChiBo — %1").arg(QFileInfo(m_context->workspace()->path()).fileName())
                       : QStringLiteral("ChiBo"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    const Session& session = m_context->session();
    QStringList parts;
    parts.append(tr("Records as of %1").arg(m_context->day().toString(u"dd/MM/yyyy")));
    parts.append(tr("Working as %1 (%2)").arg(Labels::of(session.role), session.userName));
    parts.append(tr("%n criteria file(s) in use", nullptr, int(m_context->criteria().files().size())));
    if (m_context->workspace())
        parts.append(tr("Database: %1").arg(QFileInfo(m_context->workspace()->path()).fileName()));
    statusBar()->showMessage(parts.join(QStringLiteral("   ·   ")));
}

void MainWindow::switchLanguage(bool vietnamese)
{
    const Language language = vietnamese ? Language::Vietnamese : Language::English;
    if (language == m_translations.current())
        return;
    m_translations.install(language);
    AppSettings().setValue(AppSettings::Key::Language, languageCode(language));
}

void MainWindow::chooseDatabase()
{
    const QString path = m_context->dialogs().databaseToOpen(this, DataLocations::dataDirectory());
    if (path.isEmpty())
        return;
    if (const Status opened = openDatabase(path, true);
        !opened && opened.error().code != u"sign_in_cancelled")
        m_context->dialogs().showError(this, tr("Open database"), opened.error().toString());
}

void MainWindow::openDemo()
{
    const QString path = DataLocations::demoDatabasePath();
    Status status = DemoDatabase::ensure(path, m_context->day());
    if (status)
        status = openDatabase(path, true);
    if (!status && status.error().code != u"sign_in_cancelled")
        m_context->dialogs().showError(this, tr("Demo database"), status.error().toString());
}

void MainWindow::createOrganisation()
{
    auto* wizard = new SetupWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        if (wizard->wantsDemo())
            return openDemo();
        const QString current = databasePath();
        const bool intoCurrent = !current.isEmpty() && current != DataLocations::demoDatabasePath();
        auto created = FirstStart::create(wizard->plan(), m_context->session(),
                                          intoCurrent ? current : DataLocations::defaultDatabasePath());
        Status status = created ? openDatabase(created->databasePath, true) : Status(created.error());
        if (status)
            selectOrganisation(created->organisationId);
        else
            m_context->dialogs().showError(this, tr("New organisation"), status.error().toString());
    });
    wizard->open();
}

void MainWindow::importDataset()
{
    Dialogs& dialogs = m_context->dialogs();
    if (!m_context->workspace())
        return;
    if (const Status allowed = Permissions::mayAdminister(m_context->session()); !allowed)
        return dialogs.showError(this, tr("Import"), allowed.error().message);
    const QString path =
        dialogs.fileToOpen(this, tr("Import a dataset file"), tr("ChiBo datasets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    // Reading and checking run on the worker; the records are written here, in one transaction, only if
    // the person did not cancel — so a cancelled import writes nothing.
    m_jobs->run<Dataset>(
        tr("Importing %1").arg(name),
        [path](Progress& progress) {
            progress.report(0, 1, tr("Reading and checking the file…"));
            return DatasetTransfer::readFile(path);
        },
        [this, name](Result<Dataset> dataset) {
            if (Status saved = dataset ? BackupActions::beforeImport(*m_context->workspace()) : Status();
                !saved)
                dataset = saved.error();
            Result<DatasetCounts> counts =
                dataset
                    ? DatasetTransfer::importAs(*m_context->workspace(), m_context->session(), *dataset, name)
                    : Result<DatasetCounts>(dataset.error());
            if (!counts && counts.error().code == JobRunner::cancelledError().code)
                return statusBar()->showMessage(tr("The import was cancelled; nothing was written."), 10000);
            if (!counts)
                return m_context->dialogs().showError(this, tr("Import"), counts.error().toString());
            (void)m_context->reloadOrganisations();
            m_context->notifyRecordsChanged(m_context->currentOrgId());
            m_context->dialogs().showInformation(
                this, tr("Import"),
                tr("Imported from %1: %2 organisation(s), %3 member(s), %4 meeting(s).")
                    .arg(name, QString::number(counts->organisations), QString::number(counts->members),
                         QString::number(counts->meetings)));
        });
}

void MainWindow::exportDataset()
{
    const Organisation* org = m_context->currentOrganisation();
    if (!m_context->workspace() || !org)
        return;
    const QString path = m_context->dialogs().fileToSave(this, tr("Export the organisation"),
                                                         org->name + u".json", tr("ChiBo datasets (*.json)"));
    if (path.isEmpty())
        return;
    auto bytes = DatasetTransfer::exportJson(*m_context->workspace(), org->id);
    QFile file(path);
    if (bytes && file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size() && file.flush())
        return statusBar()->showMessage(tr("%1 was written to %2.").arg(org->name, path), 10000);
    m_context->dialogs().showError(this, tr("Export"),
                                   bytes ? tr("Cannot write %1: %2").arg(path, file.errorString())
                                         : bytes.error().toString());
}

void MainWindow::exportTable()
{
    const auto* page = dynamic_cast<const ExportablePage*>(m_ui->pagesTabWidget->currentWidget());
    const ExportablePage::Table shown = page ? page->exportableTable() : ExportablePage::Table{};
    if (!shown.view)
        return statusBar()->showMessage(tr("This page shows no table to export."), 10000);
    QString path = m_context->dialogs().fileToSave(this, tr("Export table"),
                                                   TableExport::fileNameFor(shown.caption) + u".xlsx",
                                                   TableExport::fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    const SheetTable table = TableExport::fromView(*shown.view, shown.title, shown.caption);
    if (const Status written = TableExport::write(path, table); !written)
        return m_context->dialogs().showError(this, tr("Export table"), written.error().toString());
    statusBar()->showMessage(tr("%n row(s) written to %1.", nullptr, int(table.rows.size())).arg(path),
                             10000);
}

void MainWindow::showRecycleBin()
{
    if (!m_context->workspace())
        return;
    auto* dialog = new RecycleBinDialog(*m_context, m_context->currentOrgId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    m_context->dialogs().showAbout(
        this, tr("About ChiBo"),
        tr("<h3>ChiBo %1</h3><p>Records of Party cell meetings and members, and the assessment of "
           "their quality against versioned criteria.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::retranslate()
{
    static constexpr std::array titles{
        QT_TRANSLATE_NOOP("chibo::MainWindow", "Members"),
        QT_TRANSLATE_NOOP("chibo::MainWindow", "Meetings"),
        QT_TRANSLATE_NOOP("chibo::MainWindow", "Scorecard"),
        QT_TRANSLATE_NOOP("chibo::MainWindow", "Committee overview"),
        QT_TRANSLATE_NOOP("chibo::MainWindow", "Year-end classification"),
        QT_TRANSLATE_NOOP("chibo::MainWindow", "Criteria"),
    };
    for (qsizetype i = 0; i < m_pages.size(); ++i)
        m_ui->pagesTabWidget->setTabText(int(i), tr(titles.at(size_t(m_pages.at(i).id))));
    m_documents->retranslate();
    m_sessionMenu->retranslate();
    m_backups->retranslate();
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        createEditMenu();
        m_orgModel->setOrganisations(m_context->organisations());
        showOrganisations();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::flushEditors()
{
    // The meeting editor saves typed text after a short pause; what is typed but not yet saved is saved now.
    if (auto* meetings = qobject_cast<MeetingsPage*>(page(PageId::Meetings)); meetings && meetings->editor())
        meetings->editor()->flush();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Every edit is saved when it is made (typing: now); closing then only remembers the window.
    flushEditors();
    m_backups->backUpOnExit();
    AppSettings settings;
    settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(AppSettings::Key::WindowState, saveState());
    settings.setValue(AppSettings::Key::SplitterState, m_ui->mainSplitter->saveState());
    event->accept();
}

} // namespace chibo
