// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CriteriaCommand.h"

#include "cli/CliContext.h"
#include "core/EnumCodes.h"
#include "core/OrgTree.h"
#include "services/Applicability.h"
#include "services/CriteriaCaseRunner.h"
#include "services/CriteriaInstall.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace chibo {

namespace {

/// The case files under `paths` (files, or folders searched recursively), in name order.
QStringList caseFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files += found;
    }
    return files;
}

/// The files in use: those at `paths`, or the shipped and imported ones.
Result<CriteriaSet::Loaded> loadCriteria(const QStringList& paths)
{
    return paths.isEmpty() ? CriteriaLibrary::loadInstalled() : CriteriaLibrary::load(paths);
}

} // namespace

QString CriteriaCommand::summary() const
{
    return tr("List, check or test criteria files.");
}

int CriteriaCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("list [PATH…]: the criteria files in use (the shipped and imported ones, or those at PATH).\n"
           "check [PATH…]: check files together and print every problem as file:line:column.\n"
           "test [PATH…]: run the test cases beside the rules (default: criteria/tests).\n"
           "import FILE…: check a locality's file with the installed ones and copy it into %1.\n"
           "applies --org KEY [--year YYYY]: the files in force for each cell of the organisation.")
            .arg(CriteriaLibrary::userDirectory()));
    const QCommandLineOption criteria(
        QStringLiteral("criteria"),
        tr("For test: use the criteria files at PATH instead of the shipped ones."), tr("PATH"));
    const QCommandLineOption org(
        QStringLiteral("org"),
        tr("For applies: the organisation, by id or name; its grassroots organisation "
           "and cells are listed."),
        tr("KEY"));
    const QCommandLineOption year(QStringLiteral("year"), tr("For applies: the year (default: this year)."),
                                  tr("YYYY"));
    parser.addOptions({criteria, org, year});
    parser.addPositionalArgument(tr("ACTION"), tr("list, check, test, import or applies."));
    parser.addPositionalArgument(tr("PATH"), tr("Files or folders."), tr("[PATH…]"));
    if (const auto stop = context.parse(parser, arguments, 1, 10000))
        return *stop;
    QStringList rest = parser.positionalArguments();
    const QString action = rest.takeFirst();
    if (action == u"list")
        return list(context, rest);
    if (action == u"check")
        return check(context, rest);
    if (action == u"test")
        return test(context, rest.isEmpty() ? QStringList{QStringLiteral("criteria/tests")} : rest,
                    parser.values(criteria));
    if (action == u"import")
        return importFiles(context, rest);
    if (action == u"applies") {
        bool yearOk = true;
        const int forYear = parser.isSet(year) ? parser.value(year).toInt(&yearOk) : context.today().year();
        if (!yearOk || forYear < 1900 || forYear > 2200)
            return context.fail({QStringLiteral("cli.bad-year"), tr("--year needs a year such as 2025."),
                                 parser.value(year)});
        return applies(context, parser.value(org), forYear);
    }
    return context.fail({QStringLiteral("cli.bad-action"),
                         tr("Unknown action “%1”: use list, check, test, import or applies.").arg(action),
                         {}});
}

int CriteriaCommand::list(CliContext& context, const QStringList& paths)
{
    const auto loaded = loadCriteria(paths);
    if (!loaded)
        return context.fail(loaded.error());
    const bool english = QLocale().language() == QLocale::English;
    for (const Criteria& file : loaded->set.files()) {
        const QString until = file.validTo.isValid() ? CliContext::date(file.validTo) : QStringLiteral("…");
        context.out() << file.reference().leftJustified(42) << codeOf(file.subject).leftJustified(20)
                      << CliContext::date(file.validFrom) << QStringLiteral(" – ") << until.leftJustified(12)
                      << file.title.pick(english) << (file.example ? tr(" (example)") : QString())
                      << Qt::endl;
    }
    for (const CriteriaProblem& problem : loaded->problems)
        context.err() << problem.toString() << Qt::endl;
    return loaded->problems.isEmpty() ? CliContext::Success : CliContext::Failure;
}

int CriteriaCommand::check(CliContext& context, const QStringList& paths)
{
    const auto loaded = loadCriteria(paths);
    if (!loaded)
        return context.fail(loaded.error());
    for (const CriteriaProblem& problem : loaded->problems)
        context.out() << problem.toString() << Qt::endl;
    const qsizetype files = loaded->set.files().size();
    if (loaded->problems.isEmpty()) {
        context.err() << tr("%n file(s) checked: no problems.", nullptr, int(files)) << Qt::endl;
        return CliContext::Success;
    }
    context.err() << tr("%n problem(s) found.", nullptr, int(loaded->problems.size())) << Qt::endl;
    return CliContext::Failure;
}

