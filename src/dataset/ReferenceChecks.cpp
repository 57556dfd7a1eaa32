// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ReferenceChecks.h"

#include "core/Labels.h"
#include "dataset/TextFormats.h"

#include <algorithm>

namespace chibo {

namespace {

template <typename T>
QHash<QUuid, qsizetype> indexById(const QList<T>& records)
{
    QHash<QUuid, qsizetype> index;
    index.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!index.contains(records[i].id))
            index.insert(records[i].id, i);
    }
    return index;
}

} // namespace

ReferenceChecks::ReferenceChecks(const Dataset& dataset, DatasetExtent extent)
    : m_dataset(dataset)
    , m_extent(extent)
    , m_organisations(indexById(dataset.organisations))
    , m_members(indexById(dataset.members))
    , m_meetings(indexById(dataset.meetings))
{}

const Organisation* ReferenceChecks::organisation(const QUuid& id) const
{
    const qsizetype index = m_organisations.value(id, -1);
    return index < 0 ? nullptr : &m_dataset.organisations[index];
}

const Member* ReferenceChecks::member(const QUuid& id) const
{
    const qsizetype index = m_members.value(id, -1);
    return index < 0 ? nullptr : &m_dataset.members[index];
}

const Meeting* ReferenceChecks::meeting(const QUuid& id) const
{
    const qsizetype index = m_meetings.value(id, -1);
    return index < 0 ? nullptr : &m_dataset.meetings[index];
}

QString ReferenceChecks::memberName(const QUuid& id) const
{
    const Member* found = member(id);
    return found ? found->fullName : TextFormats::id(id);
}

void ReferenceChecks::report(const JsonPath& at, const QString& code, const QString& message)
{
    m_errors->append(Error{code, message, at.pointer()});
}

void ReferenceChecks::run(QList<Error>& errors)
{
    m_errors = &errors;
    checkOrganisations();
    checkParents();
    checkMembers();
    checkMeetings();
    checkTargetsAndAssignments();
    checkDisciplines();
    checkMemberRecords();
    checkCommendations();
    m_errors = nullptr;
}

void ReferenceChecks::noteId(IdSpace& space, const QUuid& id, qsizetype outer, qsizetype inner)
{
    if (id.isNull())
        return;
    const auto first = space.seen.constFind(id);
    if (first == space.seen.cend()) {
        space.seen.insert(id, {outer, inner});
        return;
    }
    const JsonPath root;
    const JsonPath section = root / space.section;
    const JsonPath record = section / outer;
    const JsonPath firstRecord = section / first->first;
    const JsonPath list = record / space.nested;
    const JsonPath firstList = firstRecord / space.nested;
    const JsonPath item = list / inner;
    const JsonPath firstItem = firstList / first->second;
    const JsonPath& owner = space.nested.isEmpty() ? record : item;
    const JsonPath& firstOwner = space.nested.isEmpty() ? firstRecord : firstItem;
    report(owner / u"id", QStringLiteral("dataset.duplicate-id"),
           tr("This %1 has the id %2, which the %1 at %3 already has; every record needs its own id.")
               .arg(recordNoun(space.kind), TextFormats::id(id), firstOwner.pointer()));
}

void ReferenceChecks::refer(Ref kind, const QUuid& id, const JsonPath& at)
{
    if (id.isNull())
        return;
    if (isFragment() && !m_organisations.contains(id) && !m_members.contains(id) && !m_meetings.contains(id))
        return; // outside the fragment: the database checks it when the fragment is written back
    QString message;
    switch (kind) {
    case Ref::Organisation:
        if (m_organisations.contains(id))
            return;
        message = tr("The field “%1” refers to the organisation %2, which is not in this dataset.");
        break;
    case Ref::Member:
        if (m_members.contains(id))
            return;
        message = tr("The field “%1” refers to the member %2, which is not in this dataset.");
        break;
    case Ref::Meeting:
        if (m_meetings.contains(id))
            return;
        message = tr("The field “%1” refers to the meeting %2, which is not in this dataset.");
        break;
    }
    report(at, QStringLiteral("dataset.unknown-reference"), message.arg(at.fieldName(), TextFormats::id(id)));
}

