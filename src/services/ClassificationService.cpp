// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClassificationService.h"

#include "core/EnumCodes.h"
#include "core/Labels.h"
#include "core/OrgTree.h"
#include "services/AuditRecords.h"
#include "services/AuditTrail.h"
#include "services/CardJsonWriter.h"
#include "services/OrgSnapshot.h"
#include "services/Permissions.h"
#include "services/ScoringService.h"
#include "services/Workspace.h"
#include "services/YearLock.h"
#include "storage/Transaction.h"

#include <QMap>

#include <algorithm>

namespace chibo {

namespace {

const QStringList classificationLevels{QStringLiteral("htxs"), QStringLiteral("htt"), QStringLiteral("ht"),
                                       QStringLiteral("kht")};

bool classifies(const Criteria& file)
{
    QStringList codes;
    for (const Level& level : file.levels)
        codes.append(level.code);
    return codes == classificationLevels && !file.example;
}

StoredResult stored(const ScoreCard& card, const QDateTime& computedAt)
{
    StoredResult row;
    row.criteriaId = card.criteriaId;
    row.criteriaVersion = card.criteriaVersion;
    row.contentHash = card.contentHash;
    row.subjectKind = codeOf(card.subjectKind);
    row.subjectId = card.subjectId;
    row.orgId = card.orgId;
    row.period = card.period;
    row.level = card.level;
    row.total = card.hasPoints ? card.total.toString() : QString();
    row.needsDecision = card.needsDecision();
    row.resultJson = QString::fromUtf8(CardJsonWriter::write(card));
    row.computedAt = computedAt;
    return row;
}

/// Replaces the stored results of every file in `run`, one file at a time, for the scope's organisations.
/// Each card becomes its stored row (with its JSON) only as it is written: a province has 100,000 of them.
Status replaceAll(ResultRepository& repository, const ScoreRun& run, const QList<QUuid>& orgIds,
                  const QDateTime& computedAt)
{
    QMap<QString, QList<const ScoreCard*>> byCriteria;
    QMap<QString, QStringList> periods;
    for (const ScoreCard& card : run.cards) {
        byCriteria[card.criteriaId].append(&card);
        if (!periods[card.criteriaId].contains(card.period))
            periods[card.criteriaId].append(card.period);
    }
    for (auto it = byCriteria.cbegin(); it != byCriteria.cend(); ++it) {
        qsizetype index = 0;
        const QList<const ScoreCard*>& cards = *it;
        const auto next = [&]() -> std::optional<StoredResult> {
            if (index == cards.size())
                return std::nullopt;
            return stored(*cards.at(index++), computedAt);
        };
        if (const Status replaced =
                repository.replaceResultsFrom(it.key(), periods.value(it.key()), orgIds, next);
            !replaced)
            return replaced;
    }
    return {};
}

/// The stored proposal for a subject under the member or organisation rules in force for `year`.
Result<StoredResult> storedProposal(const Workspace& workspace, const CriteriaSet& criteria,
                                    const QUuid& subjectId, int year)
{
    const QString period = QString::number(year);
    for (const SubjectKind kind : {SubjectKind::MemberYear, SubjectKind::OrganisationYear}) {
        const Criteria* rules = ClassificationService::rulesFor(criteria, kind, year);
        if (!rules)
            continue;
        const auto row = workspace.storage().results().resultFor(rules->id, subjectId, period);
        if (!row)
            return row.error();
        if (*row)
            return **row;
    }
    return Error{
        QStringLiteral("classification.no-proposal"),
        ClassificationService::tr("There is no stored proposal for this subject and year; run classify "
                                  "first."),
        period};
}

/// Refused when one of `orgIds`, or an organisation above them, has locked `year`.
Status yearOpen(const Workspace& workspace, const OrgSnapshot& organisations, const QList<QUuid>& orgIds,
                int year, const QString& format)
{
    const auto locks = YearLock::locksCovering(workspace, organisations.tree(), orgIds);
    if (!locks)
        return locks.error();
    for (const LockedYear& lock : *locks) {
        if (lock.year == year)
            return Error{QStringLiteral("year_locked"),
                         format.arg(QString::number(year), organisations.nameOf(lock.orgId)),
                         {}};
    }
    return {};
}

/// Storing proposals is for those who edit the organisation's records or decide for it.
Status mayStoreProposals(const Session& session, const OrgSnapshot& organisations, const QUuid& orgId)
{
    if (Permissions::mayEditRecords(session, organisations.tree(), orgId) ||
        Permissions::mayDecide(session, organisations.tree(), orgId))
        return {};
    return Error{QStringLiteral("permission_denied"),
                 ClassificationService::tr("A session as %1 cannot store the classification proposals of %2.")
                     .arg(Labels::of(session.role).toLower(), organisations.nameOf(orgId)),
                 {}};
}

QList<QUuid> subjectsOf(const Classification& classification)
{
    QList<QUuid> ids;
    for (const ScoreCard& card : classification.run.cards)
        ids.append(card.subjectId);
    return ids;
}

} // namespace

QStringList Classification::ruleIds() const
{
    QStringList ids;
    for (const Criteria* rules : {orgRules, memberRules}) {
        if (rules)
            ids.append(rules->id);
    }
    return ids;
}

const ClassificationDecision* Classification::decisionFor(const QString& criteriaId,
                                                          const QUuid& subjectId) const
{
    for (const ClassificationDecision& decision : decisions) {
        if (decision.criteriaId == criteriaId && decision.subjectId == subjectId)
            return &decision;
    }
    return nullptr;
}

bool ClassificationService::isClassificationLevel(const QString& code)
{
    return classificationLevels.contains(code);
}

const Criteria* ClassificationService::rulesFor(const CriteriaSet& criteria, SubjectKind subject, int year)
{
    const QDate yearEnd(year, 12, 31);
    for (const Criteria& file : criteria.files()) {
        if (file.subject == subject && classifies(file) && file.isValidOn(yearEnd))
            return &file;
    }
    return nullptr;
}

Result<Classification> ClassificationService::classify(const CriteriaSet& criteria,
                                                       const ScoringSnapshot& snapshot, int year, QDate asOf)
{
    Classification result;
    result.year = year;
    result.asOf = asOf;
    result.orgId = snapshot.requestedOrgId;
    const OrgTree tree(snapshot.dataset.organisations);
    for (const Organisation* org : tree.subtree(snapshot.requestedOrgId))
        result.scopeOrgIds.append(org->id);
    result.memberRules = rulesFor(criteria, SubjectKind::MemberYear, year);
    result.orgRules = rulesFor(criteria, SubjectKind::OrganisationYear, year);
    if (!result.memberRules && !result.orgRules) {
        return Error{QStringLiteral("classification.no-rules"),
                     tr("No classification rules are in force for %1.").arg(year),
                     {}};
    }
    auto run = ScoringService::score(criteria, snapshot, ScoreQuery{result.ruleIds(), year, 0, asOf});
    if (!run)
        return run.error();
    result.run = std::move(run).value();
    return result;
}

Status ClassificationService::persist(Workspace& workspace, const Session& session,
                                      Classification& classification, const QDateTime& computedAt)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    if (const Status stored = persist(workspace, session, classification, computedAt, **organisations);
        !stored)
        return stored;
    return transaction.commit();
}

