// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleDatasets.h"
#include "dataset/DatasetReader.h"
#include "dataset/DatasetWriter.h"
#include "support/Catch.h"

using namespace chibo;
using chibo::test::readTestFile;

namespace {

/// Reads tests/data/datasets/bad/`file` and checks the one problem reported: its code, its exact
/// "file:LINE:COL POINTER" location and a phrase of its message.
void expectProblem(const char* file, const char* code, const char* where, const char* phrase)
{
    const QString name = QString::fromUtf8(file);
    const QByteArray bytes = readTestFile(QStringLiteral("datasets/bad/") + name);
    REQUIRE_FALSE(bytes.isEmpty());
    const Result<Dataset> result = DatasetReader::read(bytes, name);
    REQUIRE_FALSE(result.ok());
    INFO(result.error().toString());
    CHECK(result.error().code == QString::fromUtf8(code));
    CHECK(result.error().location == name + u':' + QString::fromUtf8(where));
    CHECK(result.error().message.contains(QString::fromUtf8(phrase)));
}

Result<Dataset> readText(const char* json)
{
    return DatasetReader::read(QByteArray(json), QStringLiteral("chi-bo.json"));
}

} // namespace

// --- Syntax -----------------------------------------------------------------------------------------

TEST_CASE("bad input: a missing comma between list items")
{
    expectProblem("syntax-missing-comma.json", "dataset.syntax", "6:5", "Missing comma or closing bracket");
}

TEST_CASE("bad input: a missing comma between fields, after Vietnamese text")
{
    // Column 81 counts the characters of "Đặng Thị Bình", not its bytes.
    expectProblem("syntax-missing-comma-between-fields.json", "dataset.syntax", "5:81",
                  "Missing comma or closing brace");
}

TEST_CASE("bad input: a text that is never closed is shown where it opens")
{
    expectProblem("syntax-unterminated-string.json", "dataset.syntax", "5:90", "closing double quote");
}

TEST_CASE("bad input: a comma after the last field")
{
    expectProblem("syntax-trailing-comma.json", "dataset.syntax", "10:5", "comma too many");
}

TEST_CASE("bad input: a file saved in a legacy encoding instead of UTF-8")
{
    expectProblem("not-utf8.json", "dataset.syntax", "5:68", "UTF-8 encoding");
}

TEST_CASE("bad input: an empty file")
{
    expectProblem("empty.json", "dataset.syntax", "1:1", "The file is empty");
}

TEST_CASE("bad input: a document that is a list, not an object")
{
    expectProblem("not-an-object.json", "dataset.wrong-type", "1:1", "must be a JSON object");
}

TEST_CASE("bad input: a field given twice in one object")
{
    expectProblem("duplicate-key.json", "dataset.duplicate-key", "10:7 /members/0/note",
                  "“note” is given twice");
}

// --- Header -----------------------------------------------------------------------------------------

TEST_CASE("bad input: another kind of JSON file")
{
    expectProblem("wrong-format.json", "dataset.wrong-format", "2:13 /format", "must be “chibo-dataset”");
    const Result<Dataset> noFormat = readText(R"({"format_version": 1})");
    REQUIRE_FALSE(noFormat.ok());
    CHECK(noFormat.error().code == QStringLiteral("dataset.wrong-format"));
    CHECK(noFormat.error().location == QStringLiteral("chi-bo.json:1:1"));
}

TEST_CASE("bad input: a format version newer than this program")
{
    expectProblem("newer-version.json", "dataset.unsupported-version", "3:21 /format_version",
                  "format version 3, which is newer");
    const Result<Dataset> zero = readText(R"({"format": "chibo-dataset", "format_version": "1"})");
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().code == QStringLiteral("dataset.unsupported-version"));
    CHECK(zero.error().location == QStringLiteral("chi-bo.json:1:47 /format_version"));
}

// --- Shape of records ---------------------------------------------------------------------------------

TEST_CASE("bad input: a required field is missing")
{
    expectProblem("missing-field.json", "dataset.missing-field", "45:5 /members/1",
                  "member record has no “full_name” field");
}

TEST_CASE("bad input: a value of the wrong JSON type")
{
    expectProblem("wrong-type.json", "dataset.wrong-type", "88:25 /meetings/0/speakers_count",
                  "must be a whole number, but it is the text “năm”");
}

