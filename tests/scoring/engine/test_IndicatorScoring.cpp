// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriteriaBuilder.h"
#include "EngineScenario.h"
#include "support/Catch.h"

using namespace chibo;
using namespace chibo::test;

namespace {

const IndicatorResult& indicatorOf(const ScoreCard& card, const QString& id)
{
    for (const IndicatorResult& result : card.indicators) {
        if (result.id == id)
            return result;
    }
    FAIL("no indicator " << id.toStdString());
    return card.indicators.first();
}

/// Attendance points by band (below 1/2: 0, to 85 %: 10, from 85 %: 20), 5 more for a meeting of at
/// least 120 minutes, at most 20; passes above 85 %.
Criteria attendanceCriteria()
{
    Criteria criteria = meetingCriteria(QStringLiteral("chat-luong-sinh-hoat-thu"));
    Indicator attendance =
        computedIndicator(QStringLiteral("ty-le-du-hop"), metric(QStringLiteral("meeting.attendance_rate")));
    attendance.bands = {{Rational(0), Rational(1, 2), Rational(0), {}},
                        {Rational(1, 2), Rational(17, 20), Rational(10), {}},
                        {Rational(17, 20), std::nullopt, Rational(20), {}}};
    attendance.maxPoints = Rational(20);
    attendance.bonuses.append(
        {QStringLiteral("hop-du-gio"), text(QStringLiteral("Họp đủ thời gian")),
         QStringLiteral("HD 42-HD/BTCTW mục 3"),
         op(Node::Op::Ge, {metric(QStringLiteral("meeting.duration_minutes")), number(120)}), Rational(5)});
    attendance.pass = op(Node::Op::Gt, {currentValue(), number(Rational(17, 20))});
    criteria.indicators.append(attendance);
    return criteria;
}

struct MeetingPair {
    EngineScenario scenario;
    QUuid partial;
    QUuid full;
};

MeetingPair twoMeetings()
{
    MeetingPair out;
    EngineScenario& s = out.scenario;
    const QList<QUuid> members = {s.addMember(QStringLiteral("Nguyễn Văn An"), EngineScenario::eaKring()),
                                  s.addMember(QStringLiteral("Đặng Thị Bình"), EngineScenario::eaKring()),
                                  s.addMember(QStringLiteral("Y Bhim Niê"), EngineScenario::eaKring()),
                                  s.addMember(QStringLiteral("H'Hen Mlô"), EngineScenario::eaKring()),
                                  s.addMember(QStringLiteral("Trần Văn Cường"), EngineScenario::eaKring())};
    out.partial =
        s.addMeeting(QStringLiteral("Sinh hoạt thường kỳ tháng 3"), EngineScenario::eaKring(),
                     QDate(2025, 3, 10), QTime(8, 0), QTime(10, 0), members.mid(0, 4), {members[4]});
    out.full = s.addMeeting(QStringLiteral("Sinh hoạt thường kỳ tháng 4"), EngineScenario::eaKring(),
                            QDate(2025, 4, 10), QTime(8, 0), QTime(10, 30), members);
    return out;
}

} // namespace

TEST_CASE("A band gives points, a bonus adds to them and max_points caps the sum")
{
    const MeetingPair world = twoMeetings();
    const Criteria criteria = attendanceCriteria();

    const ScoreCard partial = world.scenario.card(criteria, world.partial);
    REQUIRE(partial.subjectId == world.partial);
    const IndicatorResult& four = indicatorOf(partial, QStringLiteral("ty-le-du-hop"));
    CHECK(four.value == ScoreValue::of(Rational(4, 5)));
    CHECK(four.points == Rational(15)); // band 10 + bonus 5
    CHECK(four.maxPoints == Rational(20));
    CHECK(four.scored);
    CHECK(partial.hasPoints);
    CHECK(partial.total == Rational(15));
    CHECK(partial.maxTotal == Rational(20));

    const ScoreCard full = world.scenario.card(criteria, world.full);
    CHECK(indicatorOf(full, QStringLiteral("ty-le-du-hop")).points == Rational(20)); // 20 + 5, capped
    CHECK(full.total == Rational(20));
    CHECK(full.criteriaId == u"chat-luong-sinh-hoat-thu");
    CHECK(full.criteriaVersion == u"2025.1");
    CHECK(full.contentHash == u"0123abcd");
    CHECK(full.period == u"2025-04-10");
    CHECK(full.orgId == EngineScenario::eaKring());
}

