// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriteriaBuilder.h"
#include "EngineScenario.h"
#include "support/Catch.h"

using namespace chibo;
using namespace chibo::test;

namespace {

QStringList reasonIds(const ScoreCard& card)
{
    QStringList ids;
    for (const Reason& reason : card.reasons)
        ids.append(reason.ruleId);
    return ids;
}

/// QĐ 366-like ladder on self-assessed points and exceeded targets, with a cap for long sick leave.
Criteria pointsLadder()
{
    Criteria criteria = memberYearCriteria(QStringLiteral("xep-loai-dang-vien-thu"));
    criteria.parameters.insert(QStringLiteral("htxs_points"), Rational(90));
    criteria.indicators.append(
        enteredIndicator(QStringLiteral("tu-cham-diem"), InputSpec::Kind::Points, 100));
    const Node highScore = op(Node::Op::Ge, {total(), param(QStringLiteral("htxs_points"))});
    criteria.ladder = {
        ladderRule(QStringLiteral("htxs"), QStringLiteral("htxs"),
                   op(Node::Op::All,
                      {highScore, op(Node::Op::Ge, {metric(QStringLiteral("member.targets_exceeded_rate")),
                                                    number(Rational(3, 10))})})),
        ladderRule(QStringLiteral("tren-90-thieu-dieu-kien"), QStringLiteral("htt"), highScore),
        ladderRule(QStringLiteral("htt"), QStringLiteral("htt"), op(Node::Op::Ge, {total(), number(70)})),
    };
    criteria.ladder[1].flag = true;
    criteria.otherwise = QStringLiteral("ht");
    criteria.caps.append({QStringLiteral("nghi-om"), text(QStringLiteral("Nghỉ ốm từ 3 tháng trở lên")),
                          QStringLiteral("HD 21-HD/BTCTW mục II.6"), QStringLiteral("ht"),
                          op(Node::Op::Ge, {metric(QStringLiteral("member.sick_leave_days")), number(90)})});
    return criteria;
}

} // namespace

TEST_CASE("The exception of a rule skips it and is recorded: a self-discovered, remedied discipline")
{
    EngineScenario scenario;
    const QUuid an = scenario.addMember(QStringLiteral("Nguyễn Văn An"), EngineScenario::eaKring());
    const QUuid binh = scenario.addMember(QStringLiteral("Đặng Thị Bình"), EngineScenario::eaKring());
    const QUuid cuong = scenario.addMember(QStringLiteral("Trần Văn Cường"), EngineScenario::tanLap());
    scenario.addDiscipline(an, QDate(2025, 4, 2), true, true);
    scenario.addDiscipline(binh, QDate(2025, 4, 2), false, true);
    Criteria criteria = memberYearCriteria(QStringLiteral("xep-loai-thu"));
    criteria.ladder = {
        ladderRule(QStringLiteral("kht-ky-luat"), QStringLiteral("kht"),
                   op(Node::Op::Gt, {metric(QStringLiteral("member.disciplines")), number(0)})),
        ladderRule(QStringLiteral("ht-con-lai"), QStringLiteral("ht"), boolean(true))};
    criteria.ladder[0].unless =
        op(Node::Op::Eq, {metric(QStringLiteral("member.disciplines_not_self_remedied")), number(0)});

    const ScoreCard remedied = scenario.card(criteria, an);
    CHECK(remedied.level == u"ht");
    REQUIRE(remedied.reasons.size() == 2);
    CHECK(remedied.reasons[0].kind == Reason::Kind::Exception);
    CHECK(remedied.reasons[0].ruleId == u"kht-ky-luat");
    CHECK(remedied.reasons[0].checks.size() == 2);
    CHECK(remedied.reasons[0].checks[1].what == u"metric:member.disciplines_not_self_remedied");
    CHECK(remedied.reasons[1].kind == Reason::Kind::Rule);
    CHECK(remedied.reasons[1].met == Truth::True);
    CHECK(remedied.flags.isEmpty());

    const ScoreCard disciplined = scenario.card(criteria, binh);
    CHECK(disciplined.level == u"kht");
    CHECK(reasonIds(disciplined) == QStringList{QStringLiteral("kht-ky-luat")});
    CHECK(disciplined.reasons.first().legalRef == u"QĐ 366-QĐ/TW Điều 11 khoản kht");

    const ScoreCard clean = scenario.card(criteria, cuong);
    CHECK(clean.level == u"ht");
    REQUIRE(clean.reasons.size() == 2);
    CHECK(clean.reasons[0].met == Truth::False); // why not lower: no discipline
    CHECK(clean.reasons[0].checks.first().actual == ScoreValue::of(0));
}