TEST_CASE("bad input: a fraction where a count belongs")
{
    expectProblem("not-whole-number.json", "dataset.wrong-type", "73:21 /assignments/0/households",
                  "must be a whole number, but it is the number 2.5");
}

TEST_CASE("bad input: a date that does not exist")
{
    expectProblem("bad-date.json", "dataset.bad-date", "44:21 /members/0/birth_date", "“1985-02-30”");
}

TEST_CASE("bad input: a month that does not exist")
{
    expectProblem("bad-month.json", "dataset.bad-month", "70:16 /dues/0/month", "written YYYY-MM");
}

TEST_CASE("bad input: a time not written HH:MM")
{
    expectProblem("bad-time.json", "dataset.bad-time", "72:16 /meetings/0/start", "written HH:MM");
}

TEST_CASE("bad input: a date and time without its UTC offset")
{
    expectProblem("bad-datetime.json", "dataset.bad-datetime", "92:17 /meetings/0/lifecycle/0/at",
                  "with its UTC offset");
}

TEST_CASE("bad input: an unknown code names the allowed ones")
{
    expectProblem("unknown-code.json", "dataset.unknown-code", "72:15 /disciplines/0/form",
                  "unknown code “khai_tru”; allowed codes: reprimand, warning, removal_from_post, expulsion, "
                  "dissolution");
}

TEST_CASE("bad input: a negative count")
{
    expectProblem("negative-number.json", "dataset.negative-number", "73:21 /assignments/0/households",
                  "cannot be negative, but it is -3");
}

TEST_CASE("bad input: a number beyond its range")
{
    expectProblem("number-out-of-range.json", "dataset.number-out-of-range", "71:20 /targets/0/plan_year",
                  "at most 9999, but it is 20250");
}

TEST_CASE("bad input: an id that is not a UUID")
{
    expectProblem("bad-uuid.json", "dataset.bad-uuid", "46:13 /members/1/id",
                  "“{5b1e7a3c-0000-4000-8000-00000000a001}”");
}

TEST_CASE("bad input: the nil UUID as a reference")
{
    expectProblem("nil-uuid.json", "dataset.bad-uuid", "76:16 /meetings/0/chair", "holds the nil UUID");
}

TEST_CASE("bad input: an empty required text")
{
    expectProblem("empty-field.json", "dataset.empty-field", "14:15 /organisations/1/name",
                  "must not be empty");
}

TEST_CASE("bad input: a misspelt field name is not silently dropped")
{
    expectProblem(
        "unknown-key.json", "dataset.unknown-key", "48:7 /members/1/brith_date",
        "unknown field “brith_date”; check its spelling. Known fields: admission_decision_date, birth_date");
}

TEST_CASE("of several problems the one written first in the file is reported")
{
    // "sex" is written before "birth_date" although QJsonObject sorts it after.
    expectProblem("first-in-document.json", "dataset.unknown-code", "23:14 /members/0/sex", "“nữ”");
    const Result<Dataset> sections = readText(R"({"format": "chibo-dataset", "format_version": 1,
        "members": [{"id": "5b1e7a3c-0000-4000-8000-00000000a001", "full_name": "Y Bhim Niê", "sex": "nam"}],
        "dues": [{"member": "5b1e7a3c-0000-4000-8000-00000000a001", "month": "03/2025", "state": "paid"}]})");
    REQUIRE_FALSE(sections.ok());
    CHECK(sections.error().location == QStringLiteral("chi-bo.json:2:102 /members/0/sex"));
}

TEST_CASE("problems of shape are reported before problems between records")
{
    const Result<Dataset> result = readText(R"({"format": "chibo-dataset", "format_version": 1,
        "organisations": [{"id": "5b1e7a3c-0000-4000-8000-00000000c001", "parent": "5b1e7a3c-0000-4000-8000-00000000c0ff",
                           "name": "Chi bộ buôn Ea Kring", "kind": "subordinate_cell", "cell_type": "residential"}],
        "members": [{"id": "5b1e7a3c-0000-4000-8000-00000000a001", "full_name": "Y Bhim Niê", "sex": "male",
                     "phone": 905123456}]})");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QStringLiteral("dataset.wrong-type"));
    CHECK(result.error().location == QStringLiteral("chi-bo.json:5:31 /members/0/phone"));
}

