// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ScoreCommand.h"

#include "cli/CliContext.h"
#include "cli/ScoringOptions.h"
#include "core/EnumCodes.h"
#include "services/ExplainWriter.h"
#include "services/ResultsJson.h"
#include "services/ScoringService.h"

#include <QLocale>

namespace chibo {

namespace {

/// The files `score` runs without --rules: every file in force for the period that judges organisations
/// (over the year, or over the month with --month), leaving out examples.
QStringList defaultRules(const CriteriaSet& criteria, int year, int month)
{
    const QDate end = month == 0 ? QDate(year, 12, 31) : QDate(year, month, 1).addMonths(1).addDays(-1);
    const SubjectKind subject = month == 0 ? SubjectKind::OrganisationYear : SubjectKind::OrganisationMonth;
    QStringList ids;
    for (const Criteria& file : criteria.files()) {
        if (file.subject == subject && !file.example && file.isValidOn(end) && !ids.contains(file.id))
            ids.append(file.id);
    }
    return ids;
}

void printCards(CliContext& context, const ExplainWriter& writer, const CriteriaSet& criteria,
                const QString& id, const ScoreRun& run, bool explain)
{
    QTextStream& out = context.out();
    const Criteria* file = criteria.latest(id);
    const bool english = QLocale().language() == QLocale::English;
    out << Qt::endl << (file ? file->title.pick(english) : id) << QStringLiteral(" — ") << id << Qt::endl;
    for (const ScoreCard& card : run.cards) {
        if (card.criteriaId != id)
            continue;
        const QStringList lines = writer.explain(card, true);
        if (explain) {
            for (const QString& line : lines)
                out << QStringLiteral("  ") << line << Qt::endl;
            continue;
        }
        out << QStringLiteral("  ") << writer.headline(card) << Qt::endl;
        for (const IndicatorResult& item : card.indicators) {
            out << QStringLiteral("      ") << item.label.pick(english) << QStringLiteral(": ")
                << writer.valueText(item.value) << QStringLiteral(" (") << codeOf(item.outcome) << u')'
                << Qt::endl;
        }
    }
    for (const QuotaState& quota : run.quotas) {
        if (quota.criteriaId == id)
            out << QStringLiteral("  ") << writer.quotaLine(quota) << Qt::endl;
    }
}

} // namespace

QString ScoreCommand::summary() const
{
    return tr("Score an organisation against criteria files for a year or a month, with the evidence.");
}

int ScoreCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Evaluates criteria files for every subject in the organisation: its meetings, months, members or "
        "itself and its subordinate organisations, as each file says. Without --rules, every file in force "
        "that judges organisations is used."));
    const ScoringOptions options;
    options.addTo(parser);
    const QCommandLineOption month(QStringLiteral("month"), tr("Evaluate one month (1–12)."), tr("MM"));
    const QCommandLineOption rules(QStringLiteral("rules"), tr("The criteria file id (repeatable)."),
                                   tr("ID"));
    parser.addOptions({month, rules});
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    const auto year = options.year(context, parser);
    if (!year)
        return CliContext::UsageError;
    const int monthValue = parser.isSet(month) ? parser.value(month).toInt() : 0;
    if (parser.isSet(month) && (monthValue < 1 || monthValue > 12))
        return context.fail({QStringLiteral("cli.bad-month"), tr("--month needs a month from 1 to 12."), {}});
    const auto criteria = options.loadCriteria(context, parser);
    if (!criteria)
        return CliContext::Failure;
    const auto snapshot = options.loadSnapshot(context, parser);
    if (!snapshot)
        return context.fail(snapshot.error());
    const QStringList ids =
        parser.isSet(rules) ? parser.values(rules) : defaultRules(*criteria, *year, monthValue);
    const auto run = ScoringService::score(*criteria, *snapshot, {ids, *year, monthValue, context.today()});
    if (!run)
        return context.fail(run.error());
    if (parser.isSet(options.json)) {
        const ResultsRequest request{
            QStringLiteral("score"), ids, snapshot->requestedOrgId, *year, monthValue, context.today()};
        context.out() << QString::fromUtf8(ResultsJson::document(request, *run));
        return CliContext::Success;
    }
    const SubjectNames names(snapshot->dataset);
    const ExplainWriter writer(*criteria, names, QLocale().language() == QLocale::English);
    context.out() << tr("%1 — %2, as of %3")
                         .arg(names.of(snapshot->requestedOrgId),
                              monthValue == 0
                                  ? QString::number(*year)
                                  : QStringLiteral("%1/%2").arg(monthValue, 2, 10, QChar(u'0')).arg(*year),
                              CliContext::date(context.today()))
                  << Qt::endl;
    for (const QString& id : ids)
        printCards(context, writer, *criteria, id, *run, parser.isSet(options.explain));
    return CliContext::Success;
}

} // namespace chibo
