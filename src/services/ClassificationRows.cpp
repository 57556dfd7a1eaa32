// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClassificationRows.h"

#include "services/ExplainWriter.h"

#include <QHash>

#include <algorithm>

namespace chibo {

namespace {

QString parentName(const OrgTree& tree, const QUuid& orgId)
{
    const Organisation* org = tree.find(orgId);
    const Organisation* parent = org ? tree.find(org->parentId) : nullptr;
    return parent ? parent->name : QString();
}

const Reason* lastMet(const ScoreCard& card, Reason::Kind kind)
{
    const auto found = std::find_if(card.reasons.crbegin(), card.reasons.crend(), [&](const Reason& reason) {
        return reason.kind == kind && reason.met == Truth::True;
    });
    return found == card.reasons.crend() ? nullptr : &*found;
}

} // namespace

QString ClassificationRows::decisionNote(const ClassificationDecision& decision)
{
    return tr("Decided %1 by %2 on %3: %4")
        .arg(decision.decidedLevel.toUpper(), decision.decidedBy, decision.decidedOn.toString(u"dd/MM/yyyy"),
             decision.reason);
}

QString ClassificationRows::reasonOf(const ScoreCard& card, bool english)
{
    if (!card.rated) {
        const auto notRated = std::find_if(card.reasons.cbegin(), card.reasons.cend(),
                                           [](const Reason& r) { return r.kind == Reason::Kind::NotRated; });
        return notRated == card.reasons.cend() ? tr("Not rated.")
                                               : tr("Not rated: %1").arg(notRated->label.pick(english));
    }
    if (card.level.isEmpty()) {
        return card.flags.isEmpty() ? tr("No rule gives a level; a person decides.")
                                    : tr("Undetermined: %1").arg(card.flags.constFirst().label.pick(english));
    }
    const Reason* rule = lastMet(card, Reason::Kind::Rule);
    const Reason* cap = lastMet(card, Reason::Kind::Cap);
    const QString because = rule ? rule->label.pick(english) : tr("no rule above it was met");
    return cap ? tr("%1; capped: %2").arg(because, cap->label.pick(english)) : because;
}

QList<ClassificationRow> ClassificationRows::build(const Classification& classification,
                                                   const CriteriaSet& criteria, const SubjectNames& names,
                                                   const OrgTree& tree, bool english)
{
    const QStringList ruleIds = classification.ruleIds();
    QHash<QPair<QString, QUuid>, const ClassificationDecision*> decisions;
    for (const ClassificationDecision& decision : classification.decisions)
        decisions.insert({decision.criteriaId, decision.subjectId}, &decision);
    const ExplainWriter writer(criteria, names, english);
    QList<ClassificationRow> rows;
    rows.reserve(classification.run.cards.size());
    for (const ScoreCard& card : classification.run.cards) {
        if (!ruleIds.contains(card.criteriaId))
            continue;
        ClassificationRow row;
        row.criteriaId = card.criteriaId;
        row.subjectId = card.subjectId;
        row.isMember = card.subjectKind == SubjectKind::MemberYear;
        row.subjectName = names.of(card.subjectId);
        row.sortGivenName = names.sortKeyOf(card.subjectId);
        row.orgId = card.orgId;
        row.cellName = row.isMember ? names.of(card.orgId) : parentName(tree, card.subjectId);
        row.rated = card.rated;
        row.proposedLevel = card.level;
        row.proposedLabel = writer.levelLabel(card, card.level);
        if (card.hasPoints) {
            row.points = card.total;
            row.maxPoints = card.maxTotal;
        }
        for (const Flag& flag : card.flags)
            row.flags.append(flag.label.pick(english));
        row.reason = reasonOf(card, english);
        row.explanation = writer.explain(card, false).join(u'\n');
        if (const ClassificationDecision* decision = decisions.value({card.criteriaId, card.subjectId})) {
            row.decidedLevel = decision->decidedLevel;
            row.decidedLabel = writer.levelLabel(card, decision->decidedLevel);
            row.decisionNote = decisionNote(*decision);
        }
        row.finalLevel = row.isDecided() ? row.decidedLevel : row.proposedLevel;
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace chibo
