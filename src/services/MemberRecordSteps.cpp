// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberRecordSteps.h"

#include "core/DisciplineRules.h"
#include "services/ChangeShape.h"
#include "services/ChangeYears.h"
#include "services/EditContext.h"
#include "services/MemberCells.h"
#include "services/RecordLabels.h"
#include "storage/Storage.h"

#include <QHash>

#include <memory>

namespace chibo {

namespace {

/// The members a change's versions hang off, and the organisations whose permission and locks count.
struct Owners {
    QHash<QUuid, Member> members;
    QList<QUuid> orgIds;

    QString nameOf(const QUuid& id) const
    {
        const auto found = members.constFind(id);
        return found == members.cend() ? id.toString(QUuid::WithoutBraces) : found->fullName;
    }
};

Result<Owners> ownersOf(const EditContext& context, const QList<QUuid>& memberIds)
{
    Owners owners;
    for (const QUuid& id : memberIds) {
        const auto member =
            context.member(id, MemberRecordSteps::tr("The member %1").arg(id.toString(QUuid::WithoutBraces)));
        if (!member)
            return member.error();
        for (const QUuid& cell : MemberCells::current(*member)) {
            if (!owners.orgIds.contains(cell))
                owners.orgIds.append(cell);
        }
        owners.members.insert(id, *member);
    }
    return owners;
}

/// The record of `all` that `matches`, if any.
template <typename T, typename Matches>
Result<std::optional<T>> findIn(const Result<QList<T>>& all, Matches matches)
{
    if (!all)
        return all.error();
    for (const T& record : *all) {
        if (matches(record))
            return std::optional<T>(record);
    }
    return std::optional<T>();
}

template <typename T>
std::function<Result<Dataset>(const T&)> alone(QList<T> Dataset::*list)
{
    return [list](const T& record) -> Result<Dataset> {
        // Assigning a one-element list, not appending: g++ 12 at -O2 reports append() through a member
        // pointer on a fresh Dataset as a use of uninitialised memory.
        Dataset fragment;
        fragment.*list = QList<T>{record};
        return fragment;
    };
}

/// The steps every personal record with an id shares: owners, bin, years, removal by id.
template <typename T>
Result<SaveSteps<T>> personalSteps(EditContext& context, const Change<T>& change, const QString& kind,
                                   QList<T> Dataset::*list, Owners* ownersOut = nullptr)
{
    auto owners = ownersOf(context, ChangeShape::idsOf(change, [](const T& r) { return r.memberId; }));
    if (!owners)
        return owners.error();
    if (ownersOut)
        *ownersOut = *owners;
    const T& key = ChangeShape::key(change);
    Storage* storage = &context.storage();
    const Change<T>* edit = &change;
    SaveSteps<T> steps;
    steps.kind = kind;
    steps.label = RecordLabels::of(key, owners->nameOf(key.memberId));
    steps.orgIds = owners->orgIds;
    steps.recordId = key.id;
    steps.binOrgId = owners->orgIds.value(0);
    steps.years = [edit] {
        return ChangeYears::of(*edit);
    };
    steps.insert = [storage](const T& r) {
        return storage->records().insert(r);
    };
    steps.update = [storage](const T& r) {
        return storage->records().update(r);
    };
    steps.fragment = alone(list);
    steps.remove = [storage](const T& r) {
        return storage->records().remove(r.id);
    };
    return steps;
}

Error idChanged()
{
    return EditContext::invalidChange(
        MemberRecordSteps::tr("A change of a record must keep the record's id."));
}

/// What a rating rates, and so which organisation it belongs to.
struct RatedSubject {
    QList<QUuid> orgIds;
    QString name;
    int meetingYear = 0; ///< for a meeting: its year, since its ratings have no period
    bool lockedMeeting = false;
};

Result<RatedSubject> subjectOf(const EditContext& context, const QUuid& subjectId)
{
    if (const Organisation* org = context.organisations().find(subjectId))
        return RatedSubject{{org->id}, org->name, 0, false};
    const auto meeting = context.storage().meetings().find(subjectId);
    if (!meeting)
        return meeting.error();
    if (*meeting) {
        const Meeting& m = **meeting;
        return RatedSubject{{m.orgId},
                            RecordLabels::of(m, context.organisations().nameOf(m.orgId)),
                            m.date.year(),
                            m.state == MeetingState::Locked};
    }
    const auto member = context.storage().members().find(subjectId);
    if (!member)
        return member.error();
    if (*member)
        return RatedSubject{MemberCells::current(**member), (*member)->fullName, 0, false};
    return Error{
        QStringLiteral("invalid_record"),
        MemberRecordSteps::tr("The rated subject %1 is no member, organisation or meeting in the database.")
            .arg(subjectId.toString(QUuid::WithoutBraces)),
        {}};
}

bool sameKey(const Rating& a, const Rating& b)
{
    return a.criteriaId == b.criteriaId && a.indicatorId == b.indicatorId && a.subjectId == b.subjectId &&
           a.period == b.period;
}

/// A new rating may not take the place of a stored one with another id; a locked meeting's are kept.
Status ratingRefusal(const Change<Rating>& change, const QList<Rating>& stored, const RatedSubject& subject,
                     const QString& label)
{
    if (subject.lockedMeeting)
        return Error{QStringLiteral("locked_meeting"),
                     MemberRecordSteps::tr("%1 cannot be changed: %2 is locked; reopen it first.")
                         .arg(label, subject.name),
                     {}};
    if (change.before)
        return {};
    for (const Rating& rating : stored) {
        if (sameKey(rating, *change.after) && rating.id != change.after->id)
            return EditContext::changedElsewhere(label);
    }
    return {};
}

} // namespace

Result<SaveSteps<Assignment>> MemberRecordSteps::of(EditContext& context, const Change<Assignment>& change)
{
    if (!ChangeShape::keepsId(change))
        return idChanged();
    auto steps = personalSteps(context, change, QStringLiteral("assignment"), &Dataset::assignments);
    if (!steps)
        return steps;
    const Assignment key = ChangeShape::key(change);
    Storage* storage = &context.storage();
    steps->readStored = [storage, key] {
        return findIn(storage->records().assignments({key.memberId}),
                      [&](const Assignment& a) { return a.id == key.id; });
    };
    return steps;
}

Result<SaveSteps<Leave>> MemberRecordSteps::of(EditContext& context, const Change<Leave>& change)
{
    if (!ChangeShape::keepsId(change))
        return idChanged();
    auto steps = personalSteps(context, change, QStringLiteral("leave"), &Dataset::leaves);
    if (!steps)
        return steps;
    const Leave key = ChangeShape::key(change);
    Storage* storage = &context.storage();
    steps->readStored = [storage, key] {
        return findIn(storage->records().leaves({key.memberId}),
                      [&](const Leave& l) { return l.id == key.id; });
    };
    return steps;
}

Result<SaveSteps<Discipline>> MemberRecordSteps::of(EditContext& context, const Change<Discipline>& change)
{
    if (!ChangeShape::keepsId(change))
        return idChanged();
    const Discipline key = ChangeShape::key(change);
    Owners owners;
    auto steps = personalSteps(context, change, QStringLiteral("discipline"), &Dataset::disciplines, &owners);
    if (!steps)
        return steps;
    // A committee or an organisation disciplined as a whole belongs to that organisation.
    for (const std::optional<Discipline>* version : {&change.before, &change.after}) {
        if (*version && (*version)->memberId.isNull() && !steps->orgIds.contains((*version)->orgId))
            steps->orgIds.append((*version)->orgId);
    }
    if (key.memberId.isNull()) {
        steps->label = RecordLabels::of(key, context.organisations().nameOf(key.orgId));
        steps->binOrgId = key.orgId;
    }
    Storage* storage = &context.storage();
    steps->readStored = [storage, key] {
        const QList<QUuid> members = key.memberId.isNull() ? QList<QUuid>() : QList<QUuid>{key.memberId};
        const QList<QUuid> orgs = key.memberId.isNull() ? QList<QUuid>{key.orgId} : QList<QUuid>();
        return findIn(storage->records().disciplines(members, orgs),
                      [&](const Discipline& d) { return d.id == key.id; });
    };
    steps->validate = [members = owners.members](const Discipline& discipline) {
        const auto member = members.constFind(discipline.memberId);
        return DisciplineRules::check(discipline, member == members.cend() ? nullptr : &*member);
    };
    return steps;
}

Result<SaveSteps<DuesRecord>> MemberRecordSteps::of(EditContext& context, const Change<DuesRecord>& change)
{
    const DuesRecord& key = ChangeShape::key(change);
    if (key.memberId.isNull() || !key.month.isValid() ||
        (change.before && change.after &&
         (change.before->memberId != change.after->memberId || change.before->month != change.after->month)))
        return EditContext::invalidChange(
            tr("A change of a dues record must keep its member and month; remove it and enter another."));
    auto owners = ownersOf(context, {key.memberId});
    if (!owners)
        return owners.error();
    Storage* storage = &context.storage();
    const Change<DuesRecord>* edit = &change;
    SaveSteps<DuesRecord> steps;
    steps.kind = QStringLiteral("dues");
    steps.label = RecordLabels::of(key, owners->nameOf(key.memberId));
    steps.orgIds = owners->orgIds;
    steps.recordId = key.memberId;
    steps.binOrgId = owners->orgIds.value(0);
    steps.readStored = [storage, key] {
        return findIn(storage->records().dues({key.memberId}),
                      [&](const DuesRecord& d) { return d.month == key.month; });
    };
    steps.years = [edit] {
        return ChangeYears::of(*edit);
    };
    steps.insert = [storage](const DuesRecord& d) {
        return storage->records().upsert(d);
    };
    steps.update = steps.insert;
    steps.fragment = alone(&Dataset::dues);
    steps.remove = [storage](const DuesRecord& d) {
        return storage->records().removeDues(d.memberId, d.month);
    };
    return steps;
}

Result<SaveSteps<Rating>> MemberRecordSteps::of(EditContext& context, const Change<Rating>& change)
{
    const Rating& key = ChangeShape::key(change);
    if (!ChangeShape::keepsId(change) ||
        (change.before && change.after && !sameKey(*change.before, *change.after)))
        return EditContext::invalidChange(tr("A change of a rating must keep its id, criteria, indicator, "
                                             "subject and period."));
    auto subject = subjectOf(context, key.subjectId);
    if (!subject)
        return subject.error();
    Storage* storage = &context.storage();
    const Change<Rating>* edit = &change;
    const auto stored = std::make_shared<QList<Rating>>();
    SaveSteps<Rating> steps;
    steps.kind = QStringLiteral("rating");
    steps.label = RecordLabels::of(key, subject->name);
    steps.orgIds = subject->orgIds;
    steps.recordId = key.id;
    steps.binOrgId = subject->orgIds.value(0);
    steps.readStored = [storage, key, stored]() -> Result<std::optional<Rating>> {
        auto all = storage->ratings().ratings({key.subjectId});
        if (all)
            *stored = *all;
        return findIn(all, [&](const Rating& r) { return r.id == key.id; });
    };
    steps.refusal = [edit, stored, subject = *subject, label = steps.label] {
        return ratingRefusal(*edit, *stored, subject, label);
    };
    steps.years = [edit, year = subject->meetingYear] {
        return ChangeYears::of(*edit, year);
    };
    steps.insert = [storage](const Rating& r) {
        return storage->ratings().upsertRating(r);
    };
    steps.update = steps.insert;
    steps.fragment = alone(&Dataset::ratings);
    steps.remove = [storage](const Rating& r) {
        return storage->ratings().removeRating(r.id);
    };
    return steps;
}

} // namespace chibo
