// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/GenerateCommand.h"

#include "cli/CliContext.h"
#include "services/DemoDatabase.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace chibo {

namespace {

/// The whole number in `parser`'s `option`, or `fallback` when the option is not given; nullopt when it
/// is not a number.
std::optional<qint64> number(const QCommandLineParser& parser, const QCommandLineOption& option,
                             qint64 fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

QString GenerateCommand::summary() const
{
    return tr("Create a synthetic province of any size, for measuring.");
}

int GenerateCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Creates a database with a synthetic province: cells of 3 to 200 members under one commune "
        "committee for every 90 cells, with their meetings, attendance, targets, dues, leave, status "
        "changes, disciplines and ratings for the years up to 2025. The same options give the same data."));
    const ScaleOptions defaults;
    const QCommandLineOption cells(QStringLiteral("cells"),
                                   tr("Number of cells (default: %1).").arg(defaults.cells), tr("N"));
    const QCommandLineOption members(QStringLiteral("members"),
                                     tr("Number of members (default: %1).").arg(defaults.members), tr("M"));
    const QCommandLineOption years(
        QStringLiteral("years"),
        tr("Years of records, ending with %1 (default: %2).").arg(ScaleOptions::LastYear).arg(defaults.years),
        tr("Y"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the generator (default: %1).").arg(defaults.seed), tr("S"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing database file."));
    parser.addOptions({cells, members, years, seed, force});
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    const auto cellCount = number(parser, cells, defaults.cells);
    const auto memberCount = number(parser, members, defaults.members);
    const auto yearCount = number(parser, years, defaults.years);
    const auto seedValue = number(parser, seed, qint64(defaults.seed));
    if (!cellCount || !memberCount || !yearCount || !seedValue || *seedValue < 0)
        return context.fail({QStringLiteral("cli.bad-number"),
                             tr("--cells, --members, --years and --seed need whole numbers."),
                             {}});
    ScaleOptions options;
    options.cells = int(std::clamp<qint64>(*cellCount, -1, 1 << 30));
    options.members = int(std::clamp<qint64>(*memberCount, -1, 1 << 30));
    options.years = int(std::clamp<qint64>(*yearCount, -1, 1 << 30));
    options.seed = quint64(*seedValue);
    QElapsedTimer timer;
    timer.start();
    const auto counts = DemoDatabase::createScaled(context.databasePath(), options, parser.isSet(force));
    if (!counts)
        return context.fail(counts.error());
    context.out() << tr("Database created: %1").arg(context.databasePath()) << Qt::endl
                  << tr("%1 organisations, %2 members, %3 meetings, %4 attendance records, in %5 s.")
                         .arg(counts->organisations)
                         .arg(counts->members)
                         .arg(counts->meetings)
                         .arg(counts->attendance)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
