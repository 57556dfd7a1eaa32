// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ClassifyCommand.h"

#include "cli/CliContext.h"
#include "cli/ScoringOptions.h"
#include "core/PersonNameOrder.h"
#include "services/ClassificationService.h"
#include "services/ClassificationSweep.h"
#include "services/ExplainWriter.h"
#include "services/ResultsJson.h"
#include "services/Workspace.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace chibo {

namespace {

QList<const ScoreCard*> cardsOf(const ScoreRun& run, const Criteria* rules)
{
    QList<const ScoreCard*> cards;
    for (const ScoreCard& card : run.cards) {
        if (rules && card.criteriaId == rules->id)
            cards.append(&card);
    }
    return cards;
}

void printLines(QTextStream& out, const QStringList& lines, const QString& indent)
{
    for (const QString& line : lines)
        out << indent << line << Qt::endl;
}

} // namespace

QString ClassifyCommand::summary() const
{
    return tr("Propose the year's classification of members and organisations, with the quota and reasons.");
}

int ClassifyCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Picks the classification rules in force for the year, proposes a level for every member and "
           "organisation with the reasons, lists those not rated, applies the HTXS quota across each "
           "grassroots organisation and lists the cases a person must decide. With a database the proposals "
           "are stored; decisions already recorded are kept."));
    const ScoringOptions options;
    options.addTo(parser);
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    const auto year = options.year(context, parser);
    if (!year)
        return CliContext::UsageError;
    const auto criteria = options.loadCriteria(context, parser);
    if (!criteria)
        return CliContext::Failure;
    const Output output{parser.isSet(options.json), parser.isSet(options.explain)};
    if (parser.isSet(options.dataset)) {
        const auto snapshot = options.loadSnapshot(context, parser);
        if (!snapshot)
            return context.fail(snapshot.error());
        const auto result = ClassificationService::classify(*criteria, *snapshot, *year, context.today());
        if (!result)
            return context.fail(result.error());
        print(context, *result, snapshot->dataset, *criteria, output);
        return CliContext::Success;
    }
    return classifyDatabase(context, parser.value(options.org), *criteria, *year, output);
}

int ClassifyCommand::classifyDatabase(CliContext& context, const QString& orgKey, const CriteriaSet& criteria,
                                      int year, Output output)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const auto org = (*workspace)->findOrganisation(orgKey);
    if (!org)
        return context.fail(org.error());
    // A province is classified one unit at a time (ClassificationSweep); the text report follows each
    // unit, the JSON document gathers the cards of all of them.
    Classification all;
    const Status swept = ClassificationSweep::run(
        **workspace, context.session(), criteria, org->id, year, context.today(),
        QDateTime::currentDateTimeUtc(), [&](const ClassificationSweep::Unit& unit) -> Status {
            if (!output.json) {
                print(context, unit.classification, unit.snapshot.dataset, criteria, output);
                return {};
            }
            if (all.run.cards.isEmpty())
                all = unit.classification;
            else {
                all.run.cards.append(unit.classification.run.cards);
                all.run.quotas.append(unit.classification.run.quotas);
            }
            return {};
        });
    if (!swept)
        return context.fail(swept.error());
    if (output.json) {
        all.orgId = org->id;
        all.year = year;
        all.asOf = context.today();
        print(context, all, {}, criteria, output);
    }
    return CliContext::Success;
}

void ClassifyCommand::print(CliContext& context, const Classification& result, const Dataset& dataset,
                            const CriteriaSet& criteria, Output output)
{
    if (output.json) {
        const ResultsRequest request{
            QStringLiteral("classify"), result.ruleIds(), result.orgId, result.year, 0, result.asOf};
        context.out() << QString::fromUtf8(ResultsJson::document(request, result.run));
        return;
    }
    const SubjectNames names(dataset);
    const ExplainWriter writer(criteria, names, QLocale().language() == QLocale::English);
    printReport(context, result, writer, names, output.explain);
}

