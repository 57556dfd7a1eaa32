// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MembersCommand.h"

#include "cli/CliContext.h"
#include "core/Labels.h"
#include "services/MemberListing.h"

#include <QCommandLineParser>

namespace chibo {

QString MembersCommand::summary() const
{
    return tr("List an organisation's members, sorted by given name; search ignores accents.");
}

int MembersCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption org(
        QStringLiteral("org"), tr("The organisation: its id, its name, or the start of its name."), tr("ID"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only members whose name contains these words "
                                       "(accents and đ ignored)."),
                                    tr("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Status on this day (default: today)."),
                                  tr("YYYY-MM-DD"));
    parser.addOptions({org, search, date});
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    const QDate day =
        parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : context.today();
    if (!day.isValid())
        return context.fail({QStringLiteral("cli.bad-date"), tr("--date needs a date as YYYY-MM-DD."), {}});
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto found = (*workspace)->findOrganisation(parser.isSet(org) ? parser.value(org) : QString());
    if (!found)
        return context.fail(found.error());
    const auto rows = MemberListing::build(**workspace, found->id, day, parser.value(search));
    if (!rows)
        return context.fail(rows.error());
    for (const MemberRow& row : *rows) {
        context.out() << row.member.fullName.leftJustified(28) << QStringLiteral("  ")
                      << CliContext::date(row.member.birthDate) << QStringLiteral("  ")
                      << Labels::of(row.state).leftJustified(24) << QStringLiteral("  ") << row.cellName;
        if (!row.positions.isEmpty())
            context.out() << QStringLiteral(" — ") << row.positions;
        context.out() << Qt::endl;
    }
    context.err() << tr("%n member(s).", nullptr, int(rows->size())) << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
