// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scorecard/ScorecardPage.h"

#include "app/AppContext.h"
#include "app/DeferredReload.h"
#include "app/OutcomeColours.h"
#include "app/TextWidths.h"
#include "app/scorecard/EvidenceDialog.h"
#include "app/scorecard/ScorecardRowBuilder.h"
#include "app/scorecard/ScorecardTrendCharts.h"
#include "i18n/Language.h"
#include "models/ScoreCardTreeModel.h"
#include "services/Workspace.h"
#include "ui_ScorecardPage.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>

namespace chibo {

namespace {

constexpr int fileIdRole = Qt::UserRole + 1;

/// A label coloured like a result: light background, readable text.
void paintBand(QLabel* label, const QColor& background)
{
    if (!background.isValid()) {
        label->setStyleSheet({});
        return;
    }
    label->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 3px; }")
                             .arg(background.name(), OutcomeColours::foreground().name()));
}

QStringList bulleted(const QStringList& lines)
{
    QStringList out;
    out.reserve(lines.size());
    for (const QString& line : lines)
        out.append(QStringLiteral("• ") + line);
    return out;
}

} // namespace

ScorecardPage::ScorecardPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::ScorecardPage>())
    , m_model(new ScoreCardTreeModel(this))
    , m_charts(new ScorecardTrendCharts(this))
{
    m_ui->setupUi(this);
    m_reload = new DeferredReload(this, DeferredReload::Timing::Coalesced, DeferredReload::Timing::Coalesced,
                                  [this] { reload(); });
    setObjectName(QStringLiteral("scorecardPage"));
    m_ui->yearSpinBox->setValue(context.day().isValid() ? context.day().year() : 2025);
    setUpViews();
    fillMonths();
    fillCells(m_context.currentOrgId());
    connectContext();
}

ScorecardPage::~ScorecardPage() = default;

void ScorecardPage::setUpViews()
{
    m_ui->trendsLayout->addWidget(m_charts);
    m_model->setLinkColour(palette().color(QPalette::Link));
    m_ui->cardTreeView->setModel(m_model);
    QHeaderView* header = m_ui->cardTreeView->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QList<std::pair<int, int>> widths{
        {ScoreCardTreeModel::NameColumn, 330},      {ScoreCardTreeModel::ValueColumn, 120},
        {ScoreCardTreeModel::ThresholdColumn, 120}, {ScoreCardTreeModel::PointsColumn, 70},
        {ScoreCardTreeModel::ResultColumn, 150},    {ScoreCardTreeModel::ReasonColumn, 380}};
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    m_ui->cardsSplitter->setStretchFactor(1, 1);
    m_ui->cardsSplitter->setSizes({250, 850});
    connect(m_ui->cellComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_reload->markStale();
    });
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            m_reload->markStale();
    });
    connect(m_ui->monthComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling || !m_run)
            return;
        fillModelList();
    });
    connect(m_ui->modelListWidget, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showCards();
    });
    connect(m_ui->cardTreeView, &QAbstractItemView::clicked, this, &ScorecardPage::openEvidence);
    connect(m_ui->cardTreeView, &QAbstractItemView::activated, this, &ScorecardPage::openEvidence);
}

void ScorecardPage::connectContext()
{
    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        fillCells(m_context.currentOrgId());
        m_reload->markStale();
    });
    connect(&m_context, &AppContext::organisationsChanged, this, [this] {
        fillCells(cellId().isNull() ? m_context.currentOrgId() : cellId());
        m_reload->markStale();
    });
    connect(&m_context, &AppContext::currentOrganisationChanged, this, [this](const QUuid& orgId) {
        const QUuid before = cellId();
        fillCells(orgId);
        if (cellId() != before)
            m_reload->markStale();
    });
    connect(&m_context, &AppContext::recordsChanged, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::criteriaChanged, m_reload, &DeferredReload::markStale);
    // The session changes nothing here: the page is read-only for every role.
}