// --- Integrity ------------------------------------------------------------------------------------------

TEST_CASE("bad input: two records with the same id")
{
    expectProblem("duplicate-id.json", "dataset.duplicate-id", "46:13 /members/1/id",
                  "which the member record at /members/0 already has");
}

TEST_CASE("bad input: a reference to a member not in the dataset")
{
    expectProblem("unknown-reference.json", "dataset.unknown-reference",
                  "83:21 /meetings/0/attendance/1/member",
                  "refers to the member 5b1e7a3c-0000-4000-8000-00000000a003, which is not in this dataset");
}

TEST_CASE("bad input: an organisation whose parent is missing")
{
    expectProblem("unknown-parent.json", "dataset.unknown-parent", "7:17 /organisations/0/parent",
                  "of the organisation “Chi bộ buôn Ea Kring” is not in this dataset");
}

TEST_CASE("bad input: organisations that are their own ancestors")
{
    expectProblem("parent-cycle.json", "dataset.parent-cycle", "10:17 /organisations/0/parent",
                  "Đảng bộ xã Ea Sin → Chi bộ buôn Ea Kring → Đảng bộ xã Ea Sin");
}

TEST_CASE("bad input: a member listed twice in one meeting's attendance")
{
    expectProblem("duplicate-attendance.json", "dataset.duplicate-attendance",
                  "86:9 /meetings/0/attendance/2", "Đặng Thị Bình is listed twice");
}

TEST_CASE("bad input: dues recorded twice for one member and month")
{
    expectProblem("duplicate-dues.json", "dataset.duplicate-dues", "80:5 /dues/2",
                  "The dues of Y Bhim Niê for 03/2025 are recorded twice");
}

TEST_CASE("bad input: one indicator rated twice for the same subject and period")
{
    expectProblem("duplicate-rating.json", "dataset.duplicate-rating", "97:5 /ratings/2",
                  "“diem-tieu-chi-chung” of “xep-loai-dang-vien-qd366” is rated twice");
}

TEST_CASE("bad input: a meeting rated for a month, though a meeting is its own period")
{
    expectProblem("rating-period.json", "dataset.rating-period", "93:17 /ratings/1/period",
                  "is of a meeting, which is its own period");
}

TEST_CASE("ratings: identifiers, periods and subjects are checked where they are written")
{
    const char* header = R"({"format": "chibo-dataset", "format_version": 2,
        "organisations": [{"id": "5b1e7a3c-0000-4000-8000-00000000c001", "name": "Chi bộ buôn Ea Kring",
                           "kind": "grassroots_cell", "cell_type": "residential"}],
        "ratings": [{"id": "5b1e7a3c-0000-4000-8000-00000000b001", "subject": "5b1e7a3c-0000-4000-8000-00000000c001",
                     "value": "tot", "by": "Y Bhim Niê", "on": "2025-12-20", )";
    const auto read = [&](const char* rest) {
        return readText(QByteArray(QByteArray(header) + rest + "}]}").constData());
    };
    const Result<Dataset> ok =
        read(R"("criteria": "chi-bo-bon-tot", "indicator": "lanh-dao-nhiem-vu-chinh-tri", "period": "2025")");
    INFO((ok.ok() ? QString() : ok.error().toString()));
    REQUIRE(ok.ok());
    REQUIRE(ok->ratings.size() == 1);
    CHECK(ok->ratings[0].period == QStringLiteral("2025"));
    CHECK(ok->ratings[0].enteredOn == QDate(2025, 12, 20));

    const Result<Dataset> upper =
        read(R"("criteria": "Chi-Bo-Bon-Tot", "indicator": "lanh-dao-nhiem-vu-chinh-tri", "period": "2025")");
    REQUIRE_FALSE(upper.ok());
    CHECK(upper.error().code == QStringLiteral("dataset.bad-identifier"));
    CHECK(upper.error().location.endsWith(QStringLiteral(" /ratings/0/criteria")));

    const Result<Dataset> quarter = read(
        R"("criteria": "chi-bo-bon-tot", "indicator": "lanh-dao-nhiem-vu-chinh-tri", "period": "2025-Q1")");
    REQUIRE_FALSE(quarter.ok());
    CHECK(quarter.error().code == QStringLiteral("dataset.bad-period"));

    const Result<Dataset> noPeriod = read(R"("criteria": "chi-bo-bon-tot", "indicator": "doan-ket-noi-bo")");
    REQUIRE_FALSE(noPeriod.ok());
    CHECK(noPeriod.error().code == QStringLiteral("dataset.rating-period"));
    CHECK(noPeriod.error().location.endsWith(QStringLiteral(" /ratings/0")));
}

TEST_CASE("a rating of a subject that is not in the dataset is refused")
{
    const Result<Dataset> result = readText(R"({"format": "chibo-dataset", "format_version": 2,
        "ratings": [{"id": "5b1e7a3c-0000-4000-8000-00000000b001", "criteria": "dang-vien-5-tot",
                     "indicator": "tu-phe-binh", "subject": "5b1e7a3c-0000-4000-8000-00000000a0ff",
                     "period": "2025", "value": "yes", "by": "Y Bhim Niê", "on": "2025-12-20"}]})");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QStringLiteral("dataset.unknown-reference"));
    CHECK(result.error().location.endsWith(QStringLiteral(" /ratings/0/subject")));
}