void ClassifyCommand::printReport(CliContext& context, const Classification& result,
                                  const ExplainWriter& writer, const SubjectNames& names, bool explain)
{
    QTextStream& out = context.out();
    const bool english = QLocale().language() == QLocale::English;
    out << tr("Classification for %1 — %2, as of %3")
               .arg(QString::number(result.year), names.of(result.orgId), CliContext::date(result.asOf))
        << Qt::endl;
    for (const Criteria* rules : {result.orgRules, result.memberRules}) {
        if (rules)
            out << tr("Rules: %1 (%2)").arg(rules->title.pick(english), rules->reference()) << Qt::endl;
    }
    const QList<const ScoreCard*> orgCards = cardsOf(result.run, result.orgRules);
    out << Qt::endl << tr("Organisations (%1)").arg(orgCards.size()) << Qt::endl;
    for (const ScoreCard* card : orgCards)
        printLines(out, explain ? writer.explain(*card, false) : QStringList{writer.headline(*card)},
                   QStringLiteral("  "));
    printMembers(context, result, writer, names, explain);
    out << Qt::endl << tr("HTXS quota") << Qt::endl;
    for (const QuotaState& quota : result.run.quotas)
        out << QStringLiteral("  ") << writer.quotaLine(quota) << Qt::endl;
    printDecisions(context, result, writer, names);
}

void ClassifyCommand::printMembers(CliContext& context, const Classification& result,
                                   const ExplainWriter& writer, const SubjectNames& names, bool explain)
{
    QTextStream& out = context.out();
    QList<const ScoreCard*> cards = cardsOf(result.run, result.memberRules);
    const PersonNameOrder order;
    std::stable_sort(cards.begin(), cards.end(), [&](const ScoreCard* a, const ScoreCard* b) {
        if (a->orgId != b->orgId)
            return order.compare(names.of(a->orgId), names.of(b->orgId)) < 0;
        return order.compare(names.sortKeyOf(a->subjectId), names.of(a->subjectId),
                             names.sortKeyOf(b->subjectId), names.of(b->subjectId)) < 0;
    });
    const auto rated =
        std::count_if(cards.cbegin(), cards.cend(), [](const ScoreCard* c) { return c->rated; });
    out << Qt::endl
        << tr("Members (%1 rated, %2 not rated)").arg(rated).arg(cards.size() - rated) << Qt::endl;
    QUuid currentCell;
    for (const ScoreCard* card : cards) {
        if (card->orgId != currentCell) {
            currentCell = card->orgId;
            out << QStringLiteral("  ") << names.of(currentCell) << Qt::endl;
        }
        printLines(out, explain ? writer.explain(*card, false) : QStringList{writer.headline(*card)},
                   QStringLiteral("    "));
    }
}

void ClassifyCommand::printDecisions(CliContext& context, const Classification& result,
                                     const ExplainWriter& writer, const SubjectNames& names)
{
    QTextStream& out = context.out();
    QStringList open;
    const QStringList classified = result.ruleIds();
    for (const ScoreCard& card : result.run.cards) {
        if (classified.contains(card.criteriaId) && card.needsDecision() &&
            !result.decisionFor(card.criteriaId, card.subjectId))
            open.append(writer.headline(card));
    }
    out << Qt::endl << tr("Waiting for a decision (%1)").arg(open.size()) << Qt::endl;
    for (const QString& line : open)
        out << QStringLiteral("  ") << line << Qt::endl;
    if (result.decisions.isEmpty())
        return;
    out << Qt::endl << tr("Decided (%1)").arg(result.decisions.size()) << Qt::endl;
    for (const ClassificationDecision& decision : result.decisions) {
        out << QStringLiteral("  ")
            << tr("%1: proposed %2, decided %3 by %4 on %5 — %6")
                   .arg(names.of(decision.subjectId),
                        decision.proposedLevel.isEmpty() ? QStringLiteral("—") : decision.proposedLevel,
                        decision.decidedLevel, decision.decidedBy, CliContext::date(decision.decidedOn),
                        decision.reason)
            << Qt::endl;
    }
}

} // namespace chibo
