// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecordLabels.h"

#include "core/Labels.h"

namespace chibo {

QString RecordLabels::of(const Member& member)
{
    return member.fullName;
}

QString RecordLabels::of(const Meeting& meeting, const QString& orgName)
{
    return tr("Meeting on %1 — %2").arg(date(meeting.date), orgName);
}

QString RecordLabels::of(const Target& target)
{
    return tr("Target “%1”").arg(target.title);
}

QString RecordLabels::of(const Assignment& assignment, const QString& memberName)
{
    return tr("Assignment “%1” of %2").arg(assignment.task, memberName);
}

QString RecordLabels::of(const Discipline& discipline, const QString& subjectName)
{
    return tr("%1 of %2, decided on %3")
        .arg(Labels::of(discipline.form), subjectName, date(discipline.decisionDate));
}

QString RecordLabels::of(const Leave& leave, const QString& memberName)
{
    return tr("%1 of %2 from %3").arg(Labels::of(leave.kind), memberName, date(leave.from));
}

QString RecordLabels::of(const DuesRecord& dues, const QString& memberName)
{
    const QString month =
        dues.month.isValid() ? dues.month.firstDay().toString(u"MM/yyyy") : QStringLiteral("—");
    return tr("Dues of %1 for %2").arg(memberName, month);
}

QString RecordLabels::of(const Rating& rating, const QString& subjectName)
{
    return tr("Rating “%1” of %2").arg(rating.indicatorId, subjectName);
}

} // namespace chibo