ExportablePage::Table ScorecardPage::exportableTable() const
{
    const Organisation* cell = m_context.organisation(cellId());
    if (!cell || !currentFile())
        return {};
    const QString period =
        month() > 0 ? tr("%1/%2").arg(month(), 2, 10, QChar(u'0')).arg(year()) : QString::number(year());
    return {m_ui->cardTreeView, tr("Scorecard"),
            tr("%1 — %2, %3").arg(m_ui->cardTitleLabel->text(), cell->name, period)};
}

QUuid ScorecardPage::cellId() const
{
    return QUuid::fromString(m_ui->cellComboBox->currentData().toString());
}

int ScorecardPage::year() const
{
    return m_ui->yearSpinBox->value();
}

int ScorecardPage::month() const
{
    return qMax(0, m_ui->monthComboBox->currentIndex());
}

void ScorecardPage::showPeriod(const QUuid& cellId, int year, int month)
{
    const QUuid cellBefore = this->cellId();
    const int yearBefore = this->year();
    m_filling = true;
    if (m_ui->cellComboBox->findData(cellId.toString()) < 0)
        fillCells(cellId);
    if (const int index = m_ui->cellComboBox->findData(cellId.toString()); index >= 0)
        m_ui->cellComboBox->setCurrentIndex(index);
    if (year > 0)
        m_ui->yearSpinBox->setValue(year);
    m_ui->monthComboBox->setCurrentIndex(month >= 0 && month <= 12 ? month : 0);
    m_filling = false;
    if (m_reload->isStale() || !m_run || this->cellId() != cellBefore || this->year() != yearBefore)
        m_reload->markStale();
    else
        fillModelList(); // the same run, another month
}

void ScorecardPage::fillCells(const QUuid& around)
{
    const QString previous = m_ui->cellComboBox->currentData().toString();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_ui->cellComboBox->clear();
    if (m_context.workspace()) {
        for (const Organisation* cell : m_context.cellsAround(around))
            m_ui->cellComboBox->addItem(cell->name, cell->id.toString());
    }
    int index = m_ui->cellComboBox->findData(around.toString());
    if (index < 0)
        index = m_ui->cellComboBox->findData(previous);
    m_ui->cellComboBox->setCurrentIndex(qMax(0, index));
    TextWidths::fitComboBox(*m_ui->cellComboBox); // a province lists 5,000 cells
    m_filling = wasFilling;
}

void ScorecardPage::fillMonths()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int current = qMax(0, m_ui->monthComboBox->currentIndex());
    m_ui->monthComboBox->clear();
    m_ui->monthComboBox->addItem(tr("Whole year"));
    for (int month = 1; month <= 12; ++month)
        m_ui->monthComboBox->addItem(tr("Month %1").arg(month));
    m_ui->monthComboBox->setCurrentIndex(current);
    m_filling = wasFilling;
}

void ScorecardPage::clearShown(const QString& message)
{
    m_run.reset();
    m_evidence.reset();
    m_texts.reset();
    m_ui->modelListWidget->clear();
    m_model->setRows({});
    m_ui->cardTitleLabel->setText(message);
    m_ui->cardLevelLabel->clear();
    paintBand(m_ui->cardLevelLabel, {});
    m_ui->whyNotHigherLabel->clear();
    m_ui->summaryGroupBox->hide();
    m_charts->setMonths({}, {});
}

