// SPDX-License-Identifier: GPL-3.0-or-later
// One case per file of tests/data/criteria/bad (see its README.md): the exact problem, place and pointer.
#include "LoaderTestKit.h"
#include "support/Catch.h"

using namespace chibo;

namespace {

/// Loads bad/NAME.json and checks that it gives no criteria and exactly this one problem.
CriteriaProblem expectOnly(const char* name, const char* code, int line, int column, const char* pointer)
{
    const QString file = QString::fromLatin1(name) + QStringLiteral(".json");
    const CriteriaSource source = test::criteriaSource(QStringLiteral("bad/") + file);
    REQUIRE_FALSE(source.bytes.isEmpty());
    const CriteriaLoader::Loaded loaded = CriteriaLoader::load(source);
    INFO(test::describe(loaded.problems));
    CHECK_FALSE(loaded.criteria.has_value());
    REQUIRE(loaded.problems.size() == 1);
    const CriteriaProblem& problem = loaded.problems.first();
    CHECK(problem.file == file);
    CHECK(problem.code == QLatin1String(code));
    CHECK(problem.line == line);
    CHECK(problem.column == column);
    CHECK(problem.pointer == QLatin1String(pointer));
    CHECK((problem.message.endsWith(u'.') || problem.message.endsWith(u'?')));
    return problem;
}

} // namespace

TEST_CASE("Criteria loader: a missing comma is a JSON syntax error at the next key", "[loader][bad]")
{
    const CriteriaProblem problem = expectOnly("syntax-error", "criteria.syntax", 5, 9, "");
    CHECK(problem.toString().startsWith(QStringLiteral("syntax-error.json:5:9: ")));
}

TEST_CASE("Criteria loader: a key given twice is reported at its second occurrence", "[loader][bad]")
{
    const CriteriaProblem problem = expectOnly("duplicate-key", "criteria.duplicate-key", 4, 24, "/version");
    CHECK(problem.toString().startsWith(QStringLiteral("duplicate-key.json:4:24 /version: ")));
}

TEST_CASE("Criteria loader: a misspelt key is reported at its name", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("unknown-key", "criteria.unknown-key", 20, 48, "/indicators/1/legal_reff");
    CHECK(problem.message.contains(QStringLiteral("\"legal_reff\"")));
}

TEST_CASE("Criteria loader: a missing legal_ref is reported at its indicator", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("missing-field", "criteria.missing-field", 19, 5, "/indicators/1/legal_ref");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: text where true or false belongs is a wrong type", "[loader][bad]")
{
    const CriteriaProblem problem = expectOnly("wrong-type", "criteria.wrong-type", 12, 14, "/example");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a JSON number with a fraction is refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("float-number", "criteria.float-number", 18, 37, "/indicators/0/pass/gt/1");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a file of a newer schema is refused before its unknown keys", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("newer-schema", "criteria.schema-version", 2, 21, "/schema_version");
    CHECK(problem.message.contains(QStringLiteral("newer ChiBo")));
}

TEST_CASE("Criteria loader: an unknown metric suggests the closest name", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("unknown-metric", "criteria.unknown-metric", 17, 26, "/indicators/0/value/metric");
    CHECK(problem.message ==
          QStringLiteral(
              "Unknown metric \"meeting.atendance_rate\"; did you mean \"meeting.attendance_rate\"?"));
}

TEST_CASE("Criteria loader: a member metric in a meeting file is refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("metric-other-subject", "criteria.metric-subject", 17, 26, "/indicators/0/value/metric");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a metric argument that is not a whole number is refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("bad-metric-arg", "criteria.bad-argument", 21, 72, "/indicators/1/value/args/limit");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a reference to an indicator the file does not have is refused", "[loader][bad]")
{
    const CriteriaProblem problem = expectOnly("unknown-indicator", "criteria.unknown-indicator", 27, 89,
                                               "/classification/rules/0/when/all/1/ge/0");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: indicators reading each other are a cycle", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("indicator-cycle", "criteria.indicator-cycle", 21, 24, "/indicators/1/value/sum/0");
    CHECK(problem.message.contains(QStringLiteral("ty-le-du-hop → thoi-luong → ty-le-du-hop")));
}

TEST_CASE("Criteria loader: overlapping bands are refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("bands-overlap", "criteria.bands-overlap", 18, 66, "/indicators/0/points/bands/1");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: bands with a gap are refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("bands-gap", "criteria.bands-gap", 18, 66, "/indicators/0/points/bands/1");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: bands of a share must reach 100 %", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("bands-domain", "criteria.bands-domain", 18, 26, "/indicators/0/points/bands");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a rule giving a level the file does not list is refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("unknown-level", "criteria.unknown-level", 25, 42, "/classification/rules/0/level");
    CHECK(problem.message.contains(QStringLiteral("tot, kem")));
}

TEST_CASE("Criteria loader: valid_to before valid_from is refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("dates-reversed", "criteria.dates-reversed", 8, 15, "/valid_to");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a date that does not exist is refused", "[loader][bad]")
{
    const CriteriaProblem problem = expectOnly("bad-date", "criteria.bad-date", 7, 17, "/valid_from");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a number beyond 64 bits is refused as too large, not as a fraction",
          "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("huge-number", "criteria.number-too-large", 13, 33, "/parameters/min_minutes");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: nesting deeper than 64 levels is refused before parsing", "[loader][bad]")
{
    const CriteriaProblem problem = expectOnly("deep-nesting", "criteria.too-deep", 18, 82, "");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: {\"value\": {}} outside an indicator is refused", "[loader][bad]")
{
    const CriteriaProblem problem = expectOnly("value-outside-indicator", "criteria.misplaced-value", 27, 89,
                                               "/classification/rules/0/when/all/1/ge/0");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a period that does not fit the subject is refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("period-mismatch", "criteria.period-mismatch", 11, 13, "/period");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: a meeting file cannot read results over members", "[loader][bad]")
{
    const CriteriaProblem problem = expectOnly("results-over-members", "criteria.results-over", 21, 78,
                                               "/indicators/1/value/results/over");
    CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("Criteria loader: comparing a number with a code is refused", "[loader][bad]")
{
    const CriteriaProblem problem =
        expectOnly("comparison-type", "criteria.type-mismatch", 22, 37, "/indicators/1/pass/ge/1");
    CHECK_FALSE(problem.message.isEmpty());
}