int CriteriaCommand::test(CliContext& context, const QStringList& paths, const QStringList& criteriaPaths)
{
    const auto loaded = CriteriaLibrary::load(criteriaPaths);
    if (!loaded)
        return context.fail(loaded.error());
    for (const CriteriaProblem& problem : loaded->problems)
        context.err() << problem.toString() << Qt::endl;
    const QStringList files = caseFiles(paths);
    if (files.isEmpty())
        return context.fail(
            {QStringLiteral("criteria-test.none"), tr("No test cases found."), paths.join(u' ')});
    int failed = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ++failed;
            context.out() << tr("FAIL %1: %2").arg(path, file.errorString()) << Qt::endl;
            continue;
        }
        const auto outcome = CriteriaCaseRunner::run(loaded->set, file.readAll(), path);
        if (!outcome) {
            ++failed;
            context.out() << tr("FAIL %1: %2").arg(path, outcome.error().toString()) << Qt::endl;
            continue;
        }
        context.out() << (outcome->passed() ? tr("ok   %1 — %2 (%n fact(s))", nullptr, outcome->checked)
                                            : tr("FAIL %1 — %2", nullptr, outcome->checked))
                             .arg(path, outcome->description)
                      << Qt::endl;
        for (const QString& failure : outcome->failures)
            context.out() << QStringLiteral("       ") << failure << Qt::endl;
        failed += outcome->passed() ? 0 : 1;
    }
    context.err() << tr("%1 of %2 case(s) passed.").arg(files.size() - failed).arg(files.size()) << Qt::endl;
    return failed == 0 && loaded->problems.isEmpty() ? CliContext::Success : CliContext::Failure;
}

int CriteriaCommand::importFiles(CliContext& context, const QStringList& paths)
{
    if (paths.isEmpty())
        return context.fail(
            {QStringLiteral("cli.missing-file"), tr("import needs the criteria file to import."), {}});
    // Installed files serve every database; the one chosen (--db) signs the person in and keeps the entry
    // of the import in its audit trail.
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    int failed = 0;
    for (const QString& path : paths) {
        auto installed = CriteriaLibrary::installedSources();
        if (!installed)
            return context.fail(installed.error());
        const auto checked = CriteriaInstall::check(path, *installed);
        if (!checked) {
            context.fail(checked.error());
            ++failed;
            continue;
        }
        for (const CriteriaProblem& problem : checked->problems)
            context.out() << problem.toString() << Qt::endl;
        if (!checked->acceptable()) {
            context.err()
                << tr("%1: not installed (%n problem(s)).", nullptr, int(checked->problems.size())).arg(path)
                << Qt::endl;
            ++failed;
            continue;
        }
        const auto written = CriteriaInstall::install(**workspace, context.session(), *checked,
                                                      CriteriaLibrary::userDirectory());
        if (!written) {
            context.fail(written.error());
            ++failed;
            continue;
        }
        context.err()
            << tr("%1: installed %2@%3 as %4.").arg(path, checked->criteriaId, checked->version, *written)
            << Qt::endl;
    }
    return failed == 0 ? CliContext::Success : CliContext::Failure;
}

int CriteriaCommand::applies(CliContext& context, const QString& orgKey, int year)
{
    const auto loaded = CriteriaLibrary::loadInstalled();
    if (!loaded)
        return context.fail(loaded.error());
    for (const CriteriaProblem& problem : loaded->problems)
        context.err() << problem.toString() << Qt::endl;
    const auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto found = (*workspace)->findOrganisation(orgKey);
    if (!found)
        return context.fail(found.error());
    const auto organisations = (*workspace)->storage().organisations().all();
    if (!organisations)
        return context.fail(organisations.error());
    const OrgTree tree(*organisations);
    const QList<const Organisation*> rows = Applicability::rowsAround(tree, found->id);
    const QList<ApplicabilityRow> table = Applicability::table(loaded->set, rows, year, year);
    const bool english = QLocale().language() == QLocale::English;
    context.out() << tr("Criteria files in force in %1 — %2").arg(QString::number(year), found->name)
                  << Qt::endl;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        context.out() << Qt::endl << rows.at(i)->name << Qt::endl;
        const QStringList& ids = table.at(i).idsByYear.constFirst();
        if (ids.isEmpty())
            context.out() << QStringLiteral("  ") << tr("(none)") << Qt::endl;
        for (const QString& id : ids) {
            const Criteria* file = loaded->set.find(id, QDate(year, 12, 31));
            if (!file)
                file = loaded->set.latest(id);
            context.out() << QStringLiteral("  ") << id.leftJustified(36) << u' '
                          << (file ? file->title.pick(english) : QString()) << Qt::endl;
        }
    }
    return CliContext::Success;
}

} // namespace chibo
