// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CommitteeGridSheet.h"

#include "core/Labels.h"
#include "core/OrgTree.h"
#include "services/MeetingQualityTexts.h"
#include "services/OutcomeShades.h"
#include "services/Workspace.h"

#include <QLocale>
#include <QSet>

namespace chibo {

namespace {

/// The columns before the criteria and after them.
constexpr int leadingColumns = 6;
constexpr int trailingColumns = 3;

const QString noValue = QStringLiteral("—");

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

SheetValue shareOrDash(const ScoreValue& value)
{
    return value.isMissing() ? SheetValue::ofText(noValue) : SheetValue::ofShare(value.number);
}

} // namespace

int CommitteeGridSheet::columnCount(const CommitteeOverview& overview)
{
    return leadingColumns + int(overview.sections.size()) + trailingColumns;
}

CommitteeGridSheet::Field CommitteeGridSheet::fieldOf(const CommitteeOverview& overview, int column)
{
    if (column < leadingColumns)
        return Field(column);
    const int sections = int(overview.sections.size());
    if (column < leadingColumns + sections)
        return Field::Section;
    return Field(int(Field::Overall) + column - leadingColumns - sections);
}

int CommitteeGridSheet::columnOf(const CommitteeOverview& overview, Field field)
{
    if (int(field) <= int(Field::Section))
        return int(field);
    return int(field) - int(Field::Overall) + leadingColumns + int(overview.sections.size());
}

QString CommitteeGridSheet::header(const CommitteeOverview& overview, int column, bool english)
{
    switch (fieldOf(overview, column)) {
    case Field::Cell: return tr("Cell");
    case Field::Type: return tr("Cell type");
    case Field::Members: return tr("Members");
    case Field::Meetings: return tr("Meetings held / due");
    case Field::Attendance: return tr("Attendance");
    case Field::MeetingScore: return MeetingQualityTexts::name(overview.meetingQuality);
    case Field::Section: return tr("Criterion %1").arg(overview.sections.value(column - leadingColumns));
    case Field::Overall:
        return overview.cellModel ? overview.cellModel->title.pick(english) : tr("Cell model");
    case Field::Proposed: return tr("Proposed level");
    case Field::Decided: return tr("Decided level");
    }
    return {};
}

QStringList CommitteeGridSheet::header(const CommitteeOverview& overview, bool english)
{
    QStringList headers;
    for (int column = 0; column < columnCount(overview); ++column)
        headers.append(header(overview, column, english));
    return headers;
}

QString CommitteeGridSheet::meetingsText(const CommitteeOverviewRow& row)
{
    return tr("%1/%2").arg(QLocale().toString(row.meetingsHeld), QLocale().toString(row.meetingsExpected));
}

SheetValue CommitteeGridSheet::sectionValue(const CommitteeOverviewRow& row, int section)
{
    if (!row.modelRated || section < 0 || section >= row.sections.size())
        return SheetValue::ofText(noValue);
    const Truth met = row.sections.at(section);
    QString text;
    switch (met) {
    case Truth::True: text = tr("Met"); break;
    case Truth::False: text = tr("Not met"); break;
    case Truth::Unknown: text = tr("Missing"); break;
    }
    return SheetValue::ofText(text).withFill(OutcomeShades::of(met));
}

CommitteeGridSheet::LevelCell CommitteeGridSheet::levelCell(const CommitteeOverview& overview,
                                                            const CommitteeOverviewRow& row, Field field,
                                                            bool english)
{
    const bool overall = field == Field::Overall;
    const bool proposed = field == Field::Proposed;
    const bool present = overall ? row.modelRated : (proposed ? row.classified : !row.decidedLevel.isEmpty());
    if (!present)
        return {};
    const Criteria* file = overall ? overview.cellModel : overview.classification;
    const QString code = overall ? row.modelLevel : (proposed ? row.proposedLevel : row.decidedLevel);
    const bool decide = (overall && row.modelNeedsDecision) || (proposed && row.proposalNeedsDecision);
    const Level* level = levelOf(file, code);
    LevelCell cell;
    cell.name = level ? level->label.pick(english) : code;
    // Classification levels are known by their abbreviations (HTXS, HTT, HT, KHT).
    const QString shortName = overall ? cell.name : code.toUpper();
    QString text;
    if (code.isEmpty())
        text = tr("For a decision");
    else
        text = decide ? tr("%1 (for a decision)").arg(shortName) : shortName;
    // An empty code is shaded as waiting for a decision.
    cell.value = SheetValue::ofText(text).withFill(OutcomeShades::ofLevel(code));
    if (file && !code.isEmpty())
        cell.rank = file->levelRank(code);
    return cell;
}

QString CommitteeGridSheet::title()
{
    return QCoreApplication::translate("chibo::CommitteeOverviewPage", "Committee overview");
}

QString CommitteeGridSheet::caption(const QString& organisationName, int year)
{
    return QCoreApplication::translate("chibo::CommitteeOverviewPage", "Committee overview — %1, %2")
        .arg(organisationName)
        .arg(year);
}

SheetTable CommitteeGridSheet::table(const CommitteeOverview& overview, const QString& organisationName,
                                     bool english)
{
    SheetTable sheet{title(), header(overview, english), {}, caption(organisationName, overview.year)};
    sheet.rows.reserve(overview.rows.size());
    for (const CommitteeOverviewRow& row : overview.rows) {
        QList<SheetValue> cells{
            SheetValue::ofText(row.name),       SheetValue::ofText(Labels::of(row.cellType)),
            SheetValue::ofInteger(row.members), SheetValue::ofText(meetingsText(row)),
            shareOrDash(row.attendanceRate),    shareOrDash(row.meetingScore)};
        for (int section = 0; section < overview.sections.size(); ++section)
            cells.append(sectionValue(row, section));
        for (const Field field : {Field::Overall, Field::Proposed, Field::Decided})
            cells.append(levelCell(overview, row, field, english).value);
        sheet.rows.append(std::move(cells));
    }
    return sheet;
}

Result<SheetTable> CommitteeGridSheet::ofOrganisation(const Workspace& workspace, const CriteriaSet& criteria,
                                                      const Organisation& org, int year, QDate asOf,
                                                      bool english)
{
    const auto organisations = workspace.storage().organisations().all();
    if (!organisations)
        return organisations.error();
    auto overview = CommitteeOverview::load(workspace, criteria, org.id, year, asOf);
    if (!overview)
        return overview.error();
    QSet<QUuid> below;
    for (const Organisation* cell : OrgTree(*organisations).subtree(org.id))
        below.insert(cell->id);
    overview->rows.removeIf(
        [&below](const CommitteeOverviewRow& row) { return !below.contains(row.cellId); });
    return table(*overview, org.name, english);
}

} // namespace chibo
