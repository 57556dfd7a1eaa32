// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/YearLockCommand.h"

#include "cli/CliContext.h"
#include "services/Workspace.h"
#include "services/YearLock.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace chibo {

QString YearLockCommand::name() const
{
    return m_mode == Mode::Lock ? QStringLiteral("lock-year") : QStringLiteral("unlock-year");
}

QString YearLockCommand::summary() const
{
    return m_mode == Mode::Lock
               ? tr("Lock a year's classification for an organisation and everything below it.")
               : tr("Unlock a year's classification, with the reason (administrators only).");
}

int YearLockCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        m_mode == Mode::Lock
            ? tr("Locks the year: its proposals are no longer replaced, no decision is recorded, and the "
                 "records dated in it are not changed, in the organisation and everything below it.")
            : tr("Unlocks a year the organisation itself locked. The lock stays on record with who unlocked "
                 "it, when and why."));
    const QCommandLineOption org(QStringLiteral("org"), tr("The organisation, by id or name."), tr("KEY"));
    const QCommandLineOption year(QStringLiteral("year"), tr("The year classified."), tr("YYYY"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Your name (default: the user's login name)."),
                                tr("NAME"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the year is unlocked."), tr("TEXT"));
    parser.addOptions({org, year, by});
    if (m_mode == Mode::Unlock)
        parser.addOption(reason);
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    for (const QCommandLineOption* required : {&org, &year, &reason}) {
        if (required == &reason && m_mode == Mode::Lock)
            continue;
        if (!parser.isSet(*required))
            return context.fail({QStringLiteral("cli.missing-option"),
                                 tr("%1 needs --%2.").arg(name(), required->names().constFirst()),
                                 {}});
    }
    bool yearOk = false;
    const int forYear = parser.value(year).toInt(&yearOk);
    if (!yearOk || forYear < 1945 || forYear > 2200)
        return context.fail({QStringLiteral("cli.bad-year"), tr("--year needs a year such as 2025."), {}});
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const auto found = (*workspace)->findOrganisation(parser.value(org));
    if (!found)
        return context.fail(found.error());
    const Session session = context.session(parser.value(by));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status done = m_mode == Mode::Lock ? YearLock::lock(**workspace, session, found->id, forYear, now)
                                             : YearLock::unlock(**workspace, session, found->id, forYear,
                                                                parser.value(reason), now);
    if (!done)
        return context.fail(done.error());
    context.out()
        << (m_mode == Mode::Lock
                ? tr("The classification of %1 is locked for %2.")
                : tr("The classification of %1 is unlocked for %2; the lock stays on record with the "
                     "reason."))
               .arg(QString::number(forYear), found->name)
        << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
