// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberRecordSaver.h"

#include "app/AppContext.h"
#include "app/ChangeCommand.h"
#include "app/members/RecordDiff.h"

#include <QUndoStack>

namespace chibo {

namespace {

struct MemberChanges {
    std::optional<Change<Member>> member;
    QList<Change<Discipline>> disciplines;
    QList<Change<Leave>> leaves;
    QList<Change<DuesRecord>> dues;
    QList<Change<Assignment>> assignments;

    int count() const
    {
        return (member ? 1 : 0) + int(disciplines.size() + leaves.size() + dues.size() + assignments.size());
    }
};

MemberChanges changesBetween(const std::optional<MemberRecords>& before, const MemberRecords& after)
{
    const MemberRecords none;
    const MemberRecords& old = before ? *before : none;
    MemberChanges changes;
    if (!before)
        changes.member = Change<Member>{std::nullopt, after.member};
    else if (!(before->member == after.member))
        changes.member = Change<Member>{before->member, after.member};
    const auto byId = [](const auto& record) {
        return record.id;
    };
    changes.disciplines = RecordDiff::between(old.disciplines, after.disciplines, byId);
    changes.leaves = RecordDiff::between(old.leaves, after.leaves, byId);
    // Dues are identified by (member, month); the member is the same throughout.
    changes.dues = RecordDiff::between(old.dues, after.dues,
                                       [](const DuesRecord& record) { return record.month.toString(); });
    changes.assignments = RecordDiff::between(old.assignments, after.assignments, byId);
    return changes;
}

/// Pushes `command` and tells whether it was saved: ChangeCommand announces every saved step through
/// recordsChanged and makes a refused one obsolete (the stack then deletes it).
bool pushSaved(AppContext& context, QUndoStack& stack, QUndoCommand* command)
{
    bool saved = false;
    const auto connection =
        QObject::connect(&context, &AppContext::recordsChanged, [&saved] { saved = true; });
    stack.push(command);
    QObject::disconnect(connection);
    return saved;
}

template <typename T>
bool pushAll(AppContext& context, QUndoStack& stack, const QUuid& orgId, const QList<Change<T>>& changes,
             const QString& text)
{
    bool all = true;
    for (const Change<T>& change : changes)
        all = pushSaved(context, stack, new ChangeCommand<T>(context, orgId, change, text)) && all;
    return all;
}

} // namespace

int MemberRecordSaver::countChanges(const std::optional<MemberRecords>& before, const MemberRecords& after)
{
    return changesBetween(before, after).count();
}

MemberRecordSaver::Outcome MemberRecordSaver::save(AppContext& context, QUndoStack& stack, const QUuid& orgId,
                                                   const std::optional<MemberRecords>& before,
                                                   const MemberRecords& after)
{
    const MemberChanges changes = changesBetween(before, after);
    if (changes.count() == 0)
        return Outcome::Unchanged;
    const QString name = after.member.fullName;
    stack.beginMacro(before ? tr("Edit %1").arg(name) : tr("Add %1").arg(name));
    if (changes.member &&
        !pushSaved(context, stack,
                   new ChangeCommand<Member>(context, orgId, *changes.member, tr("Save %1").arg(name)))) {
        // Nothing else can be saved without the member; drop the empty step so undo does not show it.
        stack.endMacro();
        const_cast<QUndoCommand*>(stack.command(stack.index() - 1))->setObsolete(true);
        stack.undo();
        return Outcome::Refused;
    }
    bool all = pushAll(context, stack, orgId, changes.disciplines, tr("Save a discipline of %1").arg(name));
    all = pushAll(context, stack, orgId, changes.leaves, tr("Save a leave of %1").arg(name)) && all;
    all = pushAll(context, stack, orgId, changes.dues, tr("Save party dues of %1").arg(name)) && all;
    all =
        pushAll(context, stack, orgId, changes.assignments, tr("Save an assignment of %1").arg(name)) && all;
    stack.endMacro();
    return all ? Outcome::Saved : Outcome::Partial;
}

} // namespace chibo
