// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecordEditing.h"

#include "services/EditContext.h"
#include "services/MemberRecordSteps.h"
#include "services/RecordSteps.h"
#include "services/SaveSteps.h"

namespace chibo {

namespace {

/// One edit, one transaction: the kind's steps (StepsOf) run by saveChange, committed when they succeed.
template <typename StepsOf, typename T>
Result<QUuid> save(Workspace& workspace, const Session& session, const Change<T>& change)
{
    if (!change.before && !change.after)
        return EditContext::invalidChange(RecordEditing::tr("An edit needs the record before or after it."));
    EditContext context(workspace, session);
    if (Status opened = context.open(); !opened)
        return opened.error();
    const auto steps = StepsOf::of(context, change);
    if (!steps)
        return steps.error();
    Result<QUuid> saved = saveChange(context, change, *steps);
    if (!saved)
        return saved;
    if (Status committed = context.commit(); !committed)
        return committed.error();
    return saved;
}

} // namespace

Result<QUuid> RecordEditing::apply(Workspace& workspace, const Session& session, const Change<Member>& change)
{
    return save<RecordSteps>(workspace, session, change);
}

Result<QUuid> RecordEditing::apply(Workspace& workspace, const Session& session,
                                   const Change<Meeting>& change)
{
    return save<RecordSteps>(workspace, session, change);
}

Result<QUuid> RecordEditing::apply(Workspace& workspace, const Session& session, const Change<Target>& change)
{
    return save<RecordSteps>(workspace, session, change);
}

Result<QUuid> RecordEditing::apply(Workspace& workspace, const Session& session,
                                   const Change<Assignment>& change)
{
    return save<MemberRecordSteps>(workspace, session, change);
}

Result<QUuid> RecordEditing::apply(Workspace& workspace, const Session& session,
                                   const Change<Discipline>& change)
{
    return save<MemberRecordSteps>(workspace, session, change);
}

Result<QUuid> RecordEditing::apply(Workspace& workspace, const Session& session, const Change<Leave>& change)
{
    return save<MemberRecordSteps>(workspace, session, change);
}

Result<QUuid> RecordEditing::apply(Workspace& workspace, const Session& session,
                                   const Change<DuesRecord>& change)
{
    return save<MemberRecordSteps>(workspace, session, change);
}

Result<QUuid> RecordEditing::apply(Workspace& workspace, const Session& session, const Change<Rating>& change)
{
    return save<MemberRecordSteps>(workspace, session, change);
}

} // namespace chibo
