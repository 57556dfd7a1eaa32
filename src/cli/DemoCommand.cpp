// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DemoCommand.h"

#include "cli/CliContext.h"
#include "services/DemoAccounts.h"
#include "services/DemoDatabase.h"

#include <QCommandLineParser>

namespace chibo {

QString DemoCommand::summary() const
{
    return tr("Create the demo database (Ea Sin commune party committee).");
}

int DemoCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Creates the demo database: the party committee of Ea Sin commune with its cells, members and every "
        "monthly meeting of 2025 and of 2026 up to the given date. The same seed and date give the same "
        "data."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing database file."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("Last day of the demo's records (default: today)."), tr("YYYY-MM-DD"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the generator (default: %1).").arg(DemoDatabase::DefaultSeed),
                                  tr("number"));
    parser.addOptions({force, asOf, seed});
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    QDate day = context.today();
    if (parser.isSet(asOf)) {
        day = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!day.isValid() || day.year() < 2025)
            return context.fail(
                {QStringLiteral("cli.bad-date"),
                 tr("--as-of needs a date from 2025 on as YYYY-MM-DD, not “%1”.").arg(parser.value(asOf)),
                 {}});
    }
    bool seedOk = true;
    const quint64 seedValue =
        parser.isSet(seed) ? parser.value(seed).toULongLong(&seedOk) : DemoDatabase::DefaultSeed;
    if (!seedOk)
        return context.fail({QStringLiteral("cli.bad-seed"), tr("--seed needs a whole number."), {}});
    const auto counts =
        DemoDatabase::create(context.databasePath(), day, seedValue, parser.isSet(force), true);
    if (!counts)
        return context.fail(counts.error());
    context.out()
        << tr("Demo database created: %1").arg(context.databasePath()) << Qt::endl
        << tr("%1 organisations, %2 members, %3 meetings, %4 attendance records, up to %5.")
               .arg(counts->organisations)
               .arg(counts->members)
               .arg(counts->meetings)
               .arg(counts->attendance)
               .arg(CliContext::date(day))
        << Qt::endl
        << tr("Sign in as %1 (administrator), bithu.eakring (secretary), uyvien (committee member) or "
              "xem (viewer); the password of each is %2.")
               .arg(DemoAccounts::administrator(), DemoAccounts::password())
        << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
