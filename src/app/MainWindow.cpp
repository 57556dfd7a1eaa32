// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"

#include "app/AppSettings.h"
#include "app/Dialogs.h"
#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "core/OrgTree.h"
#include "i18n/Translations.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberTableModel.h"
#include "models/OrgTreeModel.h"
#include "services/DataLocations.h"
#include "services/DemoDatabase.h"
#include "services/Workspace.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QTimer>

namespace chibo {

MainWindow::MainWindow(Translations& translations, Dialogs& dialogs, QDate day, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_translations(translations)
    , m_dialogs(dialogs)
    , m_day(day)
    , m_orgModel(new OrgTreeModel(this))
    , m_memberModel(new MemberTableModel(this))
    , m_memberProxy(new MemberFilterProxy(this))
{
    m_ui->setupUi(this);
    m_ui->orgTreeView->setModel(m_orgModel);
    m_memberProxy->setSourceModel(m_memberModel);
    m_ui->membersTableView->setModel(m_memberProxy);
    m_ui->membersTableView->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->membersTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->vietnameseAction);
    languages->addAction(m_ui->englishAction);
    (m_translations.current() == Language::Vietnamese ? m_ui->vietnameseAction : m_ui->englishAction)
        ->setChecked(true);
    connectActions();
    loadCriteria();

    const AppSettings settings;
    restoreGeometry(settings.bytes(AppSettings::Key::WindowGeometry));
    restoreState(settings.bytes(AppSettings::Key::WindowState));
    if (!m_ui->mainSplitter->restoreState(settings.bytes(AppSettings::Key::SplitterState)))
        m_ui->mainSplitter->setSizes({300, 880});
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::loadCriteria()
{
    auto loaded = CriteriaLibrary::load();
    if (!loaded)
        return;
    m_criteria = std::move(loaded->set);
    if (loaded->problems.isEmpty())
        return;
    QStringList lines;
    for (const CriteriaProblem& problem : loaded->problems)
        lines.append(problem.toString());
    QTimer::singleShot(0, this, [this, text = lines.join(u'\n')] {
        m_dialogs.showError(this, tr("Criteria files"),
                            tr("Some criteria files have problems and are not used:\n%1").arg(text));
    });
}

void MainWindow::connectActions()
{
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->vietnameseAction, &QAction::triggered, this, [this] { switchLanguage(true); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { switchLanguage(false); });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_memberProxy, &MemberFilterProxy::setSearchText);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &MainWindow::updateStatus);
    connect(m_ui->orgTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showMembersOf(current); });
}

Status MainWindow::openDatabase(const QString& path)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    auto organisations = (*workspace)->storage().organisations().all();
    if (!organisations)
        return organisations.error();
    m_workspace = std::move(workspace).value();
    m_organisations = *organisations;
    m_tree = std::make_unique<OrgTree>(m_organisations);
    m_orgModel->setOrganisations(m_organisations);
    m_ui->orgTreeView->expandToDepth(1);
    AppSettings().setValue(AppSettings::Key::LastDatabase, path);
    const QList<const Organisation*> roots = m_tree->roots();
    if (!roots.isEmpty())
        selectOrganisation(roots.first()->id);
    else
        showMembersOf({});
    retranslate();
    return {};
}

bool MainWindow::selectOrganisation(const QUuid& id)
{
    const QModelIndex index = m_orgModel->indexOf(id);
    if (!index.isValid())
        return false;
    m_ui->orgTreeView->setCurrentIndex(index);
    showMembersOf(index);
    return true;
}

QString MainWindow::databasePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

void MainWindow::showMembersOf(const QModelIndex& index)
{
    const Organisation* org = m_orgModel->organisation(index);
    m_currentOrg = org ? org->id : QUuid();
    QList<Member> members;
    QHash<QUuid, QString> names;
    if (org && m_workspace) {
        QList<QUuid> ids;
        for (const Organisation* inside : m_tree->subtree(org->id)) {
            ids.append(inside->id);
            names.insert(inside->id, inside->name);
        }
        auto loaded = m_workspace->storage().members().registeredIn(ids);
        if (loaded)
            members = std::move(loaded).value();
        else
            m_dialogs.showError(this, tr("Members"), loaded.error().toString());
    }
    m_memberModel->setMembers(std::move(members), std::move(names), m_day);
    m_ui->membersTableView->resizeColumnsToContents();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const Organisation* org = m_orgModel->organisation(m_orgModel->indexOf(m_currentOrg));
    m_ui->orgTitleLabel->setText(
        org ? QStringLiteral("<b>%1</b> — %2").arg(org->name.toHtmlEscaped(), Labels::of(org->kind))
            : tr("No organisation selected"));
    int full = 0;
    int probationary = 0;
    for (int row = 0; row < m_memberModel->rowCount(); ++row) {
        const auto standing =
            Standing(m_memberModel->index(row, 0).data(MemberTableModel::StandingRole).toInt());
        full += standing == Standing::Full ? 1 : 0;
        probationary += standing == Standing::Probationary ? 1 : 0;
    }
    QString text = tr("%1 full and %2 probationary members on %3")
                       .arg(full)
                       .arg(probationary)
                       .arg(m_day.toString(u"dd/MM/yyyy"));
    if (m_memberProxy->rowCount() != m_memberModel->rowCount())
        text += tr(" — %n shown", nullptr, m_memberProxy->rowCount());
    text += u"   " + tr("%n criteria file(s) in use", nullptr, int(m_criteria.files().size()));
    if (m_workspace)
        text += u"   " + tr("Database: %1").arg(QFileInfo(m_workspace->path()).fileName());
    statusBar()->showMessage(text);
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
    const QString path = m_dialogs.databaseToOpen(this, DataLocations::dataDirectory());
    if (path.isEmpty())
        return;
    if (const Status opened = openDatabase(path); !opened)
        m_dialogs.showError(this, tr("Open database"), opened.error().toString());
}

void MainWindow::openDemo()
{
    const QString path = DataLocations::demoDatabasePath();
    Status status = DemoDatabase::ensure(path, m_day);
    if (status)
        status = openDatabase(path);
    if (!status)
        m_dialogs.showError(this, tr("Demo database"), status.error().toString());
}

void MainWindow::showAbout()
{
    m_dialogs.showAbout(
        this, tr("About ChiBo"),
        tr("<h3>ChiBo %1</h3><p>Records of Party cell meetings and members, and the assessment of "
           "their quality against versioned criteria.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::retranslate()
{
    setWindowTitle(m_workspace ? tr("ChiBo — %1").arg(QFileInfo(m_workspace->path()).fileName())
                               : QStringLiteral("ChiBo"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // Status labels are translated when computed: recompute them in the new language.
        showMembersOf(m_orgModel->indexOf(m_currentOrg));
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings settings;
    settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(AppSettings::Key::WindowState, saveState());
    settings.setValue(AppSettings::Key::SplitterState, m_ui->mainSplitter->saveState());
    event->accept();
}

} // namespace chibo