TEST_CASE("A flag rung proposes its level and flags the case, and the reasons say why not higher")
{
    EngineScenario scenario;
    const QUuid an = scenario.addMember(QStringLiteral("Nguyễn Văn An"), EngineScenario::eaKring());
    const QUuid binh = scenario.addMember(QStringLiteral("Đặng Thị Bình"), EngineScenario::eaKring());
    const Criteria criteria = pointsLadder();
    scenario.addRating(criteria.id, QStringLiteral("tu-cham-diem"), an, QStringLiteral("2025"),
                       QStringLiteral("95"));
    scenario.addTargets(an, 10, 4);
    scenario.addRating(criteria.id, QStringLiteral("tu-cham-diem"), binh, QStringLiteral("2025"),
                       QStringLiteral("92"));
    scenario.addTargets(binh, 10, 2);

    const ScoreCard best = scenario.card(criteria, an);
    CHECK(best.level == u"htxs");
    CHECK(best.flags.isEmpty());
    CHECK(reasonIds(best) == QStringList{QStringLiteral("htxs")});

    const ScoreCard proposed = scenario.card(criteria, binh);
    CHECK(proposed.level == u"htt");
    CHECK(EngineScenario::flagIds(proposed) == QStringList{QStringLiteral("tren-90-thieu-dieu-kien")});
    CHECK(proposed.needsDecision());
    REQUIRE(proposed.reasons.size() == 2);
    const Reason& whyNot = proposed.reasons[0];
    CHECK(whyNot.ruleId == u"htxs");
    CHECK(whyNot.met == Truth::False);
    REQUIRE(whyNot.checks.size() == 1); // only the comparison that failed
    CHECK(whyNot.checks[0].what == u"metric:member.targets_exceeded_rate");
    CHECK(whyNot.checks[0].actual == ScoreValue::of(Rational(1, 5)));
    CHECK(whyNot.checks[0].op == u">=");
    CHECK(whyNot.checks[0].expected == ScoreValue::of(Rational(3, 10)));
    CHECK(proposed.reasons[1].ruleId == u"tren-90-thieu-dieu-kien");
    CHECK(proposed.reasons[1].met == Truth::True);
    CHECK(proposed.reasons[1].checks.first().what == u"total");
    CHECK(proposed.reasons[1].checks.first().expected == ScoreValue::of(90));
}

TEST_CASE("A cap lowers the level: three months of sick leave allow at most HT")
{
    EngineScenario scenario;
    const QUuid bhim = scenario.addMember(QStringLiteral("Y Bhim Niê"), EngineScenario::eaKring());
    const QUuid hoa = scenario.addMember(QStringLiteral("Lê Thị Hoa"), EngineScenario::eaKring());
    const Criteria criteria = pointsLadder();
    scenario.addRating(criteria.id, QStringLiteral("tu-cham-diem"), bhim, QStringLiteral("2025"),
                       QStringLiteral("95"));
    scenario.addTargets(bhim, 10, 5);
    scenario.addSickLeave(bhim, QDate(2025, 3, 1), QDate(2025, 5, 29)); // 90 days
    scenario.addRating(criteria.id, QStringLiteral("tu-cham-diem"), hoa, QStringLiteral("2025"),
                       QStringLiteral("60"));
    scenario.addSickLeave(hoa, QDate(2025, 3, 1), QDate(2025, 6, 30));

    const ScoreCard capped = scenario.card(criteria, bhim);
    CHECK(capped.level == u"ht");
    REQUIRE(capped.reasons.size() == 2);
    CHECK(capped.reasons[0].level == u"htxs");
    const Reason& cap = capped.reasons[1];
    CHECK(cap.kind == Reason::Kind::Cap);
    CHECK(cap.ruleId == u"nghi-om");
    CHECK(cap.level == u"ht");
    CHECK(cap.checks.first().actual == ScoreValue::of(90));

    const ScoreCard alreadyLower = scenario.card(criteria, hoa); // HT from `otherwise`: nothing to lower
    CHECK(alreadyLower.level == u"ht");
    CHECK(reasonIds(alreadyLower) == QStringList{QStringLiteral("htxs"),
                                                 QStringLiteral("tren-90-thieu-dieu-kien"),
                                                 QStringLiteral("htt")});
}

