// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SummaryCommand.h"

#include "cli/CliContext.h"
#include "core/Labels.h"
#include "services/OrganisationSummary.h"

#include <QCommandLineParser>
#include <QLocale>

namespace chibo {

namespace {

/// "92,4 %" from a count out of a total, in the current locale; exact integer tenths, "—" for 0/0.
QString percent(int part, int whole)
{
    if (whole == 0)
        return QStringLiteral("—");
    const qint64 tenths = (qint64(part) * 1000 + whole / 2) / whole;
    return QStringLiteral("%1%2%3 %").arg(tenths / 10).arg(QLocale().decimalPoint()).arg(tenths % 10);
}

void printLine(QTextStream& out, const OrganisationSummaryLine& line)
{
    const QString name = QString(line.depth * 2, u' ') + line.organisation.name;
    out << name.leftJustified(40) << QString::number(line.fullMembers).rightJustified(11)
        << QString::number(line.probationaryMembers).rightJustified(7)
        << QString::number(line.exemptMembers).rightJustified(9)
        << QString::number(line.meetingsInYear).rightJustified(9)
        << QString::number(line.thematicMeetingsInYear).rightJustified(11)
        << percent(line.attendedInYear, line.expectedInYear).rightJustified(10) << QStringLiteral("  ")
        << CliContext::date(line.lastMeeting) << Qt::endl;
}

} // namespace

QString SummaryCommand::summary() const
{
    return tr("Summarise an organisation: members, this year's meetings and attendance, Charter checks.");
}

int SummaryCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption org(QStringLiteral("org"), tr("The organisation (default: the top-level one)."),
                                 tr("ID"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The day to summarise (default: today)."),
                                  tr("YYYY-MM-DD"));
    parser.addOptions({org, date});
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    const QDate day =
        parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : context.today();
    if (!day.isValid())
        return context.fail({QStringLiteral("cli.bad-date"), tr("--date needs a date as YYYY-MM-DD."), {}});
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto root = (*workspace)->findOrganisation(parser.value(org));
    if (!root)
        return context.fail(root.error());
    const auto lines = OrganisationSummary::build(**workspace, root->id, day);
    if (!lines)
        return context.fail(lines.error());
    QTextStream& out = context.out();
    out << root->name << QStringLiteral(" — ") << Labels::of(root->kind) << QStringLiteral(" — ")
        << tr("as of %1").arg(CliContext::date(day)) << Qt::endl
        << tr("Database: %1").arg((*workspace)->path()) << Qt::endl
        << Qt::endl;
    out << tr("Organisation").leftJustified(40) << tr("Full").rightJustified(11)
        << tr("Prob.").rightJustified(7) << tr("Exempt").rightJustified(9) << tr("Meet.").rightJustified(9)
        << tr("Thematic").rightJustified(11) << tr("Attend.").rightJustified(10) << QStringLiteral("  ")
        << tr("Last meeting") << Qt::endl;
    for (const OrganisationSummaryLine& line : *lines)
        printLine(out, line);
    out << Qt::endl
        << tr("Meetings, thematic meetings and attendance are counted for %1.").arg(day.year()) << Qt::endl;
    for (const OrganisationSummaryLine& line : *lines) {
        for (const Diagnostic& finding : line.charter)
            out << QStringLiteral("• ") << finding.message << QStringLiteral(" (") << finding.legalRef
                << QStringLiteral(")") << Qt::endl;
    }
    return CliContext::Success;
}

} // namespace chibo
