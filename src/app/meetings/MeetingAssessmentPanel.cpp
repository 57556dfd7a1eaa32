// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingAssessmentPanel.h"

#include "app/OutcomeColours.h"
#include "i18n/Language.h"
#include "ui_MeetingAssessmentPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace chibo {

namespace {

/// Whether the window speaks English (the criteria files carry both languages).
QString numberText(const Rational& number)
{
    const QLocale locale;
    if (number.isInteger())
        return locale.toString(number.numerator());
    return number.toDecimal(2).replace(u'.', locale.decimalPoint());
}

QString percentText(const Rational& share)
{
    return QString(share.toPercent(1)).replace(u'.', QLocale().decimalPoint());
}

const IndicatorResult* resultOf(const ScoreCard& card, const QString& id)
{
    const auto found = std::find_if(card.indicators.cbegin(), card.indicators.cend(),
                                    [&](const IndicatorResult& item) { return item.id == id; });
    return found == card.indicators.cend() ? nullptr : &*found;
}

} // namespace

MeetingAssessmentPanel::MeetingAssessmentPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingAssessmentPanel>())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    QFont level = m_ui->levelLabel->font();
    level.setBold(true);
    m_ui->levelLabel->setFont(level);
    connect(m_ui->criteriaComboBox, &QComboBox::activated, this, [this](int index) {
        const qsizetype chosen = m_ui->criteriaComboBox->itemData(index).toInt();
        if (chosen < 0 || chosen >= m_files.size() || m_files[chosen] == m_file)
            return;
        m_file = m_files[chosen];
        buildRows();
        Q_EMIT fileChosen(m_file);
    });
    showMessage({});
}

MeetingAssessmentPanel::~MeetingAssessmentPanel() = default;

void MeetingAssessmentPanel::setFiles(const QList<const Criteria*>& files, const Criteria* chosen)
{
    if (files == m_files && chosen == m_file)
        return; // asked on every keystroke: nothing to do unless the choice changed
    const bool sameFile = chosen && chosen == m_file;
    m_files = files;
    m_file = chosen;
    fillFiles();
    if (!sameFile)
        buildRows();
}

void MeetingAssessmentPanel::fillFiles()
{
    const QSignalBlocker blocker(m_ui->criteriaComboBox);
    m_ui->criteriaComboBox->clear();
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const Criteria* file = m_files[i];
        const QString title = file->title.pick(showsEnglish());
        m_ui->criteriaComboBox->addItem(file->example ? tr("%1 (example form)").arg(title) : title, int(i));
        m_ui->criteriaComboBox->setItemData(int(i), file->reference(), Qt::ToolTipRole);
    }
    m_ui->criteriaComboBox->setCurrentIndex(int(m_files.indexOf(m_file)));
    m_ui->criteriaComboBox->setVisible(!m_files.isEmpty());
    QStringList bases;
    if (m_file) {
        for (const LegalBasis& basis : m_file->legalBasis)
            bases.append(
                tr("%1-%2 of %3: %4")
                    .arg(basis.number, basis.symbol, basis.date.toString(u"dd/MM/yyyy"), basis.title));
    }
    // The first document names the rules; all of them are in the tooltip.
    m_ui->legalLabel->setText(bases.isEmpty() ? QString() : bases.first());
    m_ui->legalLabel->setToolTip(bases.join(u'\n'));
    m_ui->legalLabel->setVisible(!bases.isEmpty());
}

void MeetingAssessmentPanel::clearRows()
{
    for (const Row& row : std::as_const(m_rows)) {
        for (QWidget* widget : std::initializer_list<QWidget*>{row.name, row.value, row.choice, row.points,
                                                               row.outcome, row.score})
            delete widget;
    }
    m_rows.clear();
}

void MeetingAssessmentPanel::buildRows()
{
    clearRows();
    m_card.reset();
    if (!m_file)
        return;
    auto* grid = qobject_cast<QGridLayout*>(m_ui->indicatorsWidget->layout());
    const bool points = std::any_of(m_file->indicators.cbegin(), m_file->indicators.cend(),
                                    [](const Indicator& item) { return item.givesPoints(); });
    // Each item takes two lines: its name across the panel (long names stay readable in a narrow
    // panel), then its value, outcome and points at the right.
    int line = 0;
    for (const Indicator& indicator : m_file->indicators) {
        Row row;
        row.indicator = &indicator;
        row.name = new QLabel(indicator.label.pick(showsEnglish()), m_ui->indicatorsWidget);
        row.name->setWordWrap(true);
        row.name->setToolTip(indicator.legalRef);
        grid->addWidget(row.name, line, 0, 1, 4);
        grid->addWidget(inputEditor(row), line + 1, 1);
        row.outcome = new QLabel(m_ui->indicatorsWidget);
        row.outcome->setObjectName(QStringLiteral("outcome-") + indicator.id);
        row.outcome->setAlignment(Qt::AlignCenter);
        row.outcome->setMargin(2);
        row.outcome->setAutoFillBackground(true);
        row.outcome->setMinimumWidth(row.outcome->fontMetrics().averageCharWidth() * 12);
        grid->addWidget(row.outcome, line + 1, 2);
        if (points) {
            row.score = new QLabel(m_ui->indicatorsWidget);
            row.score->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(row.score, line + 1, 3);
        }
        m_rows.append(row);
        line += 2;
    }
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(line, 1);
}

