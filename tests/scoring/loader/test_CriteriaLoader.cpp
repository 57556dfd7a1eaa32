// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoaderTestKit.h"
#include "support/Catch.h"

#include <QCryptographicHash>

using namespace chibo;

namespace {

Criteria loadGood(const char* name)
{
    const CriteriaSource source = test::criteriaSource(QStringLiteral("good/") + QLatin1String(name));
    REQUIRE_FALSE(source.bytes.isEmpty());
    CriteriaLoader::Loaded loaded = CriteriaLoader::load(source);
    INFO(test::describe(loaded.problems));
    REQUIRE(loaded.problems.isEmpty());
    REQUIRE(loaded.criteria.has_value());
    return *loaded.criteria;
}

CriteriaLoader::Loaded loadText(const QByteArray& text)
{
    return CriteriaLoader::load(CriteriaSource{QStringLiteral("chi-bo-ea-kring.json"), text});
}

} // namespace

TEST_CASE("Criteria loader: a good file fills its header", "[loader]")
{
    const Criteria criteria = loadGood("xep-loai-dang-vien-mau.json");
    CHECK(criteria.id == QStringLiteral("xep-loai-dang-vien-mau"));
    CHECK(criteria.reference() == QStringLiteral("xep-loai-dang-vien-mau@2025.1"));
    CHECK(criteria.title.vi == QStringLiteral("Xếp loại đảng viên (mẫu kiểm thử)"));
    CHECK(criteria.example);
    REQUIRE(criteria.legalBasis.size() == 1);
    CHECK(criteria.legalBasis[0].symbol == QStringLiteral("QĐ/TW"));
    CHECK(criteria.legalBasis[0].date == QDate(2025, 8, 30));
    CHECK(criteria.legalBasis[0].reliability == QStringLiteral("press"));
    CHECK(criteria.validFrom == QDate(2025, 1, 1));
    CHECK_FALSE(criteria.validTo.isValid());
    CHECK(criteria.appliesTo.orgKinds == QList<OrgKind>{OrgKind::GrassrootsCell, OrgKind::SubordinateCell});
    CHECK(criteria.appliesTo.cellTypes == QList<CellType>{CellType::Residential});
    CHECK(criteria.appliesTo.locality == QStringLiteral("Ea Kring"));
    CHECK(criteria.subject == SubjectKind::MemberYear);
    REQUIRE(criteria.levels.size() == 4);
    CHECK(criteria.levelRank(QStringLiteral("ht")) == 2);
    CHECK(criteria.parameters.value(QStringLiteral("min_rate")) == Rational(17, 20));
    CHECK(criteria.parameters.value(QStringLiteral("htxs_points")) == Rational(90));
    CHECK(criteria.sourceName == QStringLiteral("xep-loai-dang-vien-mau.json"));
    const QByteArray bytes = test::criteriaFile(QStringLiteral("good/xep-loai-dang-vien-mau.json"));
    CHECK(criteria.contentHash ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(criteria.contentHash.size() == 64);
}

TEST_CASE("Criteria loader: bands are sorted and metric defaults filled in", "[loader]")
{
    const Criteria criteria = loadGood("xep-loai-dang-vien-mau.json");
    const Indicator* attendance = criteria.indicator(QStringLiteral("ty-le-du-hop"));
    REQUIRE(attendance != nullptr);
    REQUIRE(attendance->bands.size() == 3);
    CHECK(attendance->bands[0].from == Rational(0));
    CHECK(attendance->bands[0].to == Rational(1, 2));
    CHECK(attendance->bands[1].points == Rational(5));
    CHECK(attendance->bands[2].from == Rational(17, 20));
    CHECK_FALSE(attendance->bands[2].to.has_value());
    CHECK(attendance->bands[2].pointer == QStringLiteral("/indicators/0/points/bands/0"));
    CHECK(attendance->maxPoints == Rational(10));
    REQUIRE(attendance->pass.has_value());
    CHECK(attendance->pass->op == Node::Op::Ge);
    REQUIRE(attendance->pass->operands.size() == 2);
    CHECK(attendance->pass->operands[0].op == Node::Op::Value);
    CHECK(attendance->pass->operands[1].op == Node::Op::Param);
    CHECK(attendance->pass->operands[1].pointer == QStringLiteral("/indicators/0/pass/ge/1"));

    const Indicator* disciplines = criteria.indicator(QStringLiteral("ky-luat"));
    REQUIRE(disciplines != nullptr);
    REQUIRE(disciplines->value.has_value());
    CHECK(disciplines->value->op == Node::Op::Metric);
    CHECK(disciplines->value->args ==
          QMap<QString, QString>{{QStringLiteral("form"), QStringLiteral("warning")}});
    CHECK(disciplines->whenMissing == Indicator::WhenMissing::NoPoints);
    CHECK_FALSE(disciplines->givesPoints());

    REQUIRE(criteria.eligibility.size() == 1);
    CHECK(criteria.eligibility[0].when.operands[0].args.isEmpty());
}

TEST_CASE("Criteria loader: entered indicators keep their scale, points and bonuses", "[loader]")
{
    const Criteria criteria = loadGood("xep-loai-dang-vien-mau.json");
    const Indicator* entered = criteria.indicator(QStringLiteral("diem-tieu-chi-chung"));
    REQUIRE(entered != nullptr);
    CHECK(entered->input.kind == InputSpec::Kind::Points);
    CHECK(entered->input.max == Rational(30));
    CHECK(entered->givesPoints());
    const Indicator* grade = criteria.indicator(QStringLiteral("chinh-tri-tu-tuong"));
    REQUIRE(grade != nullptr);
    CHECK(grade->input.kind == InputSpec::Kind::Grade);
    REQUIRE(grade->input.scale.size() == 3);
    CHECK(grade->input.scale[1].code == QStringLiteral("tot"));
    CHECK(grade->input.gradePoints.value(QStringLiteral("tot")) == Rational(15, 2));
    REQUIRE(grade->bonuses.size() == 1);
    CHECK(grade->bonuses[0].points == Rational(2));
    const Indicator* yesNo = criteria.indicator(QStringLiteral("khac-phuc-han-che"));
    REQUIRE(yesNo != nullptr);
    CHECK(yesNo->input.kind == InputSpec::Kind::YesNo);
    REQUIRE(yesNo->appliesWhen.has_value());
    CHECK(yesNo->appliesWhen->op == Node::Op::Known);
    const Indicator* sum = criteria.indicator(QStringLiteral("tong-hop"));
    REQUIRE(sum != nullptr);
    CHECK(sum->value->operands[0].op == Node::Op::PointsOf);
    CHECK(sum->value->operands[0].names ==
          QStringList{QStringLiteral("ty-le-du-hop"), QStringLiteral("diem-tieu-chi-chung")});
    CHECK(sum->note.vi == QStringLiteral("Chỉ để hiển thị"));
}

TEST_CASE("Criteria loader: the classification ladder, caps, flags and quota", "[loader]")
{
    const Criteria criteria = loadGood("xep-loai-dang-vien-mau.json");
    REQUIRE(criteria.ladder.size() == 3);
    CHECK(criteria.ladder[0].level == QStringLiteral("kht"));
    REQUIRE(criteria.ladder[0].unless.has_value());
    CHECK(criteria.ladder[0].unless->op == Node::Op::Eq);
    CHECK(criteria.ladder[0].unless->operands[0].args ==
          QMap<QString, QString>{{QStringLiteral("form"), QStringLiteral("reprimand")}});
    const Node& gradeCheck = criteria.ladder[1].when.operands[1];
    CHECK(gradeCheck.op == Node::Op::GradeAtLeast);
    CHECK(gradeCheck.name == QStringLiteral("tot"));
    CHECK(gradeCheck.operands[0].name == QStringLiteral("chinh-tri-tu-tuong"));
    CHECK(criteria.ladder[1].when.operands[0].operands[0].op == Node::Op::Total);
    CHECK(criteria.ladder[2].flag);
    CHECK(criteria.otherwise.isEmpty());
    REQUIRE(criteria.caps.size() == 1);
    CHECK(criteria.caps[0].atMost == QStringLiteral("ht"));
    REQUIRE(criteria.flags.size() == 1);
    CHECK(criteria.flags[0].id == QStringLiteral("no-dang-phi"));
    REQUIRE(criteria.quota.has_value());
    CHECK(criteria.quota->share == Rational(1, 5));
    CHECK(criteria.quota->baseLevels == QStringList{QStringLiteral("htt"), QStringLiteral("htxs")});
    CHECK(criteria.dependencies().isEmpty());
}

TEST_CASE("Criteria loader: every problem of a file is reported, in order", "[loader]")
{
    const QByteArray text = R"({
  "schema_version": 1, "id": "X", "version": "1 2",
  "title": {"vi": ""}, "legal_basis": [], "valid_from": "2025-01-01", "valid_to": null,
  "applies_to": {"org_kinds": ["chi_bo"]}, "subject": "meeting", "period": "meeting"
})";
    const CriteriaLoader::Loaded loaded = loadText(text);
    INFO(test::describe(loaded.problems));
    CHECK_FALSE(loaded.criteria.has_value());
    QStringList codes;
    for (const CriteriaProblem& problem : loaded.problems)
        codes.append(problem.code);
    CHECK(codes == QStringList{QStringLiteral("criteria.bad-id"), QStringLiteral("criteria.bad-code"),
                               QStringLiteral("criteria.empty-field"), QStringLiteral("criteria.empty-field"),
                               QStringLiteral("criteria.bad-code")});
    CHECK(loaded.problems[0].line == 2);
    CHECK(loaded.problems[0].column == 30);
    CHECK(loaded.problems[4].pointer == QStringLiteral("/applies_to/org_kinds/0"));
}

