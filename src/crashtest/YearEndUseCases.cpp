// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/YearEndUseCases.h"

#include "crashtest/StateReader.h"
#include "services/ClassificationService.h"
#include "services/ScoringSnapshot.h"
#include "services/Workspace.h"
#include "services/YearLock.h"

#include <memory>

namespace chibo {

namespace {

const QStringList levels{QStringLiteral("htxs"), QStringLiteral("htt"), QStringLiteral("ht"),
                         QStringLiteral("kht")};

} // namespace

YearEndUseCases::YearEndUseCases(Workspace& workspace, const Session& session, const CriteriaSet& criteria,
                                 const HarnessScope& scope, std::mt19937_64& random)
    : m_workspace(workspace)
    , m_session(session)
    , m_criteria(criteria)
    , m_scope(scope)
    , m_random(random)
{}

QStringList YearEndUseCases::available(StateReader& state) const
{
    QStringList useCases{QStringLiteral("results.persist"), QStringLiteral("year.lock-or-unlock")};
    for (const QUuid& cell : m_scope.classifiedCells) {
        if (state.read(StateReader::resultsKey(cell)) != StateReader::none()) {
            useCases.append(QStringLiteral("decision.record"));
            break;
        }
    }
    return useCases;
}

Result<PlannedUseCase> YearEndUseCases::plan(const QString& name, StateReader& state)
{
    if (name == u"results.persist")
        return planPersist(state);
    if (name == u"decision.record")
        return planDecision(state);
    return planLock(state);
}

QDateTime YearEndUseCases::now()
{
    // QDateTime keeps milliseconds, as the database does.
    return QDateTime::currentDateTimeUtc();
}

Result<PlannedUseCase> YearEndUseCases::planPersist(StateReader& state)
{
    const QUuid cell = m_scope.classifiedCells.at(pick(int(m_scope.classifiedCells.size())));
    const auto snapshot = ScoringSnapshot::load(m_workspace, cell);
    if (!snapshot)
        return snapshot.error();
    auto classified = ClassificationService::classify(m_criteria, *snapshot, m_scope.yearEndYear,
                                                      QDate(m_scope.yearEndYear, 12, 31));
    if (!classified)
        return classified.error();
    auto classification = std::make_shared<Classification>(std::move(classified).value());
    const QDateTime computedAt = now();
    const QString key = StateReader::resultsKey(cell);
    PlannedUseCase planned{
        QStringLiteral("results.persist"),
        {{key, state.read(key), StateReader::ofCards(classification->run.cards, computedAt)}},
        {},
        {}};
    planned.run = [this, classification, computedAt] {
        return ClassificationService::persist(m_workspace, m_session, *classification, computedAt);
    };
    return planned;
}

Result<PlannedUseCase> YearEndUseCases::planDecision(StateReader& state)
{
    const Criteria* rules =
        ClassificationService::rulesFor(m_criteria, SubjectKind::MemberYear, m_scope.yearEndYear);
    if (!rules)
        return Error{QStringLiteral("crashtest.plan"), QStringLiteral("no member rules"), {}};
    QList<StoredResult> proposals;
    for (const QUuid& cell : m_scope.classifiedCells) {
        if (state.read(StateReader::resultsKey(cell)) == StateReader::none())
            continue;
        const auto stored = m_workspace.storage().results().results(
            rules->id, QString::number(m_scope.yearEndYear), m_scope.scopes.value(cell));
        if (!stored)
            return stored.error();
        proposals += *stored;
    }
    if (proposals.isEmpty())
        return Error{QStringLiteral("crashtest.plan"), QStringLiteral("no stored member proposal"), {}};
    const StoredResult proposal = proposals.at(pick(int(proposals.size())));
    QStringList others = levels;
    others.removeAll(proposal.level);
    ClassificationDecision decision;
    decision.id = QUuid::createUuid();
    decision.criteriaId = proposal.criteriaId;
    decision.subjectId = proposal.subjectId;
    decision.year = m_scope.yearEndYear;
    decision.proposedLevel = proposal.level;
    decision.decidedLevel = others.at(pick(int(others.size())));
    decision.reason = QString::fromUtf8("Hội nghị chi bộ biểu quyết lại theo ý kiến của cấp ủy cơ sở");
    decision.decidedBy = m_session.userName;
    decision.decidedOn = m_scope.day;
    PlannedUseCase planned{QStringLiteral("decision.record"),
                           {{StateReader::decisionKey(decision.subjectId, decision.id), StateReader::absent(),
                             StateReader::of(decision)}},
                           {},
                           {}};
    planned.run = [this, decision] {
        return ClassificationService::decide(m_workspace, m_session, m_criteria, decision);
    };
    return planned;
}

Result<PlannedUseCase> YearEndUseCases::planLock(StateReader& state)
{
    auto history = m_workspace.storage().locks().history(m_scope.lockCell);
    if (!history)
        return history.error();
    QList<YearLockEntry> after = *history;
    const QDateTime at = now();
    YearLockEntry* current = nullptr;
    for (YearLockEntry& entry : after) {
        if (entry.year == m_scope.yearEndYear && entry.isCurrent())
            current = &entry;
    }
    const QString key = StateReader::lockKey(m_scope.lockCell);
    PlannedUseCase planned{current ? QStringLiteral("year.unlock") : QStringLiteral("year.lock"), {}, {}, {}};
    const QUuid cell = m_scope.lockCell;
    const int year = m_scope.yearEndYear;
    if (current) {
        const QString reason = QString::fromUtf8("Bổ sung quyết định xếp loại sau khi kiểm tra lại hồ sơ");
        current->unlockedAt = at;
        current->unlockedBy = m_session.userName;
        current->unlockReason = reason;
        planned.run = [this, cell, year, reason, at] {
            return YearLock::unlock(m_workspace, m_session, cell, year, reason, at);
        };
    } else {
        after.append({cell, year, at, m_session.userName, {}, {}, {}});
        planned.run = [this, cell, year, at] {
            return YearLock::lock(m_workspace, m_session, cell, year, at);
        };
    }
    planned.keys = {{key, state.read(key), StateReader::ofLocks(after, year)}};
    return planned;
}

} // namespace chibo
