// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CriteriaCommand.h"

#include "cli/CliContext.h"
#include "core/EnumCodes.h"
#include "services/CriteriaCaseRunner.h"
#include "services/CriteriaLibrary.h"

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

} // namespace

QString CriteriaCommand::summary() const
{
    return tr("List, check or test criteria files.");
}

int CriteriaCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("list [PATH…]: the criteria files in use (the shipped ones, or those at PATH).\n"
           "check [PATH…]: check files together and print every problem as file:line:column.\n"
           "test [PATH…]: run the test cases beside the rules (default: criteria/tests)."));
    const QCommandLineOption criteria(
        QStringLiteral("criteria"),
        tr("For test: use the criteria files at PATH instead of the shipped ones."), tr("PATH"));
    parser.addOption(criteria);
    parser.addPositionalArgument(tr("ACTION"), tr("list, check or test."));
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
    return context.fail({QStringLiteral("cli.bad-action"),
                         tr("Unknown action “%1”: use list, check or test.").arg(action),
                         {}});
}

int CriteriaCommand::list(CliContext& context, const QStringList& paths)
{
    const auto loaded = CriteriaLibrary::load(paths);
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
    const auto loaded = CriteriaLibrary::load(paths);
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

} // namespace chibo