TEST_CASE("an extra top-level member is read only when the caller allows it")
{
    const QByteArray bytes(R"({"format": "chibo-dataset", "format_version": 2,
        "criteria_test": {"criteria": "chi-bo-bon-tot", "expect": []}})");
    const Result<Dataset> strict = DatasetReader::read(bytes, QStringLiteral("kiem-thu.json"));
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().code == QStringLiteral("dataset.unknown-key"));
    CHECK(strict.error().message.contains(QStringLiteral("“criteria_test”")));
    const Result<Dataset> allowed =
        DatasetReader::read(bytes, QStringLiteral("kiem-thu.json"), {QStringLiteral("criteria_test")});
    REQUIRE(allowed.ok());
    CHECK(*allowed == Dataset{});
    const Result<Dataset> other =
        DatasetReader::read(bytes, QStringLiteral("kiem-thu.json"), {QStringLiteral("criteria_tests")});
    CHECK_FALSE(other.ok());
}

TEST_CASE("bad input: a period that ends before it starts")
{
    expectProblem("end-before-start.json", "dataset.end-before-start", "73:13 /leaves/0/to",
                  "ends on 01/03/2025, before it starts on 01/04/2025");
}

TEST_CASE("bad input: a meeting that ends before it starts")
{
    expectProblem("meeting-ends-before-start.json", "dataset.end-before-start", "73:14 /meetings/0/end",
                  "ends at 19:30, which is not after its start at 21:00");
}

TEST_CASE("bad input: a commendation of nobody")
{
    expectProblem("commendation-subject.json", "dataset.commendation-subject", "68:5 /commendations/0",
                  "names neither a member nor an organisation");
}

TEST_CASE("bad input: a member's discipline that does not name the member")
{
    expectProblem("discipline-subject.json", "dataset.missing-field", "68:5 /disciplines/0",
                  "its “member” field is missing");
}

// --- Domain rules -----------------------------------------------------------------------------------------

TEST_CASE("bad input: attendance recorded for an exempt member")
{
    expectProblem(
        "attendance-not-expected.json", "dataset.attendance-not-expected", "117:9 /meetings/0/attendance/2",
        "Trần Văn Quang has an attendance row at the meeting of Chi bộ buôn Ea Kring on 05/03/2025 but is "
        "not expected there (Exempt from Party work and activities)");
}

TEST_CASE("bad input: a meeting of an upper-level committee")
{
    expectProblem("meeting-not-at-cell.json", "dataset.meeting-not-at-cell", "77:23 /meetings/0/organisation",
                  "“Đảng bộ tỉnh Đắk Lắk” (Upper-level Party committee)");
}

TEST_CASE("bad input: a probationary member expelled")
{
    expectProblem(
        "discipline-not-allowed.json", "discipline.form-not-allowed", "72:15 /disciplines/0/form",
        "Y Bhim Niê cannot receive the form “expulsion” on 10/08/2025; allowed: reprimand, warning");
}