TEST_CASE("Criteria loader: 100000 nested brackets are refused without a crash", "[loader][hostile]")
{
    for (const char open : {'[', '{'}) {
        QByteArray text(100000, open);
        if (open == '{')
            text = QByteArray("{\"a\":").repeated(100000);
        const CriteriaLoader::Loaded loaded = loadText(text);
        REQUIRE(loaded.problems.size() == 1);
        CHECK(loaded.problems[0].code == QStringLiteral("criteria.too-deep"));
        CHECK(loaded.problems[0].line == 1);
        CHECK(loaded.problems[0].column == (open == '[' ? 65 : 321));
    }
}

TEST_CASE("Criteria loader: text that is not an object, or is empty, is refused", "[loader][hostile]")
{
    const CriteriaLoader::Loaded empty = loadText(QByteArray());
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems[0].code == QStringLiteral("criteria.syntax"));
    const CriteriaLoader::Loaded list = loadText(QByteArray("[1, 2]"));
    REQUIRE(list.problems.size() == 1);
    CHECK(list.problems[0].code == QStringLiteral("criteria.wrong-type"));
    CHECK(list.problems[0].line == 1);
    const CriteriaLoader::Loaded badUtf8 = loadText(QByteArray("{\"id\": \"\xff\"}"));
    REQUIRE(badUtf8.problems.size() == 1);
    CHECK(badUtf8.problems[0].code == QStringLiteral("criteria.syntax"));
}
