// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DisciplineRules.h"

#include "core/Labels.h"
#include "core/MemberTimeline.h"

#include <QStringList>

namespace chibo {

QList<DisciplineForm> DisciplineRules::allowedForms(const Discipline& discipline, const Member* member)
{
    if (discipline.subject != DisciplineSubject::Member)
        return {DisciplineForm::Reprimand, DisciplineForm::Warning, DisciplineForm::Dissolution};
    if (!member)
        return {};
    const MemberTimeline timeline(*member);
    const MemberState state = timeline.stateOn(discipline.decisionDate);
    if (state.standing == Standing::Probationary)
        return {DisciplineForm::Reprimand, DisciplineForm::Warning};
    if (state.standing != Standing::Full)
        return {};
    QList<DisciplineForm> forms{DisciplineForm::Reprimand, DisciplineForm::Warning};
    if (timeline.holdsPostOn(discipline.decisionDate))
        forms.append(DisciplineForm::RemovalFromPost);
    forms.append(DisciplineForm::Expulsion);
    return forms;
}

Status DisciplineRules::check(const Discipline& discipline, const Member* member)
{
    if (discipline.subject == DisciplineSubject::Member && !member)
        return Error{
            QStringLiteral("discipline.unknown-member"), tr("The disciplined member is not on record."), {}};
    const QList<DisciplineForm> allowed = allowedForms(discipline, member);
    if (allowed.contains(discipline.form))
        return {};
    const QString date = discipline.decisionDate.toString(u"dd/MM/yyyy");
    if (allowed.isEmpty())
        return Error{
            QStringLiteral("discipline.not-a-member"),
            tr("%1 is not a Party member on %2 and cannot be disciplined.").arg(member->fullName, date),
            {}};
    QStringList names;
    for (DisciplineForm form : allowed)
        names.append(Labels::of(form).toLower());
    const QString subject = member ? member->fullName : Labels::of(discipline.subject);
    return Error{
        QStringLiteral("discipline.form-not-allowed"),
        tr("%1 cannot receive the form “%2” on %3; allowed: %4.")
            .arg(subject, Labels::of(discipline.form).toLower(), date, names.join(QStringLiteral(", "))),
        {}};
}

} // namespace chibo
