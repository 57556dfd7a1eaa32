// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/committee/CommitteeGridModel.h"

#include "app/OutcomeColours.h"
#include "core/Labels.h"
#include "i18n/Language.h"
#include "models/CommitteeGridProxy.h"
#include "services/ScorecardRules.h"

#include <QHash>
#include <QLocale>

namespace chibo {

namespace {

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
    return CommitteeGridSheet::fieldOf(m_overview, column);
}

int CommitteeGridModel::columnOf(Field field) const
{
    return CommitteeGridSheet::columnOf(m_overview, field);
}

int CommitteeGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_overview.rows.size());
}

int CommitteeGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : CommitteeGridSheet::columnCount(m_overview);
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
    case Field::Section: return shownSection(row, column - columnOf(Field::Section));
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
        out.text = CommitteeGridSheet::meetingsText(cell);
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
    const SheetValue value = CommitteeGridSheet::sectionValue(cell, section);
    Shown out;
    out.text = value.text;
    out.background = OutcomeColours::colour(value.fill);
    if (cell.modelRated && section < cell.sections.size()) {
        // Met above missing above not met.
        const Truth met = cell.sections.at(section);
        out.sortKey = met == Truth::True ? 2 : (met == Truth::Unknown ? 1 : 0);
    }
    return out;
}

CommitteeGridModel::Shown CommitteeGridModel::shownLevel(int row, Field field) const
{
    const CommitteeGridSheet::LevelCell level =
        CommitteeGridSheet::levelCell(m_overview, m_overview.rows.at(row), field, showsEnglish());
    Shown out;
    out.text = level.value.text;
    out.toolTip = level.name;
    out.sortKey = level.rank ? QVariant(*level.rank) : QVariant();
    out.background = OutcomeColours::colour(level.value.fill);
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
        const QString key = m_overview.sections.value(section - columnOf(Field::Section));
        QStringList labels;
        for (const Indicator& indicator : m_overview.cellModel->indicators) {
            if (ScorecardRules::sectionOf(indicator.label.vi) == key)
                labels.append(indicator.label.pick(showsEnglish()));
        }
        return labels.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    return CommitteeGridSheet::header(m_overview, section, showsEnglish());
}

} // namespace chibo
