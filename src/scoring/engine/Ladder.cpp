// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/Ladder.h"

namespace chibo {

namespace {

QList<Check> withResult(const QList<Check>& checks, Truth result)
{
    QList<Check> out;
    for (const Check& check : checks) {
        if (check.result == result)
            out.append(check);
    }
    return out.isEmpty() ? checks : out;
}

} // namespace

Ladder::Ladder(Evaluator& evaluator)
    : m_eval(evaluator)
{}

void Ladder::classify(ScoreCard& card)
{
    const Criteria& file = m_eval.criteria();
    for (const LadderRule& rule : file.ladder) {
        switch (tryRule(rule, card)) {
        case Step::NoMatch: continue;
        case Step::Stopped: return;
        case Step::Matched: applyCaps(card); return;
        }
    }
    if (!file.otherwise.isEmpty()) {
        card.level = file.otherwise;
        applyCaps(card);
        return;
    }
    const QString text = tr("No classification rule matched and the criteria file gives no default level.");
    card.flags.append({QStringLiteral("no-level"), {text, text}, {}, {}});
}

Ladder::Step Ladder::tryRule(const LadderRule& rule, ScoreCard& card)
{
    QList<Check> checks;
    const Truth when = m_eval.truth(rule.when, checks);
    if (when == Truth::Unknown) {
        const QList<Check> unknown = withResult(checks, Truth::Unknown);
        card.reasons.append(
            {Reason::Kind::Rule, rule.id, rule.label, rule.legalRef, Truth::Unknown, rule.level, unknown});
        card.flags.append({QStringLiteral("undetermined:") + rule.id, rule.label, rule.legalRef, unknown});
        card.level.clear();
        return Step::Stopped;
    }
    if (when == Truth::False) {
        card.reasons.append({Reason::Kind::Rule, rule.id, rule.label, rule.legalRef, Truth::False, rule.level,
                             withResult(checks, Truth::False)});
        return Step::NoMatch;
    }
    if (rule.unless) {
        QList<Check> exceptionChecks;
        if (m_eval.truth(*rule.unless, exceptionChecks) == Truth::True) {
            card.reasons.append({Reason::Kind::Exception, rule.id, rule.label, rule.legalRef, Truth::True,
                                 rule.level, checks + exceptionChecks});
            return Step::NoMatch;
        }
        checks += exceptionChecks;
    }
    card.level = rule.level;
    card.reasons.append(
        {Reason::Kind::Rule, rule.id, rule.label, rule.legalRef, Truth::True, rule.level, checks});
    if (rule.flag) // a case the rules leave open: the level is only proposed
        card.flags.append({rule.id, rule.label, rule.legalRef, checks});
    return Step::Matched;
}

void Ladder::applyCaps(ScoreCard& card)
{
    const Criteria& file = m_eval.criteria();
    for (const Cap& cap : file.caps) {
        QList<Check> checks;
        const Truth applies = m_eval.truth(cap.when, checks);
        if (applies == Truth::Unknown) {
            card.flags.append({cap.id, cap.label, cap.legalRef, withResult(checks, Truth::Unknown)});
            continue;
        }
        if (applies == Truth::False)
            continue;
        const int current = file.levelRank(card.level);
        const int limit = file.levelRank(cap.atMost);
        if (limit >= 0 && current < limit) {
            card.level = cap.atMost;
            card.reasons.append(
                {Reason::Kind::Cap, cap.id, cap.label, cap.legalRef, Truth::True, cap.atMost, checks});
        }
    }
}

void Ladder::applyFlagRules(ScoreCard& card)
{
    for (const FlagRule& rule : m_eval.criteria().flags) {
        QList<Check> checks;
        const Truth raised = m_eval.truth(rule.when, checks);
        if (raised != Truth::False)
            card.flags.append({rule.id, rule.label, rule.legalRef, checks});
    }
}

} // namespace chibo
