// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneWorld.h"
#include "MetricsTestKit.h"
#include "support/Catch.h"

using namespace chibo;
using namespace chibo::test;

namespace {

struct MemberReading {
    Dataset data = CommuneWorld::build();
    ScoringInput input = anInput(data, CommuneWorld::huyen(), 2025, 0, QDate(2025, 6, 15));
    MetricIndex index{input};

    ScoreValue of(const QString& metric, const QString& name, const QMap<QString, QString>& a = {}) const
    {
        return value(metric, name, a).value;
    }
    MetricValue value(const QString& metric, const QString& name, const QMap<QString, QString>& a = {}) const
    {
        const SubjectRef subject = subjectOf(index.subjects(SubjectKind::MemberYear), CommuneWorld::id(name));
        REQUIRE_FALSE(subject.id.isNull());
        return index.value(metric, a, subject);
    }
};

const QString an = QStringLiteral("Nguyễn Văn An");
const QString binh = QStringLiteral("Đặng Thị Bình");
const QString yBhim = QStringLiteral("Y Bhim Niê");
const QString dung = QStringLiteral("Trần Thị Dung");
const QString em = QStringLiteral("Hoàng Văn Em");
const QString gam = QStringLiteral("Phạm Thị Gấm");
const QString ngoc = QStringLiteral("Hoàng Thị Ngọc");

} // namespace

TEST_CASE("member attendance and months inactive over the year so far")
{
    const MemberReading r;
    CHECK(r.of(QStringLiteral("member.meetings_expected"), yBhim) == ScoreValue::of(5));
    CHECK(r.of(QStringLiteral("member.meetings_attended"), yBhim) == ScoreValue::of(1));
    const MetricValue rate = r.value(QStringLiteral("member.attendance_rate"), yBhim);
    CHECK(rate.value == ScoreValue::of(Rational(1, 5)));
    CHECK(rate.records.size() == 4);
    CHECK(r.of(QStringLiteral("member.absent_unexcused"), yBhim) == ScoreValue::of(3));
    CHECK(r.of(QStringLiteral("member.absent_excused"), yBhim) == ScoreValue::of(1));
    const MetricValue inactive = r.value(QStringLiteral("member.months_inactive"), yBhim);
    CHECK(inactive.value == ScoreValue::of(3));
    CHECK(hasRecord(inactive, QStringLiteral("attendance"),
                    CommuneWorld::id(QStringLiteral("Ea Kring tháng 2")),
                    CommuneWorld::id(yBhim).toString(QUuid::WithoutBraces)));
    CHECK(r.of(QStringLiteral("member.months_inactive"), an) == ScoreValue::of(0));
    // Admitted on 20 April: expected only in May.
    CHECK(r.of(QStringLiteral("member.meetings_expected"), ngoc) == ScoreValue::of(1));
    // Thôn 1's April meeting has no attendance rows: Gấm was expected and is not counted as present.
    CHECK(r.of(QStringLiteral("member.attendance_rate"), gam) == ScoreValue::of(0));
    // Thôn 3 held no meeting: nothing to measure.
    CHECK(r.of(QStringLiteral("member.attendance_rate"), QStringLiteral("Vũ Văn Hải")).isMissing());
}

TEST_CASE("member leave is counted in days within the period up to the effective end")
{
    const MemberReading r;
    const MetricValue sick = r.value(QStringLiteral("member.sick_leave_days"), dung);
    CHECK(sick.value == ScoreValue::of(41)); // 1 January – 10 February
    CHECK(hasRecord(sick, QStringLiteral("leave"), CommuneWorld::id(QStringLiteral("Nghỉ ốm Dung"))));
    CHECK(r.of(QStringLiteral("member.maternity_leave_days"), dung) == ScoreValue::of(0));
    CHECK(r.of(QStringLiteral("member.maternity_leave_days"), gam) == ScoreValue::of(46)); // 1 May – 15 June
}

TEST_CASE("member dues, disciplines, targets, violations and commendations")
{
    const MemberReading r;
    const MetricValue dues = r.value(QStringLiteral("member.months_dues_unpaid"), binh);
    CHECK(dues.value == ScoreValue::of(3)); // August is after 15 June
    CHECK(dues.records.size() == 3);
    CHECK(hasRecord(dues, QStringLiteral("dues"), CommuneWorld::id(binh), QStringLiteral("2025-03")));
    CHECK(r.of(QStringLiteral("member.disciplines"), binh) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("member.disciplines_not_self_remedied"), binh) == ScoreValue::of(0));
    CHECK(r.of(QStringLiteral("member.disciplines"), binh, args({{u"form", u"warning"}})) ==
          ScoreValue::of(0));
    CHECK(r.of(QStringLiteral("member.disciplines"), an, args({{u"form", u"warning"}})) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("member.disciplines_not_self_remedied"), an) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("member.targets"), binh) == ScoreValue::of(2));
    CHECK(r.of(QStringLiteral("member.targets_met"), binh) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("member.targets_missed"), binh) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("member.targets_exceeded"), binh) == ScoreValue::of(0));
    CHECK(r.of(QStringLiteral("member.targets_met_rate"), binh) == ScoreValue::of(Rational(1, 2)));
    CHECK(r.of(QStringLiteral("member.targets_met_rate"), an).isMissing());
    CHECK(r.of(QStringLiteral("member.violations"), dung) == ScoreValue::of(2));
    CHECK(r.of(QStringLiteral("member.violations"), dung, args({{u"kind", u"social_evils"}})) ==
          ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("member.violations"), gam) == ScoreValue::of(0)); // August
    CHECK(r.of(QStringLiteral("member.commendations"), binh) == ScoreValue::of(1));
}

TEST_CASE("member standing, probation and working days at the effective end")
{
    const MemberReading r;
    CHECK(r.of(QStringLiteral("member.months_since_admission"), an) == ScoreValue::of(185));
    CHECK(r.of(QStringLiteral("member.holds_post"), an) == ScoreValue::ofBool(true));
    CHECK(r.of(QStringLiteral("member.holds_post"), binh) == ScoreValue::ofBool(false));
    CHECK(r.of(QStringLiteral("member.is_exempt"), QStringLiteral("Lý Văn Phúc")) ==
          ScoreValue::ofBool(true));
    CHECK(r.of(QStringLiteral("member.is_suspended"), an) == ScoreValue::ofBool(false));
    CHECK(r.of(QStringLiteral("member.is_temporarily_away"), an) == ScoreValue::ofBool(false));
    CHECK(r.of(QStringLiteral("member.works_in_political_system"), an) == ScoreValue::ofBool(false));
    // Em's probation ended on 6 May 2025 (Tuesday): 28 weekdays from 7 May to 15 June.
    CHECK(r.of(QStringLiteral("member.is_probationary"), em) == ScoreValue::ofBool(true));
    CHECK(r.of(QStringLiteral("member.probation_ended"), em) == ScoreValue::ofBool(true));
    CHECK(r.of(QStringLiteral("member.working_days_since_probation_end"), em) == ScoreValue::of(28));
    CHECK(r.of(QStringLiteral("member.probation_ended"), ngoc) == ScoreValue::ofBool(false));
    CHECK(r.of(QStringLiteral("member.working_days_since_probation_end"), ngoc).isMissing());
    CHECK(r.of(QStringLiteral("member.months_since_admission"), ngoc) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("member.official_date_differs"), binh) == ScoreValue::ofBool(true));
    CHECK(r.of(QStringLiteral("member.official_date_differs"), an) == ScoreValue::ofBool(false));
    CHECK(r.of(QStringLiteral("member.official_date_differs"), em) == ScoreValue::ofBool(false));
}