Status ClassificationService::persist(Workspace& workspace, const Session& session,
                                      Classification& classification, const QDateTime& computedAt,
                                      const OrgSnapshot& organisations)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (const Status allowed = mayStoreProposals(session, organisations, classification.orgId); !allowed)
        return allowed;
    if (const Status open =
            yearOpen(workspace, organisations, classification.scopeOrgIds, classification.year,
                     tr("The classification of %1 is locked for %2, so its proposals are kept "
                        "as they were."));
        !open)
        return open;
    ResultRepository& results = workspace.storage().results();
    if (const Status replaced =
            replaceAll(results, classification.run, classification.scopeOrgIds, computedAt);
        !replaced)
        return replaced;
    auto decisions = workspace.storage().decisions().current(classification.year, subjectsOf(classification));
    if (!decisions)
        return decisions.error();
    classification.decisions = std::move(decisions).value();
    const Organisation* org = organisations.tree().find(classification.orgId);
    const AuditEntry audited = AuditRecords::act(
        QStringLiteral("classify"), QStringLiteral("classification"), classification.orgId,
        classification.orgId,
        tr("Stored the proposals of %1 for %2")
            .arg(QString::number(classification.year), org ? org->name : classification.orgId.toString()));
    if (const Status logged = AuditTrail::record(workspace.storage(), session, audited); !logged)
        return logged;
    return transaction.commit();
}

Status ClassificationService::decide(Workspace& workspace, const Session& session,
                                     const CriteriaSet& criteria, const ClassificationDecision& decision)
{
    if (!isClassificationLevel(decision.decidedLevel)) {
        return Error{QStringLiteral("classification.bad-level"),
                     tr("The decided level must be htxs, htt, ht or kht."), decision.decidedLevel};
    }
    if (decision.reason.trimmed().isEmpty() || decision.decidedBy.trimmed().isEmpty()) {
        return Error{QStringLiteral("classification.decision-incomplete"),
                     tr("A decision needs the reason and the name of the person who records it."),
                     {}};
    }
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    const auto proposal = storedProposal(workspace, criteria, decision.subjectId, decision.year);
    if (!proposal)
        return proposal.error();
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    if (const Status allowed = Permissions::mayDecide(session, (*organisations)->tree(), proposal->orgId);
        !allowed)
        return allowed;
    if (const Status open = yearOpen(workspace, **organisations, {proposal->orgId}, decision.year,
                                     tr("The classification of %1 is locked for %2, so no decision can be "
                                        "recorded for it any more."));
        !open)
        return open;
    if (proposal->level == decision.decidedLevel && !proposal->needsDecision) {
        return Error{
            QStringLiteral("classification.nothing-to-decide"),
            tr("The proposal (%1) needs no decision and the level is the same.").arg(proposal->level),
            {}};
    }
    ClassificationDecision recorded = decision;
    recorded.criteriaId = proposal->criteriaId;
    recorded.proposedLevel = proposal->level;
    if (const Status saved = workspace.storage().decisions().record(recorded); !saved)
        return saved;
    const AuditEntry audited = AuditRecords::act(
        QStringLiteral("decision"), QStringLiteral("classification"), recorded.subjectId, proposal->orgId,
        tr("Decided %1 for %2 (proposed %3)")
            .arg(recorded.decidedLevel.toUpper(), QString::number(recorded.year),
                 recorded.proposedLevel.isEmpty() ? QStringLiteral("—") : recorded.proposedLevel.toUpper()),
        {}, AuditRecords::json(recorded));
    if (const Status logged = AuditTrail::record(workspace.storage(), session, audited); !logged)
        return logged;
    return transaction.commit();
}

} // namespace chibo
