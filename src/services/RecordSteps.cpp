// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecordSteps.h"

#include "core/MemberTimeline.h"
#include "services/ChangeShape.h"
#include "services/ChangeYears.h"
#include "services/EditContext.h"
#include "services/MemberCells.h"
#include "services/RecordLabels.h"
#include "storage/Storage.h"

namespace chibo {

namespace {

template <typename T>
Status take(Result<QList<T>> loaded, QList<T>& into)
{
    if (!loaded)
        return loaded.error();
    into = std::move(loaded).value();
    return {};
}

/// Everything of a member that goes with them: their personal records and the ratings of them.
Result<Dataset> memberFragment(const Storage& storage, const Member& member)
{
    Dataset fragment;
    fragment.members = {member};
    const RecordRepository& records = storage.records();
    const QList<QUuid> ids{member.id};
    Status status = take(records.assignments(ids), fragment.assignments);
    if (status)
        status = take(records.disciplines(ids, {}), fragment.disciplines);
    if (status)
        status = take(records.leaves(ids), fragment.leaves);
    if (status)
        status = take(records.dues(ids), fragment.dues);
    if (status)
        status = take(records.violations(ids), fragment.violations);
    if (status)
        status = take(records.commendations(ids, {}), fragment.commendations);
    if (status)
        status = take(storage.ratings().ratings(ids), fragment.ratings);
    if (!status)
        return status.error();
    return fragment;
}

/// A member can be removed only while no meeting and no target refers to them.
Status unreferenced(const Storage& storage, const QUuid& memberId, const QString& label)
{
    const auto references = storage.members().referencesTo(memberId);
    if (!references)
        return references.error();
    if (!references->any())
        return {};
    QString message;
    if (references->targets == 0)
        message = RecordSteps::tr("%1 cannot be removed: %n meeting(s) record them in the attendance or as "
                                  "chair or minute taker. Record that they left instead.",
                                  nullptr, references->meetings)
                      .arg(label);
    else if (references->meetings == 0)
        message = RecordSteps::tr("%1 cannot be removed: %n target(s) name them as owner. Record that they "
                                  "left instead.",
                                  nullptr, references->targets)
                      .arg(label);
    else
        message =
            RecordSteps::tr("%1 cannot be removed: meetings (%2) and targets (%3) refer to them. Record "
                            "that they left instead.")
                .arg(label)
                .arg(references->meetings)
                .arg(references->targets);
    return Error{QStringLiteral("member_referenced"), message, {}};
}

/// Everything of a meeting that goes with it: the targets it set and its ratings.
Result<Dataset> meetingFragment(const Storage& storage, const Meeting& meeting)
{
    Dataset fragment;
    fragment.meetings = {meeting};
    Status status = take(storage.records().targetsSetBy(meeting.id), fragment.targets);
    if (status)
        status = take(storage.ratings().ratings({meeting.id}), fragment.ratings);
    if (!status)
        return status.error();
    return fragment;
}

Status consistentHistories(const Member& member)
{
    for (const Diagnostic& found : MemberTimeline(member).check()) {
        if (found.severity == Diagnostic::Severity::Error)
            return Error{QStringLiteral("invalid_record"), found.message, {}};
    }
    return {};
}

} // namespace

Result<SaveSteps<Member>> RecordSteps::of(EditContext& context, const Change<Member>& change)
{
    if (!ChangeShape::keepsId(change))
        return EditContext::invalidChange(tr("A change of a member must keep the member's id."));
    const Member& any = change.after ? *change.after : *change.before;
    Storage* storage = &context.storage();
    const Change<Member>* edit = &change;
    const QUuid id = any.id;
    SaveSteps<Member> steps;
    steps.kind = QStringLiteral("member");
    steps.label = RecordLabels::of(any);
    steps.orgIds = MemberCells::ofChange(change.before, change.after);
    steps.recordId = id;
    steps.binOrgId = MemberCells::current(any).value(0);
    steps.readStored = [storage, id] {
        return storage->members().find(id);
    };
    steps.refusal = [storage, edit, label = steps.label]() -> Status {
        return edit->after ? Status() : unreferenced(*storage, edit->before->id, label);
    };
    steps.validate = consistentHistories;
    steps.years = [edit] {
        return ChangeYears::of(*edit);
    };
    steps.insert = [storage](const Member& m) {
        return storage->members().insert(m);
    };
    steps.update = [storage](const Member& m) {
        return storage->members().update(m);
    };
    steps.fragment = [storage](const Member& m) {
        return memberFragment(*storage, m);
    };
    steps.remove = [storage](const Member& m) {
        return storage->members().remove(m.id);
    };
    return steps;
}

bool RecordSteps::isReopening(const Meeting& before, const std::optional<Meeting>& after)
{
    if (!after || after->lifecycle.size() != before.lifecycle.size() + 1)
        return false;
    const LifecycleEvent& event = after->lifecycle.constLast();
    if (event.state >= MeetingState::Locked || event.note.trimmed().isEmpty())
        return false;
    Meeting reopened = before;
    reopened.lifecycle.append(event);
    reopened.state = event.state;
    return reopened == *after;
}

Result<SaveSteps<Meeting>> RecordSteps::of(EditContext& context, const Change<Meeting>& change)
{
    if (!ChangeShape::keepsId(change))
        return EditContext::invalidChange(tr("A change of a meeting must keep the meeting's id."));
    const Meeting& any = change.after ? *change.after : *change.before;
    Storage* storage = &context.storage();
    const OrgSnapshot* organisations = &context.organisations();
    const Change<Meeting>* edit = &change;
    const QUuid id = any.id;
    SaveSteps<Meeting> steps;
    steps.kind = QStringLiteral("meeting");
    steps.label = RecordLabels::of(any, organisations->nameOf(any.orgId));
    steps.orgIds = ChangeShape::idsOf(change, [](const Meeting& m) { return m.orgId; });
    steps.recordId = id;
    steps.binOrgId = any.orgId;
    steps.readStored = [storage, id] {
        return storage->meetings().find(id);
    };
    steps.refusal = [edit, label = steps.label]() -> Status {
        if (!edit->before || edit->before->state != MeetingState::Locked ||
            isReopening(*edit->before, edit->after))
            return {};
        return Error{QStringLiteral("locked_meeting"),
                     tr("%1 is locked: it can only be reopened, with a note saying why.").arg(label),
                     {}};
    };
    steps.validate = [organisations, label = steps.label](const Meeting& meeting) -> Status {
        if (meeting.start.isValid() && meeting.end.isValid() && meeting.end <= meeting.start)
            return Error{QStringLiteral("invalid_record"),
                         tr("%1: the meeting ends at %2, which is not after its start at %3. Correct the "
                            "end time first.")
                             .arg(label, meeting.end.toString(u"HH:mm"), meeting.start.toString(u"HH:mm")),
                         {}};
        const Organisation* org = organisations->find(meeting.orgId);
        if (!org || org->isCell() || org->isGrassroots())
            return {};
        return Error{
            QStringLiteral("invalid_record"),
            tr("%1 does not hold cell meetings; only Party cells and grassroots Party committees do.")
                .arg(org->name),
            {}};
    };
    steps.years = [edit] {
        return ChangeYears::of(*edit);
    };
    steps.insert = [storage](const Meeting& m) {
        return storage->meetings().insert(m);
    };
    steps.update = [storage](const Meeting& m) {
        return storage->meetings().update(m);
    };
    steps.fragment = [storage](const Meeting& m) {
        return meetingFragment(*storage, m);
    };
    steps.remove = [storage](const Meeting& m) {
        const Status targets = storage->records().removeTargetsSetBy(m.id);
        return targets ? storage->meetings().remove(m.id) : targets;
    };
    return steps;
}

Result<SaveSteps<Target>> RecordSteps::of(EditContext& context, const Change<Target>& change)
{
    if (!ChangeShape::keepsId(change))
        return EditContext::invalidChange(tr("A change of a target must keep the target's id."));
    const Target& any = change.after ? *change.after : *change.before;
    Storage* storage = &context.storage();
    const Change<Target>* edit = &change;
    const QUuid id = any.id;
    SaveSteps<Target> steps;
    steps.kind = QStringLiteral("target");
    steps.label = RecordLabels::of(any);
    steps.orgIds = ChangeShape::idsOf(change, [](const Target& t) { return t.orgId; });
    steps.recordId = id;
    steps.binOrgId = any.orgId;
    steps.readStored = [storage, id] {
        return storage->records().findTarget(id);
    };
    steps.years = [edit] {
        return ChangeYears::of(*edit);
    };
    steps.insert = [storage](const Target& t) {
        return storage->records().insert(t);
    };
    steps.update = [storage](const Target& t) {
        return storage->records().update(t);
    };
    steps.fragment = [](const Target& t) -> Result<Dataset> {
        Dataset fragment;
        fragment.targets = {t};
        return fragment;
    };
    steps.remove = [storage](const Target& t) {
        return storage->records().remove(t.id);
    };
    return steps;
}

} // namespace chibo
