// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneWorld.h"
#include "MetricsTestKit.h"
#include "support/Catch.h"

using namespace chibo;
using namespace chibo::test;

namespace {

/// The commune read for 2025 on 15 June 2025.
struct OrgReading {
    Dataset data = CommuneWorld::build();
    ScoringInput input = anInput(data, CommuneWorld::huyen(), 2025, 0, QDate(2025, 6, 15));
    MetricIndex index{input};

    SubjectRef year(const QUuid& org) const
    {
        return subjectOf(index.subjects(SubjectKind::OrganisationYear), org);
    }
    SubjectRef month(const QUuid& org, const QString& period) const
    {
        return subjectOf(index.subjects(SubjectKind::OrganisationMonth), org, period);
    }
    MetricValue value(const QString& metric, const SubjectRef& subject,
                      const QMap<QString, QString>& a = {}) const
    {
        REQUIRE_FALSE(subject.id.isNull());
        return index.value(metric, a, subject);
    }
    ScoreValue of(const QString& metric, const QUuid& org, const QMap<QString, QString>& a = {}) const
    {
        return value(metric, year(org), a).value;
    }
};

} // namespace

TEST_CASE("months and quarters without meetings count elapsed months the organisation existed")
{
    const OrgReading r;
    const QUuid eaKring = CommuneWorld::eaKring();
    CHECK(r.of(QStringLiteral("org.months_elapsed"), eaKring) == ScoreValue::of(5));
    CHECK(r.of(QStringLiteral("org.months_with_meeting"), eaKring) == ScoreValue::of(5));
    CHECK(r.of(QStringLiteral("org.months_without_meeting"), eaKring) == ScoreValue::of(0));
    const auto thematic = args({{u"kind", u"thematic"}});
    const MetricValue without =
        r.value(QStringLiteral("org.months_without_meeting"), r.year(eaKring), thematic);
    CHECK(without.value == ScoreValue::of(4));
    CHECK(inputOf(without, QStringLiteral("elapsed")) == ScoreValue::of(5));
    CHECK(r.of(QStringLiteral("org.meetings"), eaKring, thematic) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.meetings"), eaKring, args({{u"kind", u"regular"}})) == ScoreValue::of(5));
    CHECK(r.of(QStringLiteral("org.quarters_elapsed"), eaKring) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.quarters_with_meeting"), eaKring, thematic) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.quarters_without_meeting"), eaKring) == ScoreValue::of(0));
    // Thôn 1 was established on 1 March and met only in April.
    CHECK(r.of(QStringLiteral("org.months_elapsed"), CommuneWorld::thon1()) == ScoreValue::of(3));
    CHECK(r.of(QStringLiteral("org.months_without_meeting"), CommuneWorld::thon1()) == ScoreValue::of(2));
    // It existed during the first quarter (from 1 March), which had no meeting.
    CHECK(r.of(QStringLiteral("org.quarters_elapsed"), CommuneWorld::thon1()) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.quarters_without_meeting"), CommuneWorld::thon1()) == ScoreValue::of(1));
    // June has not ended on 15 June.
    const SubjectRef june = r.month(eaKring, QStringLiteral("2025-06"));
    CHECK(june.to == QDate(2025, 6, 15));
    CHECK(r.value(QStringLiteral("org.months_elapsed"), june).value == ScoreValue::of(0));
    CHECK(r.value(QStringLiteral("org.months_elapsed"), r.month(eaKring, QStringLiteral("2025-05"))).value ==
          ScoreValue::of(1));
}

