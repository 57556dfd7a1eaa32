// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/YearRecompute.h"

#include "services/Workspace.h"

#include <QHash>

#include <utility>

namespace chibo {

namespace {

/// Reading the records, then proposing (the engine evaluates both files in one pass).
constexpr int ComputeSteps = 2;

/// The group a card's quota counts it in, as scoring/engine/QuotaCheck groups them.
QUuid deciderOf(const ScoreCard& card, const OrgTree& tree)
{
    if (card.subjectKind != SubjectKind::OrganisationYear &&
        card.subjectKind != SubjectKind::OrganisationMonth) {
        const Organisation* grassroots = tree.grassrootsOf(card.orgId);
        return grassroots ? grassroots->id : QUuid();
    }
    const Organisation* org = tree.find(card.subjectId);
    return org && !org->parentId.isNull() ? org->parentId : card.subjectId;
}

const Criteria* rulesNamed(const Classification& classification, const QString& criteriaId)
{
    for (const Criteria* rules : {classification.memberRules, classification.orgRules}) {
        if (rules && rules->id == criteriaId)
            return rules;
    }
    return nullptr;
}

} // namespace

Error YearRecompute::cancelled()
{
    return Error{QStringLiteral("cancelled"), tr("Cancelled: nothing was written."), {}};
}

Result<YearProposals> YearRecompute::compute(const CriteriaSet& criteria, const QString& databasePath,
                                             const QUuid& orgId, int year, QDate asOf, Progress& progress)
{
    progress.report(0, ComputeSteps, tr("Opening the database…"));
    auto workspace = Workspace::open(databasePath, Database::Mode::ReadOnly);
    if (!workspace)
        return workspace.error();
    if (progress.cancelled())
        return cancelled();
    progress.report(0, ComputeSteps, tr("Reading the records…"));
    const auto snapshot = ScoringSnapshot::load(**workspace, orgId);
    if (!snapshot)
        return snapshot.error();
    return compute(criteria, *snapshot, year, asOf, progress);
}

Result<YearProposals> YearRecompute::compute(const CriteriaSet& criteria, const ScoringSnapshot& snapshot,
                                             int year, QDate asOf, Progress& progress)
{
    if (progress.cancelled())
        return cancelled();
    const Criteria* memberRules = ClassificationService::rulesFor(criteria, SubjectKind::MemberYear, year);
    const Criteria* orgRules = ClassificationService::rulesFor(criteria, SubjectKind::OrganisationYear, year);
    QStringList references;
    for (const Criteria* rules : {orgRules, memberRules}) {
        if (rules)
            references.append(rules->reference());
    }
    progress.report(
        1, ComputeSteps,
        tr("Proposing the levels of %n member(s) under %1…", nullptr, int(snapshot.dataset.members.size()))
            .arg(references.isEmpty() ? tr("no rules") : references.join(QStringLiteral(", "))));
    auto classification = ClassificationService::classify(criteria, snapshot, year, asOf);
    if (!classification)
        return classification.error();
    if (progress.cancelled())
        return cancelled();
    progress.report(ComputeSteps, ComputeSteps, tr("Proposals ready."));
    return YearProposals{std::move(classification).value(), SubjectNames(snapshot.dataset)};
}

Status YearRecompute::store(Workspace& workspace, const Session& session, Classification& classification,
                            const QDateTime& computedAt, Progress& progress)
{
    if (progress.cancelled())
        return cancelled();
    progress.report(0, 1, tr("Saving the proposals…"));
    const Status stored = ClassificationService::persist(workspace, session, classification, computedAt);
    if (stored)
        progress.report(1, 1, tr("Proposals saved."));
    return stored;
}

Status YearRecompute::reloadDecisions(const Workspace& workspace, Classification& classification)
{
    QList<QUuid> subjects;
    subjects.reserve(classification.run.cards.size());
    for (const ScoreCard& card : std::as_const(classification.run.cards))
        subjects.append(card.subjectId);
    auto decisions = workspace.storage().decisions().current(classification.year, subjects);
    if (!decisions)
        return decisions.error();
    classification.decisions = std::move(decisions).value();
    return {};
}

QList<QuotaState> YearRecompute::quotasAfterDecisions(const Classification& classification,
                                                      const OrgTree& tree)
{
    QHash<QPair<QString, QUuid>, QString> decided;
    for (const ClassificationDecision& decision : classification.decisions)
        decided.insert({decision.criteriaId, decision.subjectId}, decision.decidedLevel);
    struct Counts {
        qint64 current = 0;
        qint64 base = 0;
    };
    QHash<QPair<QString, QUuid>, Counts> counts; // by (criteria, group)
    QHash<QString, const QuotaState*> quotaOf;   // the file's quota: its level and base levels
    for (const QuotaState& state : classification.run.quotas)
        quotaOf.insert(state.criteriaId, &state);
    for (const ScoreCard& card : classification.run.cards) {
        const QuotaState* quota = quotaOf.value(card.criteriaId);
        if (!quota || !card.rated)
            continue;
        const QString level = decided.value({card.criteriaId, card.subjectId}, card.level);
        Counts& group = counts[{card.criteriaId, deciderOf(card, tree)}];
        group.current += level == quota->level ? 1 : 0;
        group.base += quota->baseLevels.contains(level) ? 1 : 0;
    }
    QList<QuotaState> states = classification.run.quotas;
    for (QuotaState& state : states) {
        const Counts group = counts.value({state.criteriaId, state.scopeOrgId});
        const Criteria* rules = rulesNamed(classification, state.criteriaId);
        state.current = group.current;
        state.baseCount = group.base;
        if (rules && rules->quota)
            state.allowed = (Rational(group.base) * rules->quota->share).floor();
    }
    return states;
}

} // namespace chibo
