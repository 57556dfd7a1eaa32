// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/MetricCatalog.h"
#include "support/Catch.h"

#include <QSet>

using namespace chibo;

TEST_CASE("Metric catalog: every metric of docs/metrics.md, once", "[loader][metrics]")
{
    const QList<MetricInfo>& all = MetricCatalog::all();
    QSet<QString> names;
    for (const MetricInfo& info : all) {
        CHECK_FALSE(names.contains(info.name));
        names.insert(info.name);
        CHECK_FALSE(info.subjects.isEmpty());
        CHECK_FALSE(MetricCatalog::describe(info.name).isEmpty());
    }
    CHECK(all.size() == 90);
    const MetricInfo* rate = MetricCatalog::find(u"org.attendance_rate");
    REQUIRE(rate != nullptr);
    CHECK(rate->type == MetricInfo::Type::Share);
    CHECK(rate->subjects ==
          QList<SubjectKind>{SubjectKind::OrganisationMonth, SubjectKind::OrganisationYear});
    CHECK(MetricCatalog::find(u"org.nothing") == nullptr);
}

TEST_CASE("Metric catalog: arguments carry defaults and allowed codes", "[loader][metrics]")
{
    const MetricInfo* minutes = MetricCatalog::find(u"meeting.required_minutes");
    REQUIRE(minutes != nullptr);
    REQUIRE(minutes->args.size() == 4);
    CHECK(minutes->args[0].name == QStringLiteral("regular"));
    CHECK(minutes->args[0].defaultValue == QStringLiteral("90"));
    CHECK(minutes->args[3].defaultValue == QStringLiteral("0"));
    const MetricInfo* violations = MetricCatalog::find(u"member.violations");
    REQUIRE(violations != nullptr);
    REQUIRE(violations->args.size() == 1);
    CHECK(violations->args[0].isCode);
    CHECK(violations->args[0].codes.contains(QStringLiteral("pawning_identity_papers")));
    CHECK(violations->args[0].defaultValue == QStringLiteral("any"));
    CHECK(MetricCatalog::find(u"member.probation_ended")->type == MetricInfo::Type::Flag);
}

TEST_CASE("Metric catalog: did you mean", "[loader][metrics]")
{
    CHECK(MetricCatalog::closest(u"meeting.atendance_rate") == QStringLiteral("meeting.attendance_rate"));
    CHECK(MetricCatalog::closest(u"org.meeting") == QStringLiteral("org.meetings"));
    CHECK(MetricCatalog::closest(u"member.attendance") == QStringLiteral("member.attendance_rate"));
    CHECK(MetricCatalog::closest(u"tong.so.dang.vien").isEmpty());
    CHECK(MetricCatalog::closest(u"").isEmpty());
    CHECK(MetricCatalog::describe(u"meeting.attendance_rate") ==
          QStringLiteral("Share of the expected members who attended."));
    CHECK(MetricCatalog::describe(u"khong.co").isEmpty());
}