TEST_CASE("organisation attendance, documents and minutes are shares over held meetings")
{
    const OrgReading r;
    const QUuid eaKring = CommuneWorld::eaKring();
    const MetricValue rate = r.value(QStringLiteral("org.attendance_rate"), r.year(eaKring));
    CHECK(rate.value == ScoreValue::of(Rational(16, 21)));
    CHECK(inputOf(rate, QStringLiteral("expected")) == ScoreValue::of(21));
    CHECK(rate.records.size() == 5);
    const MetricValue unexcused = r.value(QStringLiteral("org.absent_unexcused"), r.year(eaKring));
    CHECK(unexcused.value == ScoreValue::of(4));
    CHECK(hasRecord(unexcused, QStringLiteral("attendance"),
                    CommuneWorld::id(QStringLiteral("Ea Kring tháng 4")),
                    CommuneWorld::id(QStringLiteral("Lê Văn Cường")).toString(QUuid::WithoutBraces)));
    CHECK(r.of(QStringLiteral("org.documents_on_time_rate"), eaKring, args({{u"days", u"1"}})) ==
          ScoreValue::of(Rational(1, 5)));
    CHECK(r.of(QStringLiteral("org.documents_on_time_rate"), eaKring, args({{u"days", u"0"}})) ==
          ScoreValue::of(Rational(2, 5)));
    CHECK(r.of(QStringLiteral("org.minutes_recorded_rate"), eaKring) == ScoreValue::of(Rational(2, 5)));
    CHECK(r.of(QStringLiteral("org.attendance_rate"), CommuneWorld::thon3()).isMissing());
}

TEST_CASE("targets due by the effective end are counted, met, exceeded and missed")
{
    const OrgReading r;
    const QUuid eaKring = CommuneWorld::eaKring();
    const MetricValue targets = r.value(QStringLiteral("org.targets"), r.year(eaKring));
    CHECK(targets.value == ScoreValue::of(6));
    CHECK_FALSE(hasRecord(targets, QStringLiteral("target"),
                          CommuneWorld::id(QStringLiteral("E: hội thi cồng chiêng"))));
    CHECK_FALSE(hasRecord(targets, QStringLiteral("target"),
                          CommuneWorld::id(QStringLiteral("G: tổ chức giao lưu"))));
    CHECK(r.of(QStringLiteral("org.targets_met"), eaKring) == ScoreValue::of(3));
    CHECK(r.of(QStringLiteral("org.targets_exceeded"), eaKring) == ScoreValue::of(1));
    const MetricValue missed = r.value(QStringLiteral("org.targets_missed"), r.year(eaKring));
    CHECK(missed.value == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.targets_met_rate"), eaKring) == ScoreValue::of(Rational(1, 2)));
    CHECK(r.of(QStringLiteral("org.targets_exceeded_rate"), eaKring) == ScoreValue::of(Rational(1, 6)));
    CHECK(r.of(QStringLiteral("org.targets_planned"), eaKring) == ScoreValue::of(22));
    CHECK(r.of(QStringLiteral("org.targets_actual"), eaKring) == ScoreValue::of(19));
    CHECK(r.of(QStringLiteral("org.targets"), eaKring, args({{u"kind", u"admission"}})) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.admissions"), eaKring) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.admissions"), CommuneWorld::xa()) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.admission_rate"), eaKring) == ScoreValue::of(Rational(1, 3)));
    CHECK(r.of(QStringLiteral("org.targets_met_rate"), CommuneWorld::thon3()).isMissing());
    // Read at the end of the year, E (September) is due and still open: missed.
    const ScoringInput later = anInput(r.data, CommuneWorld::huyen(), 2025, 0, QDate(2025, 12, 31));
    const MetricIndex index(later);
    const SubjectRef year = subjectOf(index.subjects(SubjectKind::OrganisationYear), eaKring);
    CHECK(index.value(QStringLiteral("org.targets"), {}, year).value == ScoreValue::of(7));
    CHECK(index.value(QStringLiteral("org.targets_missed"), {}, year).value == ScoreValue::of(4));
}

