// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ScoringOptions.h"

#include "cli/CliContext.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"

namespace chibo {

ScoringOptions::ScoringOptions()
    : org(QStringLiteral("org"), tr("The organisation: its id, its name, or the start of its name."),
          tr("ID"))
    , yearOption(QStringLiteral("year"), tr("The year to evaluate."), tr("YYYY"))
    , dataset(QStringLiteral("dataset"), tr("Read the records from a dataset file instead of the database."),
              tr("FILE"))
    , criteria(QStringLiteral("criteria"),
               tr("Use the criteria files in this file or folder instead of the shipped ones (repeatable)."),
               tr("PATH"))
    , json(QStringLiteral("json"), tr("Write the results as JSON (docs/results-format.md)."))
    , explain(QStringLiteral("explain"), tr("Explain every result: rules, comparisons, records."))
{}

void ScoringOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({org, yearOption, dataset, criteria, json, explain});
}

std::optional<CriteriaSet> ScoringOptions::loadCriteria(CliContext& context,
                                                        const QCommandLineParser& parser) const
{
    const QStringList paths = parser.values(criteria);
    // Without --criteria: the shipped files and those imported with `criteria import`.
    auto loaded = paths.isEmpty() ? CriteriaLibrary::loadInstalled() : CriteriaLibrary::load(paths);
    if (!loaded) {
        context.fail(loaded.error());
        return std::nullopt;
    }
    for (const CriteriaProblem& problem : loaded->problems)
        context.err() << problem.toString() << Qt::endl;
    if (!loaded->problems.isEmpty()) {
        context.err() << tr("chibo-cli: the criteria files have problems; nothing was scored.") << Qt::endl;
        return std::nullopt;
    }
    return std::move(loaded->set);
}

Result<ScoringSnapshot> ScoringOptions::loadSnapshot(CliContext& context,
                                                     const QCommandLineParser& parser) const
{
    if (parser.isSet(dataset))
        return ScoringSnapshot::readFile(parser.value(dataset), parser.value(org));
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return workspace.error();
    const auto found = (*workspace)->findOrganisation(parser.value(org));
    if (!found)
        return found.error();
    return ScoringSnapshot::load(**workspace, found->id);
}

std::optional<int> ScoringOptions::year(CliContext& context, const QCommandLineParser& parser) const
{
    bool ok = false;
    const int value = parser.value(yearOption).toInt(&ok);
    if (!parser.isSet(yearOption) || !ok || value < 1945 || value > 2200) {
        context.fail({QStringLiteral("cli.bad-year"), tr("--year needs a year such as 2025."), {}});
        return std::nullopt;
    }
    return value;
}

} // namespace chibo
