// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MeetingAssessment.h"

#include "scoring/ScoringEngine.h"
#include "services/Applicability.h"
#include "services/ScoringSnapshot.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace chibo {

namespace {

/// How narrowly a file's applies_to is drawn: a locality counts more than cell types.
int specificity(const Criteria& file)
{
    return (file.appliesTo.locality.isEmpty() ? 0 : 2) + (file.appliesTo.cellTypes.isEmpty() ? 0 : 1);
}

/// `meeting` as the engine should see it: a draft counts as held, the state it is being prepared for.
Meeting asHeld(Meeting meeting)
{
    if (meeting.state == MeetingState::Draft)
        meeting.state = MeetingState::Held;
    return meeting;
}

template <typename T>
void replaceById(QList<T>& list, const T& record)
{
    const auto found =
        std::find_if(list.begin(), list.end(), [&](const T& existing) { return existing.id == record.id; });
    if (found == list.end())
        list.append(record);
    else
        *found = record;
}

void replaceRatingsOf(QList<Rating>& ratings, const QUuid& meetingId, const QList<Rating>& replacement)
{
    ratings.removeIf([&](const Rating& rating) { return rating.subjectId == meetingId; });
    for (const Rating& rating : replacement) {
        Rating copy = rating;
        copy.subjectId = meetingId;
        ratings.append(copy);
    }
}

Error unknownCell(const QUuid& cellId)
{
    return Error{QStringLiteral("assessment.unknown-cell"),
                 MeetingAssessment::tr("There is no party cell with this id."),
                 cellId.toString(QUuid::WithoutBraces)};
}

} // namespace

MeetingAssessment::MeetingAssessment(Organisation cell, Dataset records)
    : m_cell(std::move(cell))
    , m_records(std::move(records))
{}

QList<const Criteria*> MeetingAssessment::applicableFiles(const CriteriaSet& criteria,
                                                          const Organisation& cell, QDate date)
{
    QList<const Criteria*> files;
    if (!date.isValid())
        return files;
    for (const Criteria& file : criteria.files()) {
        if (file.subject == SubjectKind::Meeting && file.isValidOn(date) && Applicability::admits(file, cell))
            files.append(&file);
    }
    std::stable_sort(files.begin(), files.end(), [](const Criteria* a, const Criteria* b) {
        return std::make_tuple(a->example, -specificity(*a), b->validFrom, a->id) <
               std::make_tuple(b->example, -specificity(*b), a->validFrom, b->id);
    });
    return files;
}

const Criteria* MeetingAssessment::fileFor(const CriteriaSet& criteria, const Organisation& cell, QDate date)
{
    const QList<const Criteria*> files = applicableFiles(criteria, cell, date);
    return files.isEmpty() || files.first()->example ? nullptr : files.first();
}

Result<MeetingAssessment> MeetingAssessment::open(const Workspace& workspace, const QUuid& cellId)
{
    const Result<ScoringSnapshot> snapshot = ScoringSnapshot::load(workspace, cellId);
    if (!snapshot)
        return snapshot.error();
    return of(*snapshot, cellId);
}

Result<MeetingAssessment> MeetingAssessment::of(const ScoringSnapshot& snapshot, const QUuid& cellId)
{
    const Dataset& all = snapshot.dataset;
    const auto cell = std::find_if(all.organisations.cbegin(), all.organisations.cend(),
                                   [&](const Organisation& org) { return org.id == cellId; });
    if (cell == all.organisations.cend() || !cell->isCell())
        return unknownCell(cellId);
    Dataset records;
    records.organisations = all.organisations;
    for (const Member& member : all.members) {
        const bool registered = std::any_of(member.memberships.cbegin(), member.memberships.cend(),
                                            [&](const CellMembership& m) { return m.orgId == cellId; });
        if (registered)
            records.members.append(member);
    }
    QSet<QUuid> meetingIds;
    for (const Meeting& meeting : all.meetings) {
        if (meeting.orgId == cellId) {
            records.meetings.append(meeting);
            meetingIds.insert(meeting.id);
        }
    }
    for (const Target& target : all.targets) {
        if (target.orgId == cellId)
            records.targets.append(target);
    }
    for (const Rating& rating : all.ratings) {
        if (meetingIds.contains(rating.subjectId))
            records.ratings.append(rating);
    }
    return MeetingAssessment(*cell, std::move(records));
}