QWidget* MeetingAssessmentPanel::inputEditor(Row& row)
{
    const Indicator& indicator = *row.indicator;
    const QString id = indicator.id;
    switch (indicator.input.kind) {
    case InputSpec::Kind::None:
        row.value = new QLabel(m_ui->indicatorsWidget);
        row.value->setObjectName(QStringLiteral("value-") + id);
        row.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return row.value;
    case InputSpec::Kind::Points: {
        row.points = new QSpinBox(m_ui->indicatorsWidget);
        row.points->setObjectName(QStringLiteral("input-") + id);
        row.points->setRange(-1, int(indicator.input.max.floor()));
        row.points->setSpecialValueText(tr("Not entered"));
        row.points->setEnabled(m_editable);
        const auto text = [spin = row.points] {
            return spin->value() < 0 ? QString() : QString::number(spin->value());
        };
        connect(row.points, &QSpinBox::valueChanged, this,
                [this, id, text] { Q_EMIT ratingPreviewed(id, text()); });
        connect(row.points, &QSpinBox::editingFinished, this,
                [this, id, text] { Q_EMIT ratingCommitted(id, text()); });
        return row.points;
    }
    case InputSpec::Kind::YesNo:
    case InputSpec::Kind::Grade: {
        row.choice = new QComboBox(m_ui->indicatorsWidget);
        row.choice->setObjectName(QStringLiteral("input-") + id);
        row.choice->addItem(tr("Not entered"), QString());
        if (indicator.input.kind == InputSpec::Kind::YesNo) {
            row.choice->addItem(tr("Yes"), QStringLiteral("yes"));
            row.choice->addItem(tr("No"), QStringLiteral("no"));
        } else {
            for (const Level& grade : indicator.input.scale)
                row.choice->addItem(grade.label.pick(showsEnglish()), grade.code);
        }
        row.choice->setEnabled(m_editable);
        connect(row.choice, &QComboBox::activated, this, [this, id, box = row.choice](int index) {
            Q_EMIT ratingCommitted(id, box->itemData(index).toString());
        });
        return row.choice;
    }
    }
    return nullptr;
}

void MeetingAssessmentPanel::showCard(const ScoreCard& card, const QList<Rating>& ratings)
{
    m_card = card;
    m_ratings = ratings;
    m_ui->indicatorsScrollArea->setVisible(true);
    for (const Row& row : std::as_const(m_rows)) {
        showEntry(row, ratings);
        showResult(row, resultOf(card, row.indicator->id));
    }
    showLevel(card);
}

void MeetingAssessmentPanel::showEntry(const Row& row, const QList<Rating>& ratings)
{
    const auto found = std::find_if(ratings.cbegin(), ratings.cend(), [&](const Rating& rating) {
        return rating.criteriaId == m_file->id && rating.indicatorId == row.indicator->id;
    });
    const QString value = found == ratings.cend() ? QString() : found->value.trimmed();
    if (row.choice) {
        const QSignalBlocker blocker(row.choice);
        row.choice->setCurrentIndex(std::max(0, row.choice->findData(value)));
    } else if (row.points && !row.points->hasFocus()) {
        const QSignalBlocker blocker(row.points);
        const std::optional<Rational> points = Rational::parse(value);
        row.points->setValue(points ? int(points->floor()) : -1);
    }
}

void MeetingAssessmentPanel::showResult(const Row& row, const IndicatorResult* result)
{
    if (row.value)
        row.value->setText(result ? valueText(*result, m_file) : QString());
    const IndicatorOutcome outcome = result ? result->outcome : IndicatorOutcome::Missing;
    row.outcome->setText(outcomeText(outcome));
    paint(row.outcome, OutcomeColours::background(outcome));
    if (row.score) {
        const bool scored = result && result->scored;
        row.score->setText(scored ? tr("%1/%2").arg(numberText(result->points), numberText(result->maxPoints))
                                  : QString());
    }
}