void ScorecardPage::reload()
{
    m_reload->markCurrent();
    const Workspace* workspace = m_context.workspace();
    const QUuid cell = cellId();
    if (!workspace || cell.isNull()) {
        clearShown(tr("Open a database and choose a cell to see its scorecards."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto loaded = ScorecardRun::load(*workspace, m_context.criteria(), cell, year(), m_context.day());
    QGuiApplication::restoreOverrideCursor();
    if (!loaded) {
        clearShown(tr("The scorecards cannot be computed: %1").arg(loaded.error().toString()));
        return;
    }
    m_run = std::move(loaded).value();
    rebuildTexts();
    fillModelList();
    showSummary();
    m_charts->setMonths(m_run->months(), m_run->meetingQuality());
}

void ScorecardPage::rebuildTexts()
{
    m_evidence.reset();
    m_texts = std::make_unique<ScorecardTexts>(m_context.criteria(), m_run->dataset(), m_run->run(),
                                               m_run->names(), showsEnglish());
    m_evidence = std::make_unique<ScorecardEvidence>(m_run->dataset(), *m_texts, m_run->names());
}

QString ScorecardPage::fileTitle(const Criteria& file) const
{
    const QString title = file.title.pick(showsEnglish());
    return file.example ? tr("%1 (example)").arg(title) : title;
}

const Criteria* ScorecardPage::currentFile() const
{
    if (!m_run)
        return nullptr;
    const int row = m_ui->modelListWidget->currentRow();
    return row >= 0 && row < m_run->files().size() ? m_run->files().at(row) : nullptr;
}

bool ScorecardPage::selectFile(const QString& criteriaId)
{
    for (int row = 0; row < m_ui->modelListWidget->count(); ++row) {
        if (m_ui->modelListWidget->item(row)->data(fileIdRole).toString() == criteriaId) {
            m_ui->modelListWidget->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ScorecardPage::fillModelList()
{
    // Keep the model chosen before (by id: a reload may list other files), else the cell model.
    const QListWidgetItem* previous = m_ui->modelListWidget->currentItem();
    const QString keep = previous ? previous->data(fileIdRole).toString()
                                  : (m_run->cellModel() ? m_run->cellModel()->id : QString());
    m_filling = true;
    m_ui->modelListWidget->clear();
    for (const Criteria* file : m_run->files()) {
        const QList<int> cards = m_run->cardsOf(*file, month());
        auto* item = new QListWidgetItem(fileTitle(*file) + u'\n' + aggregateText(*file, cards));
        item->setData(fileIdRole, file->id);
        item->setToolTip(file->description.pick(showsEnglish()));
        if (cards.size() == 1) {
            item->setBackground(OutcomeColours::background(m_run->run().cards.at(cards.first())));
            item->setForeground(OutcomeColours::foreground());
        }
        m_ui->modelListWidget->addItem(item);
    }
    if (!selectFile(keep))
        m_ui->modelListWidget->setCurrentRow(m_run->files().isEmpty() ? -1 : 0);
    m_filling = false;
    showCards();
}

QString ScorecardPage::aggregateText(const Criteria& file, const QList<int>& cards) const
{
    if (cards.size() == 1)
        return m_texts->levelText(m_run->run().cards.at(cards.first()));
    if (cards.isEmpty())
        return file.subject == SubjectKind::Meeting ? tr("No meeting in this period.")
                                                    : tr("No result in this period.");
    QList<int> counts(file.levels.size(), 0);
    int undetermined = 0;
    int notRated = 0;
    int decisions = 0;
    for (const int index : cards) {
        const ScoreCard& card = m_run->run().cards.at(index);
        const int rank = file.levelRank(card.level);
        if (!card.rated)
            ++notRated;
        else if (rank < 0)
            ++undetermined;
        else
            ++counts[rank];
        decisions += card.rated && card.needsDecision() ? 1 : 0;
    }
    QStringList parts;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (counts.at(i) > 0)
            parts.append(tr("%1: %2").arg(file.levels.at(i).label.pick(showsEnglish())).arg(counts.at(i)));
    }
    if (undetermined > 0)
        parts.append(tr("undetermined: %1").arg(undetermined));
    if (notRated > 0)
        parts.append(tr("not rated: %1").arg(notRated));
    const int count = int(cards.size());
    const QString head = file.subject == SubjectKind::Meeting ? tr("%n meeting(s)", nullptr, count)
                                                              : tr("%n month(s)", nullptr, count);
    QString text = tr("%1 — %2").arg(head, parts.join(QStringLiteral(", ")));
    if (decisions > 0)
        text += u' ' + tr("(%n for a decision)", nullptr, decisions);
    return text;
}

void ScorecardPage::showCards()
{
    const Criteria* file = currentFile();
    if (!file || !m_texts) {
        m_model->setRows({});
        m_ui->cardTitleLabel->clear();
        m_ui->cardLevelLabel->clear();
        paintBand(m_ui->cardLevelLabel, {});
        m_ui->whyNotHigherLabel->clear();
        return;
    }
    const QList<int> cards = m_run->cardsOf(*file, month());
    m_model->setRows(ScorecardRowBuilder(*m_texts, m_run->run()).rows(cards));
    if (cards.size() == 1)
        m_ui->cardTreeView->expandAll();
    showCardHeader(*file, cards);
}

void ScorecardPage::showCardHeader(const Criteria& file, const QList<int>& cards)
{
    QString title = fileTitle(file);
    if (!file.legalBasis.isEmpty()) {
        const LegalBasis& basis = file.legalBasis.first();
        title = tr("%1 — %2-%3").arg(title, basis.number, basis.symbol);
    }
    m_ui->cardTitleLabel->setText(title);
    if (cards.size() != 1) {
        m_ui->cardLevelLabel->setText(aggregateText(file, cards));
        paintBand(m_ui->cardLevelLabel, {});
        m_ui->whyNotHigherLabel->setText(cards.isEmpty() ? QString()
                                                         : tr("Open a row to see its indicators."));
        return;
    }
    const ScoreCard& card = m_run->run().cards.at(cards.first());
    const QString total = m_texts->totalText(card);
    m_ui->cardLevelLabel->setText(total.isEmpty()
                                      ? m_texts->levelText(card)
                                      : tr("%1 — %2 points").arg(m_texts->levelText(card), total));
    paintBand(m_ui->cardLevelLabel, OutcomeColours::background(card));
    const QStringList why = m_texts->whyNotHigher(card);
    m_ui->whyNotHigherLabel->setText(
        why.isEmpty() ? QString() : tr("Why not higher:") + u'\n' + bulleted(why).join(u'\n'));
}

void ScorecardPage::showSummary()
{
    const ScoreCard* card = m_run ? m_run->cellModelCard() : nullptr;
    if (!card) {
        m_ui->summaryGroupBox->hide();
        return;
    }
    const QString title = fileTitle(*m_run->cellModel());
    const QStringList lines = m_texts->whyNotMet(*card);
    const bool best = card->rated && !card->level.isEmpty() && !m_run->cellModel()->levels.isEmpty() &&
                      card->level == m_run->cellModel()->levels.first().code && card->flags.isEmpty();
    m_ui->summaryGroupBox->setTitle(best ? tr("“%1”: every criterion is met").arg(title)
                                         : tr("Why not “%1” yet").arg(title));
    m_ui->summaryLabel->setText(lines.isEmpty() ? m_texts->levelText(*card) : bulleted(lines).join(u'\n'));
    m_ui->summaryGroupBox->show();
}

void ScorecardPage::openEvidence(const QModelIndex& index)
{
    const ScoreCardRow* row = m_model->rowAt(index);
    if (!row || !m_evidence || !ScoreCardTreeModel::opensEvidence(index))
        return;
    const ScoreCard& card = m_run->run().cards.at(row->cardIndex);
    const IndicatorResult& item = card.indicators.at(row->indicatorIndex);
    auto* dialog = new EvidenceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString heading =
        tr("%1 — %2: %3")
            .arg(m_texts->subjectText(card), item.label.pick(showsEnglish()), m_texts->valueText(card, item));
    dialog->setEvidence(heading, m_evidence->inputs(card, item), m_evidence->rows(item.records));
    dialog->open();
}

void ScorecardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillMonths();
        m_model->retranslate();
        if (m_run) {
            rebuildTexts();
            fillModelList();
            showSummary();
            m_charts->setMonths(m_run->months(), m_run->meetingQuality());
        }
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