void ReferenceChecks::endsAfterStart(RecordKind kind, QDate from, QDate to, const JsonPath& record)
{
    if (from.isValid() && to.isValid() && to < from)
        report(record / u"to", QStringLiteral("dataset.end-before-start"),
               tr("The %1 ends on %2, before it starts on %3.")
                   .arg(recordNoun(kind), shownDate(to), shownDate(from)));
}

void ReferenceChecks::checkOrganisations()
{
    IdSpace orgIds{u"organisations", {}, RecordKind::Organisation, {}};
    IdSpace termIds{u"organisations", u"terms", RecordKind::Term, {}};
    const JsonPath root;
    const JsonPath section = root / u"organisations";
    for (qsizetype i = 0; i < m_dataset.organisations.size(); ++i) {
        const Organisation& org = m_dataset.organisations[i];
        const JsonPath record = section / i;
        noteId(orgIds, org.id, i);
        if (!org.parentId.isNull() && !m_organisations.contains(org.parentId) && !isFragment())
            report(record / u"parent", QStringLiteral("dataset.unknown-parent"),
                   tr("The parent %1 of the organisation “%2” is not in this dataset.")
                       .arg(TextFormats::id(org.parentId), org.name));
        const JsonPath terms = record / u"terms";
        for (qsizetype j = 0; j < org.terms.size(); ++j) {
            noteId(termIds, org.terms[j].id, i, j);
            endsAfterStart(RecordKind::Term, org.terms[j].from, org.terms[j].to, terms / j);
        }
    }
}

void ReferenceChecks::checkParents()
{
    // Follows each chain of parents once: 0 not seen, 1 on the chain being followed, 2 finished.
    const QList<Organisation>& orgs = m_dataset.organisations;
    QList<char> state(orgs.size(), 0);
    const JsonPath root;
    const JsonPath section = root / u"organisations";
    for (qsizetype start = 0; start < orgs.size(); ++start) {
        QList<qsizetype> chain;
        qsizetype at = start;
        while (at >= 0 && state[at] == 0) {
            state[at] = 1;
            chain.append(at);
            at = orgs[at].parentId.isNull() ? -1 : m_organisations.value(orgs[at].parentId, -1);
        }
        if (at >= 0 && state[at] == 1) {
            const QList<qsizetype> cycle = chain.sliced(chain.indexOf(at));
            for (qsizetype k = 0; k < cycle.size(); ++k) {
                QStringList names;
                for (qsizetype step = 0; step <= std::min<qsizetype>(cycle.size(), 8); ++step)
                    names.append(orgs[cycle[(k + step) % cycle.size()]].name);
                const JsonPath record = section / cycle[k];
                report(record / u"parent", QStringLiteral("dataset.parent-cycle"),
                       tr("The organisation “%1” is its own ancestor: its parents form the cycle %2.")
                           .arg(orgs[cycle[k]].name, names.join(QStringLiteral(" → "))));
            }
        }
        for (qsizetype index : chain)
            state[index] = 2;
    }
}

void ReferenceChecks::checkMembers()
{
    IdSpace memberIds{u"members", {}, RecordKind::Member, {}};
    IdSpace eventIds{u"members", u"status_history", RecordKind::StatusEvent, {}};
    IdSpace membershipIds{u"members", u"memberships", RecordKind::CellMembership, {}};
    IdSpace positionIds{u"members", u"positions", RecordKind::Position, {}};
    const JsonPath root;
    const JsonPath section = root / u"members";
    for (qsizetype i = 0; i < m_dataset.members.size(); ++i) {
        const Member& member = m_dataset.members[i];
        const JsonPath record = section / i;
        noteId(memberIds, member.id, i);
        for (qsizetype j = 0; j < member.statusEvents.size(); ++j)
            noteId(eventIds, member.statusEvents[j].id, i, j);
        const JsonPath memberships = record / u"memberships";
        for (qsizetype j = 0; j < member.memberships.size(); ++j) {
            const JsonPath item = memberships / j;
            noteId(membershipIds, member.memberships[j].id, i, j);
            refer(Ref::Organisation, member.memberships[j].orgId, item / u"organisation");
        }
        const JsonPath positions = record / u"positions";
        for (qsizetype j = 0; j < member.positions.size(); ++j) {
            const PositionTerm& term = member.positions[j];
            const JsonPath item = positions / j;
            noteId(positionIds, term.id, i, j);
            refer(Ref::Organisation, term.orgId, item / u"organisation");
            endsAfterStart(RecordKind::Position, term.from, term.to, item);
        }
    }
}

