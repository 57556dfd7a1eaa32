// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CommitteeOverview.h"

#include "core/MemberTimeline.h"
#include "core/OrgTree.h"
#include "services/ClassificationService.h"
#include "services/ScorecardRules.h"
#include "services/ScorecardTally.h"
#include "services/ScoringService.h"
#include "services/Workspace.h"

#include <QHash>

#include <algorithm>

namespace chibo {

namespace {

constexpr int monthsInYear = 12;

QStringList sectionsOf(const Criteria* model)
{
    QStringList sections;
    if (!model)
        return sections;
    for (const Indicator& indicator : model->indicators) {
        const QString section = ScorecardRules::sectionOf(indicator.label.vi);
        if (!section.isEmpty() && !sections.contains(section))
            sections.append(section);
    }
    return sections;
}

int monthsExpected(const Organisation& cell, int year, QDate end)
{
    int months = 0;
    for (int month = 1; month <= monthsInYear; ++month) {
        const QDate first(year, month, 1);
        const QDate last = first.addMonths(1).addDays(-1);
        if (first <= end && (!cell.establishedOn.isValid() || cell.establishedOn <= last))
            ++months;
    }
    return months;
}

QHash<QUuid, int> membersByCell(const QList<Member>& members, QDate end)
{
    QHash<QUuid, int> counts;
    for (const Member& member : members) {
        const MemberTimeline timeline(member);
        if (timeline.stateOn(end).isMember())
            ++counts[timeline.officialCellOn(end)];
    }
    return counts;
}

/// The year cards of one file, by organisation.
QHash<QUuid, const ScoreCard*> yearCards(const ScoreRun& run, const Criteria* file)
{
    QHash<QUuid, const ScoreCard*> cards;
    if (!file)
        return cards;
    for (const ScoreCard& card : run.cards) {
        if (card.criteriaId == file->id && card.subjectKind == SubjectKind::OrganisationYear)
            cards.insert(card.subjectId, &card);
    }
    return cards;
}

void fillModel(CommitteeOverviewRow& row, const ScoreCard* card, const QStringList& sections)
{
    row.modelRated = card && card->rated;
    for (const QString& section : sections)
        row.sections.append(row.modelRated ? ScorecardRules::sectionMet(*card, section) : Truth::Unknown);
    if (!row.modelRated)
        return;
    row.modelLevel = card->level;
    row.modelNeedsDecision = card->needsDecision();
}

void fillClassification(CommitteeOverviewRow& row, const ScoreCard* card, const Criteria* rules,
                        const QList<ClassificationDecision>& decisions)
{
    row.classified = card && card->rated;
    if (row.classified) {
        row.proposedLevel = card->level;
        row.proposalNeedsDecision = card->needsDecision();
    }
    for (const ClassificationDecision& decision : decisions) {
        if (rules && decision.criteriaId == rules->id && decision.subjectId == row.cellId)
            row.decidedLevel = decision.decidedLevel;
    }
}

/// One run of the files the overview reads, over the whole organisation (no run when none is in force).
Result<ScoreRun> scoreOnce(const CriteriaSet& criteria, const ScoringSnapshot& snapshot,
                           const CommitteeOverview& overview, QDate asOf)
{
    QList<const Criteria*> used;
    for (const Criteria* file : {overview.cellModel, overview.classification}) {
        if (file)
            used.append(file);
    }
    used += overview.meetingQuality.files;
    if (used.isEmpty())
        return ScoreRun{};
    return ScoringService::score(criteria, snapshot, {ScorecardRules::idsOf(used), overview.year, 0, asOf});
}

} // namespace

ScoreValue CommitteeOverviewRow::meetingShare() const
{
    const auto share = Rational::ratio(meetingsHeld, meetingsExpected);
    return share ? ScoreValue::of(*share) : ScoreValue::missing();
}

Result<CommitteeOverview> CommitteeOverview::build(const CriteriaSet& criteria,
                                                   const ScoringSnapshot& snapshot, int year, QDate asOf,
                                                   const QList<ClassificationDecision>& decisions)
{
    const OrgTree tree(snapshot.dataset.organisations);
    const Organisation* root = tree.find(snapshot.requestedOrgId);
    if (!root)
        return Error{QStringLiteral("overview.unknown-organisation"),
                     tr("The organisation of the overview is not in the records."),
                     {}};
    CommitteeOverview overview;
    overview.rootId = root->id;
    overview.year = year;
    overview.end = asOf.isValid() ? std::min(QDate(year, 12, 31), asOf) : QDate(year, 12, 31);
    QList<const Organisation*> cells;
    for (const Organisation* org : tree.subtree(root->id)) {
        if (org->isCell())
            cells.append(org);
    }
    overview.cellModel = ScorecardRules::cellModel(criteria, *root, year);
    overview.sections = sectionsOf(overview.cellModel);
    overview.classification = ClassificationService::rulesFor(criteria, SubjectKind::OrganisationYear, year);
    overview.meetingQuality = MeetingQualityForms::of(
        ScorecardRules::applicable(criteria, cells.isEmpty() ? *root : *cells.first(), year));
    const auto run = scoreOnce(criteria, snapshot, overview, asOf);
    if (!run)
        return run.error();
    overview.appendRows(cells, snapshot.dataset, *run, decisions);
    return overview;
}

void CommitteeOverview::appendRows(const QList<const Organisation*>& cells, const Dataset& dataset,
                                   const ScoreRun& run, const QList<ClassificationDecision>& decisions)
{
    auto tallies = ScorecardTally::ofMeetings(dataset, year, end);
    ScorecardTally::addMeetingScores(tallies, run, meetingQuality, year);
    const QHash<QUuid, int> members = membersByCell(dataset.members, end);
    const auto modelCards = yearCards(run, cellModel);
    const auto classificationCards = yearCards(run, classification);
    rows.reserve(cells.size());
    for (const Organisation* cell : cells) {
        CommitteeOverviewRow row;
        row.cellId = cell->id;
        row.name = cell->name;
        row.cellType = cell->cellType;
        row.members = members.value(cell->id);
        const ScorecardTally tally = ScorecardTally::yearOf(tallies, cell->id);
        row.meetingsHeld = tally.regularMeetings;
        row.meetingsExpected = monthsExpected(*cell, year, end);
        row.attendanceRate = tally.attendanceRate();
        row.meetingScore = tally.meetingScore();
        fillModel(row, modelCards.value(cell->id), sections);
        fillClassification(row, classificationCards.value(cell->id), classification, decisions);
        rows.append(std::move(row));
    }
}

QUuid CommitteeOverview::rootFor(const QList<Organisation>& organisations, const QUuid& orgId)
{
    const OrgTree tree(organisations);
    const Organisation* org = tree.find(orgId);
    while (org && (org->isCell() || org->kind == OrgKind::PartyGroup)) {
        const Organisation* parent = tree.find(org->parentId);
        if (!parent)
            break;
        org = parent;
    }
    return org ? org->id : orgId;
}

Result<CommitteeOverview> CommitteeOverview::load(const Workspace& workspace, const CriteriaSet& criteria,
                                                  const QUuid& orgId, int year, QDate asOf)
{
    const auto organisations = workspace.storage().organisations().all();
    if (!organisations)
        return organisations.error();
    const auto snapshot = ScoringSnapshot::load(workspace, rootFor(*organisations, orgId));
    if (!snapshot)
        return snapshot.error();
    QList<QUuid> orgIds;
    orgIds.reserve(snapshot->dataset.organisations.size());
    for (const Organisation& org : snapshot->dataset.organisations)
        orgIds.append(org.id);
    const auto decisions = workspace.storage().decisions().current(year, orgIds);
    if (!decisions)
        return decisions.error();
    return build(criteria, *snapshot, year, asOf, *decisions);
}

ScoreValue CommitteeOverview::valueOf(const CommitteeOverviewRow& row, Measure measure)
{
    switch (measure) {
    case Measure::Members: return ScoreValue::of(row.members);
    case Measure::Meetings: return row.meetingShare();
    case Measure::Attendance: return row.attendanceRate;
    case Measure::MeetingScore: return row.meetingScore;
    }
    return ScoreValue::missing();
}

QList<CommitteeOverview::Rank> CommitteeOverview::ranks(const QList<CommitteeOverviewRow>& rows,
                                                        Measure measure)
{
    // Per cell type, the values sorted from the highest: a row's place is 1 + the values above it.
    QHash<int, QList<Rational>> valuesByType;
    QHash<int, int> countByType;
    for (const CommitteeOverviewRow& row : rows) {
        const int type = int(row.cellType);
        ++countByType[type];
        if (const ScoreValue value = valueOf(row, measure); !value.isMissing())
            valuesByType[type].append(value.number);
    }
    for (QList<Rational>& values : valuesByType)
        std::sort(values.begin(), values.end(), std::greater<>());
    QList<Rank> out;
    out.reserve(rows.size());
    for (const CommitteeOverviewRow& row : rows) {
        const int type = int(row.cellType);
        const ScoreValue value = valueOf(row, measure);
        Rank rank{0, countByType.value(type)};
        if (!value.isMissing()) {
            const QList<Rational>& values = valuesByType[type];
            const auto first =
                std::lower_bound(values.cbegin(), values.cend(), value.number, std::greater<>());
            rank.place = int(first - values.cbegin()) + 1;
        }
        out.append(rank);
    }
    return out;
}

} // namespace chibo