TEST_CASE("Pass and fail record the comparison that decided them, with the threshold")
{
    const MeetingPair world = twoMeetings();
    const Criteria criteria = attendanceCriteria();

    const IndicatorResult failed =
        indicatorOf(world.scenario.card(criteria, world.partial), QStringLiteral("ty-le-du-hop"));
    CHECK(failed.outcome == IndicatorOutcome::Fail);
    REQUIRE(failed.passChecks.size() == 1);
    const Check& check = failed.passChecks.first();
    CHECK(check.what == u"indicator:ty-le-du-hop");
    CHECK(check.actual.toString() == u"4/5");
    CHECK(check.op == u">");
    CHECK(check.expected.toString() == u"17/20");
    CHECK(check.result == Truth::False);
    CHECK(failed.legalRef == u"HD 12-HD/BTCTW tiêu chí 1");
    CHECK_FALSE(failed.records.isEmpty());
    CHECK(std::is_sorted(failed.records.cbegin(), failed.records.cend()));

    const IndicatorResult passed =
        indicatorOf(world.scenario.card(criteria, world.full), QStringLiteral("ty-le-du-hop"));
    CHECK(passed.outcome == IndicatorOutcome::Pass);
    CHECK(passed.passChecks.first().result == Truth::True);
}

TEST_CASE("An entered value that is missing is flagged as not entered and leaves the level undetermined")
{
    EngineScenario scenario;
    const QUuid an = scenario.addMember(QStringLiteral("Nguyễn Văn An"), EngineScenario::eaKring());
    const QUuid binh = scenario.addMember(QStringLiteral("Đặng Thị Bình"), EngineScenario::eaKring());
    Criteria criteria = memberYearCriteria(QStringLiteral("xep-loai-thu"));
    criteria.indicators.append(
        enteredIndicator(QStringLiteral("tu-cham-diem"), InputSpec::Kind::Points, 100));
    criteria.ladder = {ladderRule(QStringLiteral("htt-diem"), QStringLiteral("htt"),
                                  op(Node::Op::Ge, {total(), number(70)}))};
    criteria.otherwise = QStringLiteral("ht");
    scenario.addRating(criteria.id, QStringLiteral("tu-cham-diem"), binh, QStringLiteral("2025"),
                       QStringLiteral("72.5"));

    const ScoreCard missing = scenario.card(criteria, an);
    CHECK(missing.rated);
    CHECK(missing.level.isEmpty());
    CHECK(EngineScenario::flagIds(missing) ==
          QStringList{QStringLiteral("not-entered:tu-cham-diem"), QStringLiteral("undetermined:htt-diem")});
    CHECK(indicatorOf(missing, QStringLiteral("tu-cham-diem")).outcome == IndicatorOutcome::Missing);
    CHECK(missing.needsDecision());
    REQUIRE(missing.reasons.size() == 1);
    CHECK(missing.reasons.first().met == Truth::Unknown);
    CHECK(missing.reasons.first().checks.first().what == u"total");

    const ScoreCard entered = scenario.card(criteria, binh);
    CHECK(entered.level == u"htt");
    CHECK(entered.flags.isEmpty());
    CHECK(entered.total == Rational(145, 2));
    const IndicatorResult& points = indicatorOf(entered, QStringLiteral("tu-cham-diem"));
    CHECK(points.value == ScoreValue::of(Rational(145, 2)));
    REQUIRE(points.records.size() == 1);
    CHECK(points.records.first().kind == u"rating");
}

TEST_CASE("An entered value outside what the file allows is flagged, never used")
{
    EngineScenario scenario;
    const QUuid an = scenario.addMember(QStringLiteral("Nguyễn Văn An"), EngineScenario::eaKring());
    const QUuid bhim = scenario.addMember(QStringLiteral("Y Bhim Niê"), EngineScenario::eaKring());
    Criteria criteria = memberYearCriteria(QStringLiteral("xep-loai-thu"));
    criteria.levels.clear(); // points only
    criteria.indicators.append(
        enteredIndicator(QStringLiteral("tu-cham-diem"), InputSpec::Kind::Points, 100));
    Indicator selfReview = enteredIndicator(QStringLiteral("kiem-diem"), InputSpec::Kind::YesNo);
    selfReview.maxPoints = Rational(10);
    criteria.indicators.append(selfReview);
    scenario.addRating(criteria.id, QStringLiteral("tu-cham-diem"), an, QStringLiteral("2025"),
                       QStringLiteral("120"));
    scenario.addRating(criteria.id, QStringLiteral("kiem-diem"), an, QStringLiteral("2025"),
                       QStringLiteral("có"));
    scenario.addRating(criteria.id, QStringLiteral("tu-cham-diem"), bhim, QStringLiteral("2025"),
                       QStringLiteral("80"));
    scenario.addRating(criteria.id, QStringLiteral("kiem-diem"), bhim, QStringLiteral("2025"),
                       QStringLiteral("yes"));

    const ScoreCard invalid = scenario.card(criteria, an);
    CHECK(EngineScenario::flagIds(invalid) == QStringList{QStringLiteral("invalid-entry:tu-cham-diem"),
                                                          QStringLiteral("invalid-entry:kiem-diem")});
    CHECK(indicatorOf(invalid, QStringLiteral("tu-cham-diem")).value.isMissing());

    const ScoreCard valid = scenario.card(criteria, bhim);
    CHECK(valid.flags.isEmpty());
    CHECK(indicatorOf(valid, QStringLiteral("kiem-diem")).value == ScoreValue::ofBool(true));
    CHECK(valid.total == Rational(90)); // 80 entered + 10 for yes
    CHECK(valid.maxTotal == Rational(110));
}