void MeetingAssessmentPanel::showLevel(const ScoreCard& card)
{
    m_ui->totalLabel->setVisible(card.rated && card.hasPoints);
    m_ui->totalLabel->setText(
        tr("Total: %1 of %2 points").arg(numberText(card.total), numberText(card.maxTotal)));
    QString level;
    if (!card.rated) {
        const auto reason = std::find_if(card.reasons.cbegin(), card.reasons.cend(),
                                         [](const Reason& r) { return r.kind == Reason::Kind::NotRated; });
        level = tr("Not rated: %1")
                    .arg(reason == card.reasons.cend() ? QString() : reason->label.pick(showsEnglish()));
    } else if (card.level.isEmpty()) {
        level = tr("No level: the rules leave this meeting to the committee's decision.");
    } else if (card.needsDecision()) {
        level = tr("Proposed level: %1, to be confirmed by a decision").arg(levelName(card.level));
    } else {
        level = tr("Level: %1").arg(levelName(card.level));
    }
    m_ui->levelLabel->setText(level);
    m_ui->levelLabel->setVisible(true);
    paint(m_ui->levelLabel, card.needsDecision() || !card.rated
                                ? OutcomeColours::background(card)
                                : OutcomeColours::levelBackground(card.level));
    // Values not entered or missing show in their rows; the notes are the cases for a decision.
    QStringList notes;
    for (const Flag& flag : card.flags) {
        const QString label = flag.label.pick(showsEnglish());
        if (flag.id.startsWith(u"not-entered:") || flag.id.startsWith(u"missing:"))
            continue;
        if (flag.id.startsWith(u"invalid-entry:"))
            notes.append(tr("• The value entered is not one the rules allow: %1").arg(label));
        else
            notes.append(tr("• For a decision: %1").arg(label));
    }
    m_ui->notesLabel->setText(notes.join(u'\n'));
    m_ui->notesLabel->setVisible(!notes.isEmpty());
}

void MeetingAssessmentPanel::showMessage(const QString& message)
{
    m_card.reset();
    for (const Row& row : std::as_const(m_rows))
        showResult(row, nullptr);
    m_ui->indicatorsScrollArea->setVisible(!m_rows.isEmpty());
    m_ui->totalLabel->setVisible(false);
    m_ui->levelLabel->setVisible(false);
    m_ui->notesLabel->setText(message);
    m_ui->notesLabel->setVisible(!message.isEmpty());
}

void MeetingAssessmentPanel::setEditable(bool editable)
{
    m_editable = editable;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.choice)
            row.choice->setEnabled(editable);
        if (row.points)
            row.points->setEnabled(editable);
    }
}

QString MeetingAssessmentPanel::levelName(const QString& code) const
{
    if (m_file) {
        for (const Level& level : m_file->levels) {
            if (level.code == code)
                return level.label.pick(showsEnglish());
        }
    }
    return code;
}

QString MeetingAssessmentPanel::valueText(const IndicatorResult& result, const Criteria* file)
{
    const ScoreValue& value = result.value;
    switch (value.type) {
    case ScoreValue::Type::Missing: return QStringLiteral("—");
    case ScoreValue::Type::Boolean: return value.boolean ? tr("Yes") : tr("No");
    case ScoreValue::Type::Code:
        if (const Indicator* indicator = file ? file->indicator(result.id) : nullptr) {
            for (const Level& grade : indicator->input.scale) {
                if (grade.code == value.code)
                    return grade.label.pick(showsEnglish());
            }
        }
        return value.code;
    case ScoreValue::Type::Number: break;
    }
    // A share shows the counts it was made of: "18/20 (90 %)".
    if (result.inputs.size() == 2 && result.inputs[0].value.type == ScoreValue::Type::Number &&
        result.inputs[1].value.type == ScoreValue::Type::Number &&
        result.inputs[1].value.number != Rational() &&
        result.inputs[0].value.number / result.inputs[1].value.number == value.number) {
        return tr("%1/%2 (%3 %)")
            .arg(numberText(result.inputs[0].value.number), numberText(result.inputs[1].value.number),
                 percentText(value.number));
    }
    return numberText(value.number);
}

QString MeetingAssessmentPanel::outcomeText(IndicatorOutcome outcome)
{
    switch (outcome) {
    case IndicatorOutcome::Pass: return tr("Met");
    case IndicatorOutcome::Fail: return tr("Not met");
    case IndicatorOutcome::Info: return {};
    case IndicatorOutcome::Missing: return tr("Missing");
    case IndicatorOutcome::NotApplicable: return tr("Not applicable");
    }
    return {};
}

void MeetingAssessmentPanel::paint(QLabel* label, const QColor& background)
{
    QPalette palette = label->palette();
    if (background.isValid()) {
        palette.setColor(QPalette::Window, background);
        palette.setColor(QPalette::WindowText, OutcomeColours::foreground());
    } else {
        palette = QPalette();
    }
    label->setPalette(palette);
    label->setAutoFillBackground(background.isValid());
}

void MeetingAssessmentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const std::optional<ScoreCard> card = m_card;
        fillFiles();
        buildRows();
        setEditable(m_editable);
        if (card)
            showCard(*card, m_ratings);
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
