// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/classification/ClassificationPage.h"

#include "app/AppContext.h"
#include "app/DeferredReload.h"
#include "app/Dialogs.h"
#include "app/JobRunner.h"
#include "app/OutcomeColours.h"
#include "app/classification/QuotaSummary.h"
#include "i18n/Language.h"
#include "models/ClassificationFilterProxy.h"
#include "models/ClassificationTableModel.h"
#include "services/ClassificationRows.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "ui_ClassificationPage.h"

#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QUndoGroup>
#include <QUndoStack>

namespace chibo {

namespace {

/// The year a secretary classifies on `day`: the current one from October (the year-end review),
/// else the one before.
int defaultYear(QDate day)
{
    return day.month() >= 10 ? day.year() : day.year() - 1;
}

QColor levelBackground(const QString& level)
{
    return level.isEmpty() ? OutcomeColours::background(OutcomeBand::NeedsDecision)
                           : OutcomeColours::levelBackground(level);
}

} // namespace

ClassificationPage::ClassificationPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::ClassificationPage>())
    , m_model(new ClassificationTableModel(this))
    , m_proxy(new ClassificationFilterProxy(this))
    , m_runner(new JobRunner(this))
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_reload = new DeferredReload(this, DeferredReload::Timing::Immediate, DeferredReload::Timing::Immediate,
                                  [this] { reload(); });
    m_context.undoGroup().addStack(m_undoStack);
    setObjectName(QStringLiteral("classificationPage"));
    m_model->setColours(levelBackground, OutcomeColours::foreground());
    m_proxy->setSourceModel(m_model);
    QTableView* view = m_ui->classificationTableView;
    view->setModel(m_proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(ClassificationTableModel::CellColumn, Qt::AscendingOrder);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->yearSpinBox->setMaximum(context.day().year() + 1);
    m_ui->yearSpinBox->setValue(defaultYear(context.day()));
    fillFilters();
    connect(m_ui->computeButton, &QPushButton::clicked, this, &ClassificationPage::computeProposals);
    connect(m_ui->decideButton, &QPushButton::clicked, this, &ClassificationPage::decideSelected);
    connect(m_ui->lockButton, &QPushButton::clicked, this, &ClassificationPage::lockYear);
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, m_reload, &DeferredReload::markStale);
    connect(m_ui->filterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilter(ClassificationFilterProxy::Filter(m_ui->filterComboBox->currentData().toInt()));
    });
    connect(view, &QTableView::doubleClicked, this, &ClassificationPage::decideSelected);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClassificationPage::updateActions);
    connect(m_runner, &JobRunner::finished, this, &ClassificationPage::updateActions);
    connectContext();
    updateTexts();
    updateActions();
}

ClassificationPage::~ClassificationPage() = default;

int ClassificationPage::year() const
{
    return m_ui->yearSpinBox->value();
}

void ClassificationPage::setYear(int year)
{
    m_ui->yearSpinBox->setValue(year);
}

QUuid ClassificationPage::scopeOrgId() const
{
    const QUuid current = m_context.currentOrgId();
    const Organisation* grassroots = m_context.tree().grassrootsOf(current);
    return grassroots ? grassroots->id : current;
}

Status ClassificationPage::mayDecide() const
{
    return Permissions::mayDecide(m_context.session(), m_context.tree(), scopeOrgId());
}

void ClassificationPage::connectContext()
{
    connect(&m_context, &AppContext::workspaceChanged, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::organisationsChanged, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::currentOrganisationChanged, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::criteriaChanged, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::sessionChanged, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::recordsChanged, this, [this] {
        if (!m_notifying)
            m_reload->markStale();
    });
}

void ClassificationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_context.undoGroup().setActiveStack(m_undoStack);
}

void ClassificationPage::reload()
{
    if (m_runner->isRunning())
        return; // the finished job's results are replaced by a new run: see onComputed
    m_reload->markCurrent();
    m_proposals.reset();
    m_criteria.reset();
    m_cardIndex.clear();
    m_lock.reset();
    m_model->setRows({});
    m_outcome = Outcome::None;
    m_problem.clear();
    if (m_context.workspace() && !m_context.currentOrgId().isNull()) {
        readLock();
        startComputing(false);
    }
    updateQuota();
    updateTexts();
    updateActions();
}

void ClassificationPage::readLock()
{
    const auto lock = YearLock::lockOf(*m_context.workspace(), scopeOrgId(), year());
    if (!lock) {
        m_problem = lock.error().toString();
        return;
    }
    m_lock = *lock;
}

void ClassificationPage::computeProposals()
{
    startComputing(true);
}

