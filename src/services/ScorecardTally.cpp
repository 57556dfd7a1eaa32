// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ScorecardTally.h"

#include "core/YearMonth.h"

namespace chibo {

namespace {

QList<ScorecardTally>& monthsOf(QHash<QUuid, QList<ScorecardTally>>& tallies, const QUuid& cellId)
{
    QList<ScorecardTally>& months = tallies[cellId];
    if (months.isEmpty())
        months.resize(YearMonth::MonthsPerYear);
    return months;
}

} // namespace

ScoreValue ScorecardTally::attendanceRate() const
{
    const auto rate = Rational::ratio(attended, expected);
    return rate ? ScoreValue::of(*rate) : ScoreValue::missing();
}

ScoreValue ScorecardTally::meetingScore() const
{
    if (scoredMeetings > 0 && maxPoints != Rational(0))
        return ScoreValue::of(points / maxPoints);
    const auto share = Rational::ratio(criteriaMet, criteriaJudged);
    return share ? ScoreValue::of(*share) : ScoreValue::missing();
}

ScorecardTally& ScorecardTally::operator+=(const ScorecardTally& other)
{
    regularMeetings += other.regularMeetings;
    attended += other.attended;
    expected += other.expected;
    scoredMeetings += other.scoredMeetings;
    points = points + other.points;
    maxPoints = maxPoints + other.maxPoints;
    criteriaJudged += other.criteriaJudged;
    criteriaMet += other.criteriaMet;
    return *this;
}

QHash<QUuid, QList<ScorecardTally>> ScorecardTally::ofMeetings(const Dataset& dataset, int year, QDate end)
{
    QHash<QUuid, QList<ScorecardTally>> tallies;
    for (const Meeting& meeting : dataset.meetings) {
        if (meeting.date.year() != year || meeting.date > end || meeting.state == MeetingState::Draft)
            continue;
        ScorecardTally& month = monthsOf(tallies, meeting.orgId)[meeting.date.month() - 1];
        if (meeting.kind == MeetingKind::Regular || meeting.kind == MeetingKind::Combined)
            ++month.regularMeetings;
        for (const Attendance& row : meeting.attendance) {
            ++month.expected;
            if (row.attended())
                ++month.attended;
        }
    }
    return tallies;
}

void ScorecardTally::addMeetingScores(QHash<QUuid, QList<ScorecardTally>>& tallies, const ScoreRun& run,
                                      const MeetingQualityForms& forms, int year)
{
    for (const ScoreCard& card : run.cards) {
        if (card.subjectKind != SubjectKind::Meeting || !card.rated)
            continue;
        const QDate date = QDate::fromString(card.period, Qt::ISODate);
        if (!forms.find(card.criteriaId) || date.year() != year)
            continue;
        ScorecardTally& month = monthsOf(tallies, card.orgId)[date.month() - 1];
        if (forms.byPoints && card.hasPoints && card.maxTotal != Rational(0)) {
            ++month.scoredMeetings;
            month.points = month.points + card.total;
            month.maxPoints = month.maxPoints + card.maxTotal;
        } else if (!forms.byPoints) {
            const MeetingQualityForms::CriteriaCount count = MeetingQualityForms::criteriaMet(card);
            month.criteriaJudged += count.judged;
            month.criteriaMet += count.met;
        }
    }
}

ScorecardTally ScorecardTally::yearOf(const QHash<QUuid, QList<ScorecardTally>>& tallies, const QUuid& cellId)
{
    ScorecardTally sum;
    for (const ScorecardTally& month : tallies.value(cellId))
        sum += month;
    return sum;
}

} // namespace chibo
