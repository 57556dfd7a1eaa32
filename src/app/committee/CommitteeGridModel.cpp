// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/committee/CommitteeGridModel.h"

#include "app/MeetingQualityTexts.h"
#include "app/OutcomeColours.h"
#include "core/Labels.h"
#include "models/CommitteeGridProxy.h"
#include "services/ScorecardRules.h"

#include <QHash>
#include <QLocale>

namespace chibo {

namespace {

/// The columns before the criteria and after them.
constexpr int leadingColumns = 6;
constexpr int trailingColumns = 3;

bool english()
{
    return QLocale().language() == QLocale::English;
}

CommitteeOverview::Measure measureOf(CommitteeGridModel::Field field)
{
    switch (field) {
    case CommitteeGridModel::Field::Meetings: return CommitteeOverview::Measure::Meetings;
    case CommitteeGridModel::Field::Attendance: return CommitteeOverview::Measure::Attendance;
    case CommitteeGridModel::Field::MeetingScore: return CommitteeOverview::Measure::MeetingScore;
    default: return CommitteeOverview::Measure::Members;
    }
}

QString percentText(const ScoreValue& value)
{
    const double share = 100.0 * double(value.number.numerator()) / double(value.number.denominator());
    return QLocale().toString(share, 'f', 1) + QStringLiteral(" %");
}

const Level* levelOf(const Criteria* file, const QString& code)
{
    if (!file)
        return nullptr;
    for (const Level& level : file->levels) {
        if (level.code == code)
            return &level;
    }
    return nullptr;
}

} // namespace

CommitteeGridModel::CommitteeGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CommitteeGridModel::setOverview(CommitteeOverview overview)
{
    beginResetModel();
    m_overview = std::move(overview);
    prepare();
    endResetModel();
}

void CommitteeGridModel::setCompareWithinType(bool compare)
{
    if (compare == m_compare)
        return;
    m_compare = compare;
    prepare();
    if (!m_cells.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CommitteeGridModel::retranslate()
{
    prepare();
    if (!m_cells.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

CommitteeGridModel::Field CommitteeGridModel::fieldOf(int column) const
{
    if (column < leadingColumns)
        return Field(column);
    const int sections = int(m_overview.sections.size());
    if (column < leadingColumns + sections)
        return Field::Section;
    return Field(int(Field::Overall) + column - leadingColumns - sections);
}

int CommitteeGridModel::columnOf(Field field) const
{
    if (int(field) <= int(Field::Section))
        return int(field);
    return int(field) - int(Field::Overall) + leadingColumns + int(m_overview.sections.size());
}

int CommitteeGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_overview.rows.size());
}

int CommitteeGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : leadingColumns + int(m_overview.sections.size()) + trailingColumns;
}

void CommitteeGridModel::prepare()
{
    m_cells.clear();
    m_cells.reserve(m_overview.rows.size());
    for (int row = 0; row < m_overview.rows.size(); ++row) {
        QList<Shown> cells;
        cells.reserve(columnCount());
        for (int column = 0; column < columnCount(); ++column)
            cells.append(shown(row, column));
        m_cells.append(std::move(cells));
    }
    if (!m_compare)
        return;
    for (const Field field : {Field::Members, Field::Meetings, Field::Attendance, Field::MeetingScore}) {
        const QList<CommitteeOverview::Rank> ranks =
            CommitteeOverview::ranks(m_overview.rows, measureOf(field));
        for (int row = 0; row < ranks.size(); ++row) {
            Shown& cell = m_cells[row][columnOf(field)];
            cell.toolTip = cell.text;
            cell.text = ranks.at(row).place > 0
                            ? QStringLiteral("%1/%2").arg(ranks.at(row).place).arg(ranks.at(row).of)
                            : QStringLiteral("—");
            cell.sortKey = ranks.at(row).place > 0 ? QVariant(ranks.at(row).place) : QVariant();
        }
    }
}

CommitteeGridModel::Shown CommitteeGridModel::shown(int row, int column) const
{
    const CommitteeOverviewRow& cell = m_overview.rows.at(row);
    const Field field = fieldOf(column);
    switch (field) {
    case Field::Cell: return {cell.name, cell.name, {}, {}, false};
    case Field::Type: {
        const QString type = Labels::of(cell.cellType);
        return {type, type, {}, {}, false};
    }
    case Field::Members:
    case Field::Meetings:
    case Field::Attendance:
    case Field::MeetingScore: return shownNumber(row, field);
    case Field::Section: return shownSection(row, column - leadingColumns);
    case Field::Overall:
    case Field::Proposed:
    case Field::Decided: return shownLevel(row, field);
    }
    return {};
}

CommitteeGridModel::Shown CommitteeGridModel::shownNumber(int row, Field field) const
{
    const CommitteeOverviewRow& cell = m_overview.rows.at(row);
    Shown out;
    out.number = true;
    const ScoreValue value = CommitteeOverview::valueOf(cell, measureOf(field));
    if (!value.isMissing())
        out.sortKey = QVariant::fromValue(value.number); // exact: two shares that print alike still order
    switch (field) {
    case Field::Members: out.text = QLocale().toString(cell.members); break;
    case Field::Meetings:
        out.text =
            tr("%1/%2").arg(QLocale().toString(cell.meetingsHeld), QLocale().toString(cell.meetingsExpected));
        out.toolTip = tr("%1 regular meetings held of %2 months due so far")
                          .arg(cell.meetingsHeld)
                          .arg(cell.meetingsExpected);
        break;
    default: out.text = value.isMissing() ? QStringLiteral("—") : percentText(value); break;
    }
    if (field == Field::MeetingScore && value.isMissing())
        out.toolTip = tr("No meeting of this cell was scored with points in the year.");
    return out;
}

CommitteeGridModel::Shown CommitteeGridModel::shownSection(int row, int section) const
{
    const CommitteeOverviewRow& cell = m_overview.rows.at(row);
    Shown out;
    if (!cell.modelRated || section >= cell.sections.size()) {
        out.text = QStringLiteral("—");
        return out;
    }
    const Truth met = cell.sections.at(section);
    switch (met) {
    case Truth::True:
        out.text = tr("Met");
        out.sortKey = 2;
        break;
    case Truth::False:
        out.text = tr("Not met");
        out.sortKey = 0;
        break;
    case Truth::Unknown:
        out.text = tr("Missing");
        out.sortKey = 1;
        break;
    }
    out.background = OutcomeColours::background(met);
    return out;
}

CommitteeGridModel::Shown CommitteeGridModel::shownLevel(int row, Field field) const
{
    const CommitteeOverviewRow& cell = m_overview.rows.at(row);
    const Criteria* file = field == Field::Overall ? m_overview.cellModel : m_overview.classification;
    const bool present = field == Field::Overall
                             ? cell.modelRated
                             : (field == Field::Proposed ? cell.classified : !cell.decidedLevel.isEmpty());
    const QString code = field == Field::Overall
                             ? cell.modelLevel
                             : (field == Field::Proposed ? cell.proposedLevel : cell.decidedLevel);
    const bool decide = (field == Field::Overall && cell.modelNeedsDecision) ||
                        (field == Field::Proposed && cell.proposalNeedsDecision);
    Shown out;
    if (!present)
        return out;
    const Level* level = levelOf(file, code);
    const QString name = level ? level->label.pick(english()) : code;
    // Classification levels are known by their abbreviations (HTXS, HTT, HT, KHT).
    const QString shortName = field == Field::Overall ? name : code.toUpper();
    if (code.isEmpty())
        out.text = tr("For a decision");
    else
        out.text = decide ? tr("%1 (for a decision)").arg(shortName) : shortName;
    out.toolTip = name;
    out.sortKey = file && !code.isEmpty() ? QVariant(file->levelRank(code)) : QVariant();
    out.background = decide && code.isEmpty() ? OutcomeColours::background(OutcomeBand::NeedsDecision)
                                              : OutcomeColours::levelBackground(code);
    return out;
}

QVariant CommitteeGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cells.size())
        return {};
    const Shown& cell = m_cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole: return cell.text;
    case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::BackgroundRole: return cell.background.isValid() ? QVariant(cell.background) : QVariant();
    case Qt::ForegroundRole:
        return cell.background.isValid() ? QVariant(OutcomeColours::foreground()) : QVariant();
    case Qt::TextAlignmentRole:
        return cell.number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case CommitteeGridProxy::SortRole: return cell.sortKey;
    case CommitteeGridProxy::CellTypeRole: return int(m_overview.rows.at(index.row()).cellType);
    case CellIdRole: return m_overview.rows.at(index.row()).cellId;
    default: return {};
    }
}

QVariant CommitteeGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Field field = fieldOf(section);
    if (role == Qt::ToolTipRole && field == Field::Section && m_overview.cellModel) {
        const QString key = m_overview.sections.value(section - leadingColumns);
        QStringList labels;
        for (const Indicator& indicator : m_overview.cellModel->indicators) {
            if (ScorecardRules::sectionOf(indicator.label.vi) == key)
                labels.append(indicator.label.pick(english()));
        }
        return labels.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (field) {
    case Field::Cell: return tr("Cell");
    case Field::Type: return tr("Cell type");
    case Field::Members: return tr("Members");
    case Field::Meetings: return tr("Meetings held / due");
    case Field::Attendance: return tr("Attendance");
    case Field::MeetingScore: return MeetingQualityTexts::name(m_overview.meetingQuality);
    case Field::Section: return tr("Criterion %1").arg(m_overview.sections.value(section - leadingColumns));
    case Field::Overall:
        return m_overview.cellModel ? m_overview.cellModel->title.pick(english()) : tr("Cell model");
    case Field::Proposed: return tr("Proposed level");
    case Field::Decided: return tr("Decided level");
    }
    return {};
}

} // namespace chibo