TEST_CASE("bad input: a member recognised without being probationary first")
{
    expectProblem("member-history.json", "member.recognised-without-probation",
                  "50:25 /members/1/status_history",
                  "Y Bhim Niê is recognised as a full member on 10/01/2025");
}

TEST_CASE("bad input: a meeting chaired by an expelled member")
{
    expectProblem(
        "chair-not-member.json", "dataset.chair-not-member", "82:16 /meetings/0/chair",
        "Đặng Thị Bình, the chair of the meeting of Chi bộ buôn Ea Kring on 05/03/2025, is not a Party "
        "member on that day (Expelled)");
}

// --- Good input -----------------------------------------------------------------------------------------

TEST_CASE("a document with only the header is an empty dataset, and a byte-order mark is accepted")
{
    const Result<Dataset> empty = readText(R"({"format": "chibo-dataset", "format_version": 1})");
    REQUIRE(empty.ok());
    CHECK(empty.value() == Dataset{});
    const QByteArray withBom = "\xEF\xBB\xBF" + DatasetWriter::write(test::everyFieldDataset());
    const Result<Dataset> read = DatasetReader::read(withBom, QStringLiteral("ea-kring.json"));
    REQUIRE(read.ok());
    CHECK(read.value() == test::everyFieldDataset());
}

TEST_CASE("a hand-written file with unsorted keys, uppercase ids and seconds reads as intended")
{
    const Result<Dataset> result = readText(R"({
      "format_version": 1, "format": "chibo-dataset",
      "organisations": [{"name": "Chi bộ buôn Ea Kring", "kind": "grassroots_cell", "cell_type": "residential",
                         "id": "5B1E7A3C-0000-4000-8000-00000000C001", "note_is_not_a_field": null}]})");
    REQUIRE_FALSE(result.ok()); // the unknown field is refused…
    CHECK(result.error().location == QStringLiteral("chi-bo.json:4:72 /organisations/0/note_is_not_a_field"));
    const Result<Dataset> fixed = readText(R"({
      "format_version": 1, "format": "chibo-dataset",
      "organisations": [{"name": "Chi bộ buôn Ea Kring", "kind": "grassroots_cell", "cell_type": "residential",
                         "id": "5B1E7A3C-0000-4000-8000-00000000C001"}]})");
    REQUIRE(fixed.ok()); // …and without it the file reads
    CHECK(fixed->organisations.at(0).id == QUuid::fromString(u"5b1e7a3c-0000-4000-8000-00000000c001"));
    CHECK(fixed->organisations.at(0).kind == OrgKind::GrassrootsCell);
}

TEST_CASE("each kind of syntax error has its own message and the position of the offending character")
{
    struct Case {
        const char* json;
        const char* where;
        const char* phrase;
    };
    const Case cases[] = {
        {R"({"a" 1})", "1:6", "Missing colon"},
        {R"({"tên": tru})", "1:9", "a value was expected here"},
        {R"({"tên": nul })", "1:9", "a value was expected here"},
        {R"({"a": [1, 2})", "1:12", "Missing comma or closing bracket “]”"},
        {R"({"a": 1} x)", "1:10", "after the end of the document"},
        {R"({"a": 1e999})", "1:7", "not a valid number"},
        {R"({"a": -})", "1:7", "not a valid number"},
        {R"({"a": "Đặng\u12"})", "1:12", "Invalid escape sequence"},
        {"{\"a\": 12", "1:8", "ends in the middle of a number"},
        {"{\"a\": 1,\n \"b\": 2,\n}", "3:1", "comma too many"},
    };
    for (const Case& c : cases) {
        const Result<Dataset> result = readText(c.json);
        INFO(c.json);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QStringLiteral("dataset.syntax"));
        CHECK(result.error().location == QStringLiteral("chi-bo.json:") + QString::fromUtf8(c.where));
        CHECK(result.error().message.contains(QString::fromUtf8(c.phrase)));
    }
    const Result<Dataset> deep =
        DatasetReader::read(QByteArray(3000, '[') + QByteArray(3000, ']'), QStringLiteral("x"));
    REQUIRE_FALSE(deep.ok());
    CHECK(deep.error().message.contains(QStringLiteral("nested too deeply")));
}
