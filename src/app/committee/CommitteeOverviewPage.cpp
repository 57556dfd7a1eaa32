// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/committee/CommitteeOverviewPage.h"

#include "app/AppContext.h"
#include "app/DeferredReload.h"
#include "app/committee/CommitteeGridModel.h"
#include "core/Labels.h"
#include "models/CommitteeGridProxy.h"
#include "services/CommitteeGridSheet.h"
#include "services/MeetingQualityTexts.h"
#include "services/Workspace.h"
#include "ui_CommitteeOverviewPage.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>

#include <set>

namespace chibo {

CommitteeOverviewPage::CommitteeOverviewPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::CommitteeOverviewPage>())
    , m_model(new CommitteeGridModel(this))
    , m_proxy(new CommitteeGridProxy(this))
{
    m_ui->setupUi(this);
    m_reload = new DeferredReload(this, DeferredReload::Timing::Coalesced, DeferredReload::Timing::Coalesced,
                                  [this] { reload(); });
    setObjectName(QStringLiteral("committeeOverviewPage"));
    m_ui->yearSpinBox->setValue(context.day().isValid() ? context.day().year() : 2025);
    m_proxy->setSourceModel(m_model);
    m_ui->gridTableView->setModel(m_proxy);
    m_ui->gridTableView->sortByColumn(-1, Qt::AscendingOrder); // keep the tree order until asked
    QHeaderView* header = m_ui->gridTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    fillCellTypes();
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            m_reload->markStale();
    });
    connect(m_ui->cellTypeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            applyCellType();
    });
    connect(m_ui->compareCheckBox, &QCheckBox::toggled, m_model, &CommitteeGridModel::setCompareWithinType);
    connect(m_ui->gridTableView, &QAbstractItemView::activated, this, &CommitteeOverviewPage::openRow);
    connectContext();
}

CommitteeOverviewPage::~CommitteeOverviewPage() = default;

ExportablePage::Table CommitteeOverviewPage::exportableTable() const
{
    const Organisation* root = m_context.organisation(m_model->overview().rootId);
    if (!root)
        return {};
    // Named as the CLI names the same table (CommitteeGridSheet).
    return {m_ui->gridTableView, CommitteeGridSheet::title(),
            CommitteeGridSheet::caption(root->name, m_model->overview().year)};
}

void CommitteeOverviewPage::connectContext()
{
    // The session changes nothing here: the page is read-only for every role.
    for (auto signal :
         {&AppContext::workspaceChanged, &AppContext::organisationsChanged, &AppContext::criteriaChanged})
        connect(&m_context, signal, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::currentOrganisationChanged, this, [this](const QUuid& orgId) {
        // Another cell of the same committee shows the same overview.
        if (CommitteeOverview::rootFor(m_context.organisations(), orgId) != m_model->overview().rootId)
            m_reload->markStale();
    });
    connect(&m_context, &AppContext::recordsChanged, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::pageRequested, this, [this](PageId page, const QUuid&, int year, int) {
        if (page == PageId::CommitteeOverview && year > 0)
            setYear(year);
    });
}

int CommitteeOverviewPage::year() const
{
    return m_ui->yearSpinBox->value();
}

void CommitteeOverviewPage::setYear(int year)
{
    if (year == this->year())
        return;
    m_ui->yearSpinBox->setValue(year);
}

void CommitteeOverviewPage::reload()
{
    m_reload->markCurrent();
    m_error.clear();
    const Workspace* workspace = m_context.workspace();
    const QUuid orgId = m_context.currentOrgId();
    if (!workspace || orgId.isNull()) {
        m_model->setOverview({});
        m_error = tr("Open a database and choose an organisation to compare its cells.");
    } else {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto overview =
            CommitteeOverview::load(*workspace, m_context.criteria(), orgId, year(), m_context.day());
        QGuiApplication::restoreOverrideCursor();
        if (overview) {
            m_model->setOverview(std::move(overview).value());
        } else {
            m_model->setOverview({});
            m_error = tr("The overview cannot be computed: %1").arg(overview.error().toString());
        }
    }
    fillCellTypes();
    showTitle();
}

void CommitteeOverviewPage::fillCellTypes()
{
    const QVariant previous = m_ui->cellTypeComboBox->currentData();
    std::set<int> types;
    for (const CommitteeOverviewRow& row : m_model->overview().rows)
        types.insert(int(row.cellType));
    m_filling = true;
    m_ui->cellTypeComboBox->clear();
    m_ui->cellTypeComboBox->addItem(tr("All cell types"));
    for (const int type : types)
        m_ui->cellTypeComboBox->addItem(Labels::of(CellType(type)), type);
    const int index = previous.isValid() ? m_ui->cellTypeComboBox->findData(previous) : 0;
    m_ui->cellTypeComboBox->setCurrentIndex(qMax(0, index));
    m_filling = false;
    applyCellType();
}

void CommitteeOverviewPage::applyCellType()
{
    const QVariant type = m_ui->cellTypeComboBox->currentData();
    m_proxy->setCellTypeFilter(type.isValid() ? std::optional<int>(type.toInt()) : std::nullopt);
}

void CommitteeOverviewPage::showTitle()
{
    if (!m_error.isEmpty()) {
        m_ui->titleLabel->setText(m_error);
        m_ui->titleLabel->setToolTip(m_error);
        return;
    }
    const CommitteeOverview& overview = m_model->overview();
    const Organisation* root = m_context.organisation(overview.rootId);
    const bool english = QLocale().language() == QLocale::English;
    QStringList parts{tr("%1 — %n cell(s) in %2", nullptr, int(overview.rows.size()))
                          .arg(root ? root->name : QString())
                          .arg(overview.year)};
    if (overview.cellModel)
        parts.append(tr("criteria of “%1”").arg(overview.cellModel->title.pick(english)));
    if (overview.classification)
        parts.append(tr("classification by “%1”").arg(overview.classification->title.pick(english)));
    if (const QString basis = MeetingQualityTexts::basis(overview.meetingQuality, english); !basis.isEmpty())
        parts.append(basis);
    // One clause a line: a wrapped label in a tab page is given the height of one line and clips.
    m_ui->titleLabel->setText(parts.join(QStringLiteral(";\n")));
    m_ui->titleLabel->setToolTip(m_ui->titleLabel->text());
}

void CommitteeOverviewPage::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QUuid cellId = index.data(CommitteeGridModel::CellIdRole).toUuid();
    if (!cellId.isNull())
        m_context.requestPage(PageId::Scorecard, cellId, year(), 0);
}

void CommitteeOverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        fillCellTypes();
        showTitle();
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