TEST_CASE("Eligibility: members admitted less than 6 months ago and exempt members are not rated")
{
    EngineScenario scenario;
    const QUuid newMember =
        scenario.addMember(QStringLiteral("H'Hen Mlô"), EngineScenario::eaKring(), QDate(2025, 9, 1));
    const QUuid exempt = scenario.addMember(QStringLiteral("Phạm Văn Dũng"), EngineScenario::eaKring());
    scenario.addExemption(exempt, QDate(2024, 3, 1));
    const QUuid rated = scenario.addMember(QStringLiteral("Nguyễn Thị Mai"), EngineScenario::eaKring());
    Criteria criteria = pointsLadder();
    criteria.eligibility = {
        {QStringLiteral("moi-ket-nap"), text(QStringLiteral("Kết nạp chưa đủ 6 tháng")),
         QStringLiteral("HD 21 mục II.2"),
         op(Node::Op::Lt, {metric(QStringLiteral("member.months_since_admission")), number(6)})},
        {QStringLiteral("mien-sinh-hoat"), text(QStringLiteral("Được miễn công tác và sinh hoạt đảng")),
         QStringLiteral("HD 21 mục II.2"),
         op(Node::Op::Eq, {metric(QStringLiteral("member.is_exempt")), boolean(true)})},
    };

    const ScoreCard young = scenario.card(criteria, newMember);
    CHECK_FALSE(young.rated);
    CHECK(young.level.isEmpty());
    CHECK(young.indicators.isEmpty());
    CHECK_FALSE(young.needsDecision());
    REQUIRE(young.reasons.size() == 1);
    CHECK(young.reasons[0].kind == Reason::Kind::NotRated);
    CHECK(young.reasons[0].ruleId == u"moi-ket-nap");
    CHECK(young.reasons[0].checks.first().actual == ScoreValue::of(3));

    const ScoreCard excused = scenario.card(criteria, exempt);
    CHECK_FALSE(excused.rated);
    CHECK(reasonIds(excused) == QStringList{QStringLiteral("mien-sinh-hoat")});

    const ScoreCard member = scenario.card(criteria, rated);
    CHECK(member.rated);
    CHECK(member.indicators.size() == 1);
}

TEST_CASE("Unknown conditions are flagged, never guessed: eligibility, caps and flag rules")
{
    EngineScenario scenario; // no meetings: the attendance share is missing
    const QUuid an = scenario.addMember(QStringLiteral("Nguyễn Văn An"), EngineScenario::school());
    Criteria criteria = memberYearCriteria(QStringLiteral("xep-loai-thu"));
    const Node lowAttendance =
        op(Node::Op::Lt, {metric(QStringLiteral("member.attendance_rate")), number(Rational(1, 2))});
    criteria.eligibility = {{QStringLiteral("bo-sinh-hoat"), text(QStringLiteral("Bỏ sinh hoạt")),
                             QStringLiteral("Điều lệ Đảng Điều 8"), lowAttendance}};
    criteria.ladder = {ladderRule(QStringLiteral("htt"), QStringLiteral("htt"), boolean(true))};
    criteria.caps = {{QStringLiteral("it-du-hop"), text(QStringLiteral("Dự họp dưới một nửa")),
                      QStringLiteral("HD 21"), QStringLiteral("ht"), lowAttendance}};
    criteria.flags = {{QStringLiteral("can-xem-du-hop"), text(QStringLiteral("Cần xem lại việc dự họp")),
                       QStringLiteral("ChiBo: flag"), lowAttendance}};

    const ScoreCard card = scenario.card(criteria, an);
    CHECK(card.rated);
    CHECK(card.level == u"htt");
    CHECK(EngineScenario::flagIds(card) == QStringList{QStringLiteral("bo-sinh-hoat"),
                                                       QStringLiteral("it-du-hop"),
                                                       QStringLiteral("can-xem-du-hop")});
    CHECK(card.flags[2].checks.first().result == Truth::Unknown);

    criteria.ladder.clear();
    criteria.caps.clear();
    criteria.flags.clear();
    criteria.eligibility.clear();
    CHECK(EngineScenario::flagIds(scenario.card(criteria, an)) == QStringList{QStringLiteral("no-level")});
}