void ClassificationPage::startComputing(bool save)
{
    Workspace* workspace = m_context.workspace();
    if (!workspace || m_context.currentOrgId().isNull() || m_runner->isRunning())
        return;
    m_saveWanted = save;
    auto criteria = std::make_shared<const CriteriaSet>(m_context.criteria());
    const QUuid scope = scopeOrgId();
    const int forYear = year();
    const QDate asOf = m_context.day();
    std::function<Result<YearProposals>(Progress&)> work;
    if (QFileInfo(workspace->path()).isFile()) {
        // The worker reads through a connection of its own.
        work = [criteria, path = workspace->path(), scope, forYear, asOf](Progress& progress) {
            return YearRecompute::compute(*criteria, path, scope, forYear, asOf, progress);
        };
    } else {
        // A database without a file (in memory) is read here, in the thread that owns it.
        auto snapshot = ScoringSnapshot::load(*workspace, scope);
        if (!snapshot) {
            m_context.dialogs().showError(this, tr("Year-end classification"), snapshot.error().toString());
            return;
        }
        work = [criteria, loaded = std::make_shared<ScoringSnapshot>(std::move(snapshot).value()), forYear,
                asOf](Progress& progress) {
            return YearRecompute::compute(*criteria, *loaded, forYear, asOf, progress);
        };
    }
    m_runner->run<YearProposals>(
        tr("Year-end classification %1").arg(forYear), std::move(work),
        [this, criteria](Result<YearProposals> result) { onComputed(criteria, std::move(result)); });
    updateActions();
}

void ClassificationPage::onComputed(std::shared_ptr<const CriteriaSet> criteria, Result<YearProposals> result)
{
    if (m_reload->isStale()) {
        // The organisation, year or records changed while it ran: compute what is wanted now.
        reload();
        return;
    }
    if (!result) {
        const bool cancelled = result.error().code == u"cancelled";
        m_outcome = cancelled ? Outcome::Cancelled : Outcome::Failed;
        m_problem = cancelled ? QString() : result.error().toString();
        if (!cancelled)
            m_context.dialogs().showError(this, tr("Year-end classification"), m_problem);
        updateTexts();
        return;
    }
    m_criteria = std::move(criteria);
    m_proposals.emplace(std::move(result).value());
    storeOrReadDecisions(*m_proposals);
    m_cardIndex.clear();
    const QList<ScoreCard>& cards = m_proposals->classification.run.cards;
    for (qsizetype i = 0; i < cards.size(); ++i)
        m_cardIndex.insert({cards.at(i).criteriaId, cards.at(i).subjectId}, i);
    showRows();
}

void ClassificationPage::storeOrReadDecisions(YearProposals& proposals)
{
    Workspace& workspace = *m_context.workspace();
    m_computedAt = QDateTime::currentDateTime();
    m_stored = false;
    m_problem.clear();
    if (m_lock) {
        m_outcome = Outcome::ShownLocked;
    } else if (!mayDecide() &&
               !Permissions::mayEditRecords(m_context.session(), m_context.tree(), scopeOrgId())) {
        m_outcome = Outcome::ShownReadOnly;
    } else if (!m_saveWanted) {
        m_outcome = Outcome::Shown;
    } else {
        NoProgress noProgress;
        const Status stored = YearRecompute::store(workspace, m_context.session(), proposals.classification,
                                                   m_computedAt.toUTC(), noProgress);
        m_stored = stored.ok();
        m_outcome = m_stored ? Outcome::Saved : Outcome::NotSaved;
        if (m_stored)
            return; // storing read the decisions back
        m_problem = stored.error().toString();
    }
    if (const Status read = YearRecompute::reloadDecisions(workspace, proposals.classification); !read)
        m_problem = read.error().toString();
}

void ClassificationPage::showRows()
{
    const QUuid selected =
        m_ui->classificationTableView->currentIndex().data(ClassificationTableModel::SubjectIdRole).toUuid();
    if (!m_proposals) {
        m_model->setRows({});
    } else {
        m_model->setRows(ClassificationRows::build(m_proposals->classification, *m_criteria,
                                                   m_proposals->names, m_context.tree(), showsEnglish()));
    }
    applyOrganisationFilter();
    QTableView* view = m_ui->classificationTableView;
    view->resizeColumnsToContents();
    view->setColumnWidth(ClassificationTableModel::FlagsColumn,
                         qMin(view->columnWidth(ClassificationTableModel::FlagsColumn), 260));
    view->setColumnWidth(ClassificationTableModel::SubjectColumn,
                         qMin(view->columnWidth(ClassificationTableModel::SubjectColumn), 260));
    if (const int row = m_model->rowOf(selected); row >= 0)
        view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    updateQuota();
    updateTexts();
    updateActions();
}

void ClassificationPage::applyOrganisationFilter()
{
    QSet<QUuid> shown;
    const QUuid current = m_context.currentOrgId();
    if (current != scopeOrgId()) {
        for (const Organisation* org : m_context.tree().subtree(current))
            shown.insert(org->id);
    }
    m_proxy->setOrganisations(std::move(shown));
}