TEST_CASE("disciplines belong to the member's cell on the decision date and its ancestors")
{
    const OrgReading r;
    const QUuid eaKring = CommuneWorld::eaKring();
    const MetricValue disciplined = r.value(QStringLiteral("org.members_disciplined"), r.year(eaKring));
    CHECK(disciplined.value == ScoreValue::of(2));
    CHECK(hasRecord(disciplined, QStringLiteral("discipline"),
                    CommuneWorld::id(QStringLiteral("Kỷ luật Nguyễn Văn An"))));
    CHECK(r.of(QStringLiteral("org.members_disciplined"), eaKring, args({{u"form", u"warning"}})) ==
          ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.members_disciplined"), eaKring, args({{u"form", u"removal_from_post"}})) ==
          ScoreValue::of(0));
    CHECK(r.of(QStringLiteral("org.members_disciplined_not_self_remedied"), eaKring) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.leaders_disciplined"), eaKring) == ScoreValue::of(1));
    // Khánh moved to Ea Kring in June; his March reprimand stays with thôn 1.
    CHECK(r.of(QStringLiteral("org.members_disciplined"), CommuneWorld::thon1()) == ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.members_disciplined"), CommuneWorld::xa()) == ScoreValue::of(3));
    CHECK(r.of(QStringLiteral("org.members_disciplined"), CommuneWorld::thon3()) == ScoreValue::of(0));
    CHECK(r.of(QStringLiteral("org.subordinates"), CommuneWorld::xa()) == ScoreValue::of(3));
    CHECK(r.of(QStringLiteral("org.subordinates_disciplined"), CommuneWorld::xa()) == ScoreValue::of(2));
    const MetricValue share =
        r.value(QStringLiteral("org.subordinates_disciplined_rate"), r.year(CommuneWorld::xa()));
    CHECK(share.value == ScoreValue::of(Rational(2, 3)));
    CHECK(inputOf(share, QStringLiteral("subordinates")) == ScoreValue::of(3));
    CHECK(r.of(QStringLiteral("org.collective_disciplined"), CommuneWorld::thon3()) ==
          ScoreValue::ofBool(false));
    CHECK(r.of(QStringLiteral("org.subordinates"), eaKring) ==
          ScoreValue::of(0)); // its party group is not one

    const ScoringInput y2024 = anInput(r.data, CommuneWorld::huyen(), 2024, 0, QDate(2025, 6, 15));
    const MetricIndex index(y2024);
    const QList<SubjectRef> orgs = index.subjects(SubjectKind::OrganisationYear);
    CHECK(
        index.value(QStringLiteral("org.collective_disciplined"), {}, subjectOf(orgs, CommuneWorld::thon3()))
            .value == ScoreValue::ofBool(true));
    CHECK(index.value(QStringLiteral("org.subordinates_disciplined"), {}, subjectOf(orgs, CommuneWorld::xa()))
              .value == ScoreValue::of(1));
}

TEST_CASE("organisation members, violations, inactivity, dues and commendations")
{
    const OrgReading r;
    const QUuid eaKring = CommuneWorld::eaKring();
    CHECK(r.of(QStringLiteral("org.members"), eaKring) == ScoreValue::of(6));
    CHECK(r.of(QStringLiteral("org.full_members"), eaKring) == ScoreValue::of(5));
    CHECK(r.of(QStringLiteral("org.members"), CommuneWorld::xa()) == ScoreValue::of(11));
    CHECK(r.value(QStringLiteral("org.members"), r.month(eaKring, QStringLiteral("2025-05"))).value ==
          ScoreValue::of(5)); // Khánh arrived on 1 June
    const QUuid thon1 = CommuneWorld::thon1();
    const auto traffic = args({{u"kind", u"traffic_law"}});
    CHECK(r.of(QStringLiteral("org.violations"), thon1) == ScoreValue::of(3));
    CHECK(r.of(QStringLiteral("org.violations"), thon1, traffic) == ScoreValue::of(2));
    CHECK(r.of(QStringLiteral("org.members_with_violations"), thon1) == ScoreValue::of(2));
    CHECK(r.of(QStringLiteral("org.members_with_violations"), thon1, args({{u"kind", u"social_evils"}})) ==
          ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.violations"), CommuneWorld::xa()) == ScoreValue::of(3));
    CHECK(r.of(QStringLiteral("org.members_inactive"), eaKring, args({{u"months", u"3"}})) ==
          ScoreValue::of(1));
    CHECK(r.of(QStringLiteral("org.members_inactive"), eaKring, args({{u"months", u"1"}})) ==
          ScoreValue::of(2));
    const MetricValue dues =
        r.value(QStringLiteral("org.members_dues_unpaid"), r.year(eaKring), args({{u"months", u"3"}}));
    CHECK(dues.value == ScoreValue::of(1));
    CHECK(hasRecord(dues, QStringLiteral("dues"), CommuneWorld::id(QStringLiteral("Đặng Thị Bình")),
                    QStringLiteral("2025-01")));
    CHECK(r.of(QStringLiteral("org.members_dues_unpaid"), eaKring, args({{u"months", u"1"}})) ==
          ScoreValue::of(2));
    CHECK(r.of(QStringLiteral("org.commendations"), eaKring) == ScoreValue::of(1));
}
