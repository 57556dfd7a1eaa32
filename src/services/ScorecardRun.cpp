// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ScorecardRun.h"

#include "core/OrgTree.h"
#include "core/YearMonth.h"
#include "services/ScorecardRules.h"
#include "services/ScoringService.h"
#include "services/Workspace.h"

#include <algorithm>

namespace chibo {

namespace {

/// The month of a card's period ("2025-03", "2025-03-14"); 0 for a year.
int monthOf(const QString& period)
{
    return period.size() >= 7 ? period.mid(5, 2).toInt() : 0;
}

} // namespace

ScorecardRun::ScorecardRun(ScoringSnapshot snapshot, int year)
    : m_snapshot(std::move(snapshot))
    , m_year(year)
{}

Result<std::unique_ptr<ScorecardRun>> ScorecardRun::load(const Workspace& workspace,
                                                         const CriteriaSet& criteria, const QUuid& cellId,
                                                         int year, QDate asOf)
{
    auto snapshot = ScoringSnapshot::load(workspace, cellId);
    if (!snapshot)
        return snapshot.error();
    return of(criteria, std::move(snapshot).value(), year, asOf);
}

Result<std::unique_ptr<ScorecardRun>> ScorecardRun::of(const CriteriaSet& criteria, ScoringSnapshot snapshot,
                                                       int year, QDate asOf)
{
    std::unique_ptr<ScorecardRun> loaded(new ScorecardRun(std::move(snapshot), year));
    const OrgTree tree(loaded->dataset().organisations);
    const Organisation* cell = tree.find(loaded->cellId());
    if (!cell)
        return Error{QStringLiteral("scorecard.unknown-organisation"),
                     tr("The organisation of the scorecard is not in the records."),
                     {}};
    loaded->m_files = ScorecardRules::applicable(criteria, *cell, year);
    const Organisation* grassroots = tree.grassrootsOf(cell->id);
    const Criteria* model = ScorecardRules::cellModel(criteria, grassroots ? *grassroots : *cell, year);
    loaded->m_cellModel = loaded->m_files.contains(model) ? model : nullptr;
    loaded->m_meetingQuality = MeetingQualityForms::of(loaded->m_files);
    if (!loaded->m_files.isEmpty()) {
        const QStringList ids = ScorecardRules::idsOf(loaded->m_files);
        auto run = ScoringService::score(criteria, loaded->m_snapshot, {ids, year, 0, asOf});
        if (!run)
            return run.error();
        loaded->m_run = std::move(run).value();
    }
    loaded->m_names = std::make_unique<SubjectNames>(loaded->dataset());
    const QDate end = asOf.isValid() ? std::min(QDate(year, 12, 31), asOf) : QDate(year, 12, 31);
    auto tallies = ScorecardTally::ofMeetings(loaded->dataset(), year, end);
    ScorecardTally::addMeetingScores(tallies, loaded->m_run, loaded->m_meetingQuality, year);
    loaded->m_months = tallies.value(cell->id);
    loaded->m_months.resize(YearMonth::MonthsPerYear);
    return loaded;
}

const ScoreCard* ScorecardRun::cellModelCard() const
{
    if (!m_cellModel)
        return nullptr;
    const QList<int> cards = cardsOf(*m_cellModel, 0);
    return cards.isEmpty() ? nullptr : &m_run.cards.at(cards.first());
}

QList<int> ScorecardRun::cardsOf(const Criteria& file, int month) const
{
    QList<int> indices;
    for (qsizetype i = 0; i < m_run.cards.size(); ++i) {
        const ScoreCard& card = m_run.cards.at(i);
        if (card.criteriaId != file.id || card.subjectKind != file.subject)
            continue;
        const bool own =
            card.subjectKind == SubjectKind::Meeting ? card.orgId == cellId() : card.subjectId == cellId();
        if (own && (month == 0 || card.subjectKind == SubjectKind::OrganisationYear ||
                    monthOf(card.period) == month))
            indices.append(int(i));
    }
    return indices;
}

} // namespace chibo