TEST_CASE("when_missing decides the points of a computed value that is missing")
{
    EngineScenario scenario; // no meeting at all: the member's attendance share has no denominator
    const QUuid an = scenario.addMember(QStringLiteral("Nguyễn Văn An"), EngineScenario::tanLap());
    Criteria criteria = memberYearCriteria(QStringLiteral("xep-loai-thu"));
    criteria.levels.clear();
    for (const auto& [id, rule] : {std::pair{QStringLiteral("co"), Indicator::WhenMissing::FullPoints},
                                   std::pair{QStringLiteral("khong"), Indicator::WhenMissing::NoPoints},
                                   std::pair{QStringLiteral("hoi"), Indicator::WhenMissing::Flag}}) {
        Indicator attendance = computedIndicator(id, metric(QStringLiteral("member.attendance_rate")));
        attendance.pointsFormula = op(Node::Op::Product, {currentValue(), number(10)});
        attendance.maxPoints = Rational(10);
        attendance.whenMissing = rule;
        criteria.indicators.append(attendance);
    }

    const ScoreCard card = scenario.card(criteria, an);
    CHECK(indicatorOf(card, QStringLiteral("co")).points == Rational(10));
    CHECK(indicatorOf(card, QStringLiteral("khong")).points == Rational(0));
    CHECK(indicatorOf(card, QStringLiteral("hoi")).outcome == IndicatorOutcome::Missing);
    CHECK(EngineScenario::flagIds(card) == QStringList{QStringLiteral("missing:hoi")});
    CHECK(card.total == Rational(10));
    CHECK(card.level.isEmpty());
}

TEST_CASE("An indicator reads another, and one that does not apply is left out of the maximum")
{
    EngineScenario scenario;
    const QUuid an = scenario.addMember(QStringLiteral("Nguyễn Văn An"), EngineScenario::eaKring());
    scenario.addTargets(an, 4, 1);
    Criteria criteria = memberYearCriteria(QStringLiteral("xep-loai-thu"));
    criteria.levels.clear();
    // Listed before the indicator it reads: scored after it all the same.
    Indicator sum = computedIndicator(QStringLiteral("tong"), pointsOf({QStringLiteral("chi-tieu")}));
    sum.pass = op(Node::Op::Ge, {currentValue(), number(5)});
    criteria.indicators.append(sum);
    Indicator targets =
        computedIndicator(QStringLiteral("chi-tieu"), metric(QStringLiteral("member.targets_met_rate")));
    targets.pointsFormula = op(Node::Op::Product, {currentValue(), number(10)});
    targets.maxPoints = Rational(10);
    criteria.indicators.append(targets);
    Indicator probation =
        computedIndicator(QStringLiteral("du-bi"), metric(QStringLiteral("member.is_probationary")));
    probation.appliesWhen =
        op(Node::Op::Eq, {metric(QStringLiteral("member.is_probationary")), boolean(true)});
    probation.bands = {};
    probation.pointsFormula = number(5);
    probation.maxPoints = Rational(5);
    criteria.indicators.append(probation);

    const ScoreCard card = scenario.card(criteria, an);
    REQUIRE(card.indicators.size() == 3);
    CHECK(card.indicators[0].id == u"tong"); // file order
    CHECK(card.indicators[0].value == ScoreValue::of(10));
    CHECK(card.indicators[0].outcome == IndicatorOutcome::Pass);
    CHECK(card.indicators[1].value == ScoreValue::of(1));
    CHECK(card.indicators[2].outcome == IndicatorOutcome::NotApplicable);
    CHECK(card.total == Rational(10));
    CHECK(card.maxTotal == Rational(10));
    CHECK(card.flags.isEmpty());
}
