// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneWorld.h"
#include "MetricsTestKit.h"
#include "scoring/MetricCatalog.h"
#include "scoring/metrics/MetricTable.h"
#include "support/Catch.h"

using namespace chibo;
using namespace chibo::test;

TEST_CASE("every catalog metric is computed, with a value of its type")
{
    const MetricTable& table = MetricTable::all();
    CHECK(table.size() == MetricCatalog::all().size());

    const Dataset data = CommuneWorld::build();
    const MetricIndex index(anInput(data, CommuneWorld::huyen(), 2025, 0, QDate(2025, 12, 31)));
    const SubjectRef meeting = index.subjects(SubjectKind::Meeting).first();
    const SubjectRef member =
        subjectOf(index.subjects(SubjectKind::MemberYear), CommuneWorld::id(QStringLiteral("Đặng Thị Bình")));
    const SubjectRef org = subjectOf(index.subjects(SubjectKind::OrganisationYear), CommuneWorld::eaKring());
    for (const MetricInfo& info : MetricCatalog::all()) {
        INFO(info.name.toStdString());
        CHECK(table.find(info.name) != nullptr);
        QMap<QString, QString> defaults;
        for (const MetricArg& arg : info.args)
            defaults.insert(arg.name, arg.defaultValue);
        const SubjectKind kind = info.subjects.first();
        const SubjectRef& subject =
            kind == SubjectKind::Meeting ? meeting : (kind == SubjectKind::MemberYear ? member : org);
        const ScoreValue value = index.value(info.name, defaults, subject).value;
        if (value.isMissing())
            continue;
        if (info.type == MetricInfo::Type::Flag) {
            CHECK(value.type == ScoreValue::Type::Boolean);
            continue;
        }
        REQUIRE(value.type == ScoreValue::Type::Number);
        CHECK(value.number >= Rational(0));
        CHECK((info.type != MetricInfo::Type::Count || value.number.isInteger()));
        CHECK((info.type != MetricInfo::Type::Share || value.number <= Rational(1) ||
               info.name == u"org.admission_rate"));
    }
    CHECK(index.value(QStringLiteral("org.no_such_metric"), {}, org).value.isMissing());
}