void ReferenceChecks::checkMeetings()
{
    IdSpace meetingIds{u"meetings", {}, RecordKind::Meeting, {}};
    const JsonPath root;
    const JsonPath section = root / u"meetings";
    for (qsizetype i = 0; i < m_dataset.meetings.size(); ++i) {
        const Meeting& meeting = m_dataset.meetings[i];
        const JsonPath record = section / i;
        noteId(meetingIds, meeting.id, i);
        refer(Ref::Organisation, meeting.orgId, record / u"organisation");
        refer(Ref::Member, meeting.chairId, record / u"chair");
        refer(Ref::Member, meeting.minuteTakerId, record / u"minute_taker");
        checkMeetingTimes(meeting, record);
        checkAttendance(meeting, record);
    }
}

void ReferenceChecks::checkMeetingTimes(const Meeting& meeting, const JsonPath& at)
{
    if (!meeting.start.isValid() || !meeting.end.isValid() || meeting.end > meeting.start)
        return;
    const Organisation* org = organisation(meeting.orgId);
    report(at / u"end", QStringLiteral("dataset.end-before-start"),
           tr("The meeting of %1 on %2 ends at %3, which is not after its start at %4.")
               .arg(org ? org->name : TextFormats::id(meeting.orgId), shownDate(meeting.date),
                    meeting.end.toString(u"HH:mm"), meeting.start.toString(u"HH:mm")));
}

void ReferenceChecks::checkAttendance(const Meeting& meeting, const JsonPath& at)
{
    QHash<QUuid, qsizetype> firstRow;
    firstRow.reserve(meeting.attendance.size());
    const JsonPath rows = at / u"attendance";
    for (qsizetype j = 0; j < meeting.attendance.size(); ++j) {
        const QUuid& memberId = meeting.attendance[j].memberId;
        const JsonPath row = rows / j;
        refer(Ref::Member, memberId, row / u"member");
        const auto first = firstRow.constFind(memberId);
        if (first == firstRow.cend()) {
            firstRow.insert(memberId, j);
            continue;
        }
        const Organisation* org = organisation(meeting.orgId);
        report(row, QStringLiteral("dataset.duplicate-attendance"),
               tr("%1 is listed twice in the attendance of the meeting of %2 on %3; the first row is at %4.")
                   .arg(memberName(memberId), org ? org->name : TextFormats::id(meeting.orgId),
                        shownDate(meeting.date), (rows / *first).pointer()));
    }
}

void ReferenceChecks::checkTargetsAndAssignments()
{
    IdSpace targetIds{u"targets", {}, RecordKind::Target, {}};
    IdSpace assignmentIds{u"assignments", {}, RecordKind::Assignment, {}};
    const JsonPath root;
    const JsonPath targets = root / u"targets";
    const JsonPath assignments = root / u"assignments";
    for (qsizetype i = 0; i < m_dataset.targets.size(); ++i) {
        const Target& target = m_dataset.targets[i];
        const JsonPath record = targets / i;
        noteId(targetIds, target.id, i);
        refer(Ref::Organisation, target.orgId, record / u"organisation");
        refer(Ref::Meeting, target.meetingId, record / u"meeting");
        refer(Ref::Member, target.ownerMemberId, record / u"owner");
    }
    for (qsizetype i = 0; i < m_dataset.assignments.size(); ++i) {
        const Assignment& assignment = m_dataset.assignments[i];
        const JsonPath record = assignments / i;
        noteId(assignmentIds, assignment.id, i);
        refer(Ref::Member, assignment.memberId, record / u"member");
        refer(Ref::Organisation, assignment.orgId, record / u"organisation");
        endsAfterStart(RecordKind::Assignment, assignment.from, assignment.to, record);
    }
}