void MeetingAssessment::setMeeting(const Meeting& meeting)
{
    if (meeting.orgId == m_cell.id)
        replaceById(m_records.meetings, meeting);
}

void MeetingAssessment::removeMeeting(const QUuid& meetingId)
{
    m_records.meetings.removeIf([&](const Meeting& meeting) { return meeting.id == meetingId; });
    m_records.ratings.removeIf([&](const Rating& rating) { return rating.subjectId == meetingId; });
}

void MeetingAssessment::setRatings(const QUuid& meetingId, const QList<Rating>& ratings)
{
    replaceRatingsOf(m_records.ratings, meetingId, ratings);
}

void MeetingAssessment::setTargets(QList<Target> targets)
{
    targets.removeIf([&](const Target& target) { return target.orgId != m_cell.id; });
    m_records.targets = std::move(targets);
}

Result<ScoreCard> MeetingAssessment::evaluate(const CriteriaSet& criteria, const Meeting& meeting,
                                              const QList<Rating>& ratings, const Criteria* file) const
{
    if (meeting.orgId != m_cell.id) {
        return Error{QStringLiteral("assessment.other-cell"),
                     tr("The meeting is not a meeting of %1.").arg(m_cell.name),
                     {}};
    }
    if (!meeting.date.isValid())
        return Error{QStringLiteral("assessment.no-date"), tr("The meeting has no date."), {}};
    const Criteria* rules = file ? file : fileFor(criteria, m_cell, meeting.date);
    if (!rules) {
        return Error{QStringLiteral("assessment.no-criteria"),
                     tr("No meeting-quality criteria file applies to %1 on %2.")
                         .arg(m_cell.name, meeting.date.toString(u"dd/MM/yyyy")),
                     {}};
    }
    // The lists are shared with m_records until changed: only the meeting list and the ratings are copied.
    Dataset records = m_records;
    replaceById(records.meetings, asHeld(meeting));
    replaceRatingsOf(records.ratings, meeting.id, ratings);
    ScoringInput input;
    input.dataset = &records;
    input.scopeOrgId = m_cell.id;
    input.year = meeting.date.year();
    input.month = meeting.date.month();
    input.asOf = meeting.date;
    const Result<ScoreRun> run = ScoringEngine(criteria).evaluate(rules->id, input);
    if (!run)
        return run.error();
    for (const ScoreCard& card : run->cards) {
        if (card.subjectId == meeting.id && card.criteriaId == rules->id)
            return card;
    }
    return Error{QStringLiteral("assessment.not-applicable"),
                 tr("The criteria file “%1” does not apply to this meeting.").arg(rules->id),
                 rules->sourceName};
}

Result<QHash<QUuid, ScoreCard>> MeetingAssessment::evaluateYear(const CriteriaSet& criteria, int year) const
{
    QHash<QUuid, QString> fileOf; // meeting → the id of the file that assesses it
    QStringList ids;
    for (const Meeting& meeting : m_records.meetings) {
        if (meeting.date.year() != year || meeting.state == MeetingState::Draft)
            continue;
        if (const Criteria* file = fileFor(criteria, m_cell, meeting.date)) {
            fileOf.insert(meeting.id, file->id);
            if (!ids.contains(file->id))
                ids.append(file->id);
        }
    }
    QHash<QUuid, ScoreCard> cards;
    if (ids.isEmpty())
        return cards;
    ScoringInput input;
    input.dataset = &m_records;
    input.scopeOrgId = m_cell.id;
    input.year = year;
    const Result<ScoreRun> run = ScoringEngine(criteria).evaluate(ids, input);
    if (!run)
        return run.error();
    for (const ScoreCard& card : run->cards) {
        if (card.subjectKind == SubjectKind::Meeting && fileOf.value(card.subjectId) == card.criteriaId)
            cards.insert(card.subjectId, card);
    }
    return cards;
}

} // namespace chibo