void ClassificationPage::updateQuota()
{
    if (!m_proposals) {
        m_ui->quotaLabel->setText(QString());
        return;
    }
    const Classification& classification = m_proposals->classification;
    const Organisation* grassroots = m_context.tree().grassrootsOf(m_context.currentOrgId());
    const QList<QuotaState> quotas =
        QuotaSummary::relevant(YearRecompute::quotasAfterDecisions(classification, m_context.tree()),
                               classification, grassroots ? grassroots->id : QUuid());
    m_ui->quotaLabel->setText(QuotaSummary::html(quotas, classification, m_context.tree()));
}

void ClassificationPage::updateTexts()
{
    if (m_lock) {
        m_ui->lockLabel->setText(
            tr("Locked on %1 by %2: no decision can be recorded for this year.")
                .arg(m_lock->lockedAt.toLocalTime().toString(u"dd/MM/yyyy"), m_lock->lockedBy));
    }
    m_ui->lockLabel->setVisible(m_lock.has_value());
    m_ui->statusLabel->setText(statusText());
}

QString ClassificationPage::statusText() const
{
    if (!m_context.workspace())
        return tr("No database is open.");
    if (m_context.currentOrgId().isNull())
        return tr("Choose an organisation in the tree.");
    if (m_runner->isRunning())
        return tr("Computing the proposals…");
    const QString when = m_computedAt.toString(u"dd/MM/yyyy HH:mm");
    switch (m_outcome) {
    case Outcome::None: return m_problem;
    case Outcome::Saved: return tr("Proposals computed and saved at %1.").arg(when);
    case Outcome::Shown:
        return tr("Proposals computed at %1 from the records as they are now; they are saved when you press "
                  "Compute proposals or record a decision.")
            .arg(when);
    case Outcome::ShownLocked:
        return tr("Proposals computed at %1 and shown only: the year is locked.").arg(when);
    case Outcome::ShownReadOnly:
        return tr("Proposals computed at %1 and shown only: this session does not record classifications.")
            .arg(when);
    case Outcome::NotSaved: return tr("The proposals were computed but not saved: %1").arg(m_problem);
    case Outcome::Cancelled:
        return tr("The computation was cancelled; the stored proposals were not changed.");
    case Outcome::Failed: return tr("The proposals could not be computed: %1").arg(m_problem);
    }
    return {};
}

void ClassificationPage::updateActions()
{
    const bool running = m_runner->isRunning();
    const Status allowed = mayDecide();
    const bool hasRow = m_ui->classificationTableView->currentIndex().isValid();
    m_ui->computeButton->setEnabled(m_context.workspace() && !m_context.currentOrgId().isNull() && !running);
    m_ui->decideButton->setEnabled(allowed.ok() && !m_lock && m_proposals && hasRow && !running);
    m_ui->lockButton->setEnabled(allowed.ok() && !m_lock && m_context.workspace() && !running &&
                                 !m_context.currentOrgId().isNull());
    const QString refusal = allowed ? QString() : allowed.error().message;
    m_ui->decideButton->setToolTip(refusal.isEmpty() ? tr("Record the level the committee decided for the "
                                                          "selected member or organisation.")
                                                     : refusal);
    m_ui->lockButton->setToolTip(refusal.isEmpty() ? tr("Close the year's classification: no decision can be "
                                                        "recorded afterwards.")
                                                   : refusal);
    updateTexts();
}

const ScoreCard* ClassificationPage::cardOf(const QString& criteriaId, const QUuid& subjectId) const
{
    const qsizetype index = m_cardIndex.value({criteriaId, subjectId}, -1);
    return m_proposals && index >= 0 ? &m_proposals->classification.run.cards.at(index) : nullptr;
}

const Criteria* ClassificationPage::rulesOf(const QString& criteriaId) const
{
    if (!m_proposals)
        return nullptr;
    for (const Criteria* rules :
         {m_proposals->classification.memberRules, m_proposals->classification.orgRules}) {
        if (rules && rules->id == criteriaId)
            return rules;
    }
    return nullptr;
}

void ClassificationPage::fillFilters()
{
    using Filter = ClassificationFilterProxy::Filter;
    const std::pair<Filter, QString> filters[] = {
        {Filter::All, tr("Everyone")},
        {Filter::Members, tr("Members")},
        {Filter::Organisations, tr("Organisations")},
        {Filter::NeedsDecision, tr("Waiting for a decision")},
        {Filter::DiffersFromProposal, tr("Decided differently from the proposal")},
    };
    QComboBox* combo = m_ui->filterComboBox;
    const int current = qMax(combo->currentIndex(), 0);
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& [filter, text] : filters)
        combo->addItem(text, int(filter));
    combo->setCurrentIndex(current);
}

void ClassificationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilters();
        m_model->retranslate();
        showRows();
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