void ReferenceChecks::checkDisciplines()
{
    IdSpace ids{u"disciplines", {}, RecordKind::Discipline, {}};
    const JsonPath root;
    const JsonPath section = root / u"disciplines";
    for (qsizetype i = 0; i < m_dataset.disciplines.size(); ++i) {
        const Discipline& discipline = m_dataset.disciplines[i];
        const JsonPath record = section / i;
        noteId(ids, discipline.id, i);
        refer(Ref::Member, discipline.memberId, record / u"member");
        refer(Ref::Organisation, discipline.orgId, record / u"organisation");
        if (discipline.subject == DisciplineSubject::Member && discipline.memberId.isNull())
            report(record, QStringLiteral("dataset.missing-field"),
                   tr("This discipline is of a member, but its “member” field is missing."));
        if (discipline.subject != DisciplineSubject::Member && discipline.orgId.isNull())
            report(record, QStringLiteral("dataset.missing-field"),
                   tr("This discipline is of a %1, but its “organisation” field is missing.")
                       .arg(Labels::of(discipline.subject).toLower()));
    }
}

void ReferenceChecks::checkMemberRecords()
{
    IdSpace leaveIds{u"leaves", {}, RecordKind::Leave, {}};
    IdSpace violationIds{u"violations", {}, RecordKind::Violation, {}};
    const JsonPath root;
    const JsonPath leaves = root / u"leaves";
    const JsonPath duesList = root / u"dues";
    const JsonPath violations = root / u"violations";
    for (qsizetype i = 0; i < m_dataset.leaves.size(); ++i) {
        const Leave& leave = m_dataset.leaves[i];
        const JsonPath record = leaves / i;
        noteId(leaveIds, leave.id, i);
        refer(Ref::Member, leave.memberId, record / u"member");
        endsAfterStart(RecordKind::Leave, leave.from, leave.to, record);
    }
    QHash<std::pair<QUuid, int>, qsizetype> firstDues;
    firstDues.reserve(m_dataset.dues.size());
    for (qsizetype i = 0; i < m_dataset.dues.size(); ++i) {
        const DuesRecord& dues = m_dataset.dues[i];
        const JsonPath record = duesList / i;
        refer(Ref::Member, dues.memberId, record / u"member");
        const std::pair<QUuid, int> key{dues.memberId, dues.month.year * 12 + dues.month.month};
        const auto first = firstDues.constFind(key);
        if (first == firstDues.cend()) {
            firstDues.insert(key, i);
            continue;
        }
        report(record, QStringLiteral("dataset.duplicate-dues"),
               tr("The dues of %1 for %2 are recorded twice; the first record is at %3.")
                   .arg(memberName(dues.memberId), dues.month.firstDay().toString(u"MM/yyyy"),
                        (duesList / *first).pointer()));
    }
    for (qsizetype i = 0; i < m_dataset.violations.size(); ++i) {
        const JsonPath record = violations / i;
        noteId(violationIds, m_dataset.violations[i].id, i);
        refer(Ref::Member, m_dataset.violations[i].memberId, record / u"member");
    }
}

void ReferenceChecks::checkCommendations()
{
    IdSpace ids{u"commendations", {}, RecordKind::Commendation, {}};
    const JsonPath root;
    const JsonPath section = root / u"commendations";
    for (qsizetype i = 0; i < m_dataset.commendations.size(); ++i) {
        const Commendation& commendation = m_dataset.commendations[i];
        const JsonPath record = section / i;
        noteId(ids, commendation.id, i);
        refer(Ref::Member, commendation.memberId, record / u"member");
        refer(Ref::Organisation, commendation.orgId, record / u"organisation");
        const bool member = !commendation.memberId.isNull();
        const bool org = !commendation.orgId.isNull();
        if (member == org)
            report(record, QStringLiteral("dataset.commendation-subject"),
                   member
                       ? tr("The commendation “%1” names both a member and an organisation; it must name "
                            "exactly one of them.")
                             .arg(commendation.title)
                       : tr("The commendation “%1” names neither a member nor an organisation; it must name "
                            "exactly one of them.")
                             .arg(commendation.title));
    }
}

} // namespace chibo
