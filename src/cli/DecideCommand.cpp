// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DecideCommand.h"

#include "cli/CliContext.h"
#include "services/ClassificationService.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"

#include <QCommandLineParser>

namespace chibo {

namespace {

/// A member found by uuid or by a search matching exactly one member; else an organisation by key.
Result<QUuid> findSubject(const Workspace& workspace, const QString& key)
{
    const QUuid asId(key.trimmed());
    if (!asId.isNull())
        return asId;
    const auto members = workspace.storage().members().search(key);
    if (!members)
        return members.error();
    if (members->size() == 1)
        return members->constFirst();
    if (members->size() > 1) {
        return Error{
            QStringLiteral("cli.ambiguous-subject"),
            DecideCommand::tr("“%1” matches %2 members; give the member's id.").arg(key).arg(members->size()),
            {}};
    }
    const auto org = workspace.findOrganisation(key);
    if (!org)
        return org.error();
    return org->id;
}

} // namespace

QString DecideCommand::summary() const
{
    return tr("Record a decided classification level, with the reason and who decided.");
}

int DecideCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Records the level the competent committee decided for a member or an organisation (QĐ 124 Art. 13), "
        "where it differs from ChiBo's proposal or where the proposal needs a decision. Recomputing never "
        "changes a recorded decision."));
    const QCommandLineOption subject(QStringLiteral("subject"), tr("The member or organisation: id or name."),
                                     tr("WHO"));
    const QCommandLineOption year(QStringLiteral("year"), tr("The year classified."), tr("YYYY"));
    const QCommandLineOption level(QStringLiteral("level"), tr("htxs, htt, ht or kht."), tr("LEVEL"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why, as the committee put it."),
                                    tr("TEXT"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Name and title of the person recording it."),
                                tr("NAME"));
    parser.addOptions({subject, year, level, reason, by});
    if (const auto stop = context.parse(parser, arguments, 0, 0))
        return *stop;
    for (const QCommandLineOption* required : {&subject, &year, &level, &reason, &by}) {
        if (!parser.isSet(*required))
            return context.fail({QStringLiteral("cli.missing-option"),
                                 tr("decide needs --%1.").arg(required->names().constFirst()),
                                 {}});
    }
    const auto criteria = CriteriaLibrary::loadInstalled();
    if (!criteria)
        return context.fail(criteria.error());
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const auto subjectId = findSubject(**workspace, parser.value(subject));
    if (!subjectId)
        return context.fail(subjectId.error());
    ClassificationDecision decision;
    decision.id = QUuid::createUuid();
    decision.subjectId = *subjectId;
    decision.year = parser.value(year).toInt();
    decision.decidedLevel = parser.value(level).trimmed().toLower();
    decision.reason = parser.value(reason).trimmed();
    decision.decidedBy = parser.value(by).trimmed();
    decision.decidedOn = context.today();
    if (const Status recorded = ClassificationService::decide(
            **workspace, context.session(decision.decidedBy), criteria->set, decision);
        !recorded)
        return context.fail(recorded.error());
    context.err() << tr("Decision recorded.") << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
