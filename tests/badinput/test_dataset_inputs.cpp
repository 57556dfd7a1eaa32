// SPDX-License-Identifier: GPL-3.0-or-later
// Bad dataset files (docs/bad-inputs.md, "Datasets"): `import` refuses them with the place
// (file:line:column and JSON pointer), exits with 1 and writes nothing.
#include "BadInputCase.h"
#include "support/Catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace chibo::test;

namespace {

/// `import` of one file of tests/data/datasets/bad into the demo.
std::function<CliCommand(BadInputBench&)> importingDataset(const char* file)
{
    return [file](BadInputBench& bench) {
        return CliCommand{bench.demo(),
                          importOf(BadInputBench::data(u"datasets/bad/" + QString::fromUtf8(file)))};
    };
}

/// The Ea Kring dataset with Y Bhim Niê registered in the company cell instead: the attendance row of
/// the Ea Kring meeting that names her is then for a member of another cell.
CliCommand memberOfAnotherCell(BadInputBench& bench)
{
    QFile source(BadInputBench::data(QStringLiteral("datasets/ea-kring.json")));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QJsonObject dataset = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray members = dataset.value(QStringLiteral("members")).toArray();
    bool moved = false;
    for (qsizetype i = 0; i < members.size(); ++i) {
        QJsonObject member = members[i].toObject();
        if (member.value(QStringLiteral("full_name")).toString() != text("Y Bhim Niê"))
            continue;
        QJsonArray memberships = member.value(QStringLiteral("memberships")).toArray();
        REQUIRE_FALSE(memberships.isEmpty());
        QJsonObject first = memberships[0].toObject();
        first.insert(QStringLiteral("organisation"), QStringLiteral("3dd50d30-b839-5e61-9930-1dc43dee9c98"));
        memberships[0] = first;
        member.insert(QStringLiteral("memberships"), memberships);
        members[i] = member;
        moved = true;
    }
    REQUIRE(moved);
    dataset.insert(QStringLiteral("members"), members);
    const QString path = bench.write(QStringLiteral("other-cell.json"),
                                     QJsonDocument(dataset).toJson(QJsonDocument::Indented));
    return {bench.demo(), importOf(path)};
}

/// The Ea Kring dataset imported once (that import is not the case), then again.
CliCommand importedTwice(BadInputBench& bench)
{
    const QString db = bench.demo();
    const QString file = BadInputBench::data(QStringLiteral("datasets/ea-kring.json"));
    const auto first = bench.cli().runOn(db, importOf(file));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    return {db, importOf(file)};
}

const QList<BadInputCase>& datasetCases()
{
    static const QList<BadInputCase> cases{
        {"B12", importingDataset("syntax-missing-comma.json"), 1,
         text("syntax-missing-comma.json:6:5: Missing comma or closing bracket.")},
        {"B13", importingDataset("empty.json"), 1,
         text("empty.json:1:1: The file is empty; a dataset is a JSON object that starts with “{”.")},
        {"B14", importingDataset("not-utf8.json"), 1,
         text(
             "not-utf8.json:5:68: The text here is not valid UTF-8; save the file with the UTF-8 encoding.")},
        {"B15", importingDataset("wrong-format.json"), 1,
         text("wrong-format.json:2:13 /format: This is not a ChiBo dataset: the field “format” must be "
              "“chibo-dataset”.")},
        {"B16", importingDataset("newer-version.json"), 1,
         text("newer-version.json:3:21 /format_version: This dataset has format version 3, which is newer "
              "than "
              "this version of ChiBo can read")},
        {"B17", importingDataset("missing-field.json"), 1,
         text("missing-field.json:45:5 /members/1: The member record has no “full_name” field, which is "
              "required.")},
        {"B18", importingDataset("bad-date.json"), 1,
         text("bad-date.json:44:21 /members/0/birth_date: The field “birth_date” must be a real date written "
              "YYYY-MM-DD, such as 2025-03-15, but it is “1985-02-30”.")},
        {"B19", importingDataset("duplicate-id.json"), 1,
         text("duplicate-id.json:46:13 /members/1/id: This member record has the id "
              "5b1e7a3c-0000-4000-8000-00000000a002, which the member record at /members/0 already has")},
        {"B20", importingDataset("unknown-reference.json"), 1,
         text(
             "unknown-reference.json:83:21 /meetings/0/attendance/1/member: The field “member” refers to the "
             "member 5b1e7a3c-0000-4000-8000-00000000a003, which is not in this dataset.")},
        {"B21", memberOfAnotherCell, 1,
         text("Y Bhim Niê has an attendance row at the meeting of Chi bộ buôn Ea Kring on 05/03/2025 but is "
              "not expected there (Registered in another cell).")},
        {"B22", importingDataset("attendance-not-expected.json"), 1,
         text("attendance-not-expected.json:117:9 /meetings/0/attendance/2: Trần Văn Quang has an attendance "
              "row at the meeting of Chi bộ buôn Ea Kring on 05/03/2025 but is not expected there (Exempt "
              "from "
              "Party work and activities).")},
        {"B23", importingDataset("duplicate-attendance.json"), 1,
         text("duplicate-attendance.json:86:9 /meetings/0/attendance/2: Đặng Thị Bình is listed twice in the "
              "attendance of the meeting of Chi bộ buôn Ea Kring on 05/03/2025")},
        {"B24", importingDataset("unknown-code.json"), 1,
         text(
             "unknown-code.json:72:15 /disciplines/0/form: The field “form” has the unknown code “khai_tru”; "
             "allowed codes: reprimand, warning, removal_from_post, expulsion, dissolution.")},
        {"B25", importingDataset("meeting-ends-before-start.json"), 1,
         text("meeting-ends-before-start.json:73:14 /meetings/0/end: The meeting of Chi bộ buôn Ea Kring on "
              "05/03/2025 ends at 19:30, which is not after its start at 21:00.")},
        {"B26", importedTwice, 1,
         text("Nothing was imported from ea-kring.json. Could not save organisation Đảng bộ tỉnh Đắk Lắk: a "
              "record with the same id is already in the database")},
    };
    return cases;
}

} // namespace

BAD_INPUT_CASE(datasetCases, "B12", "dataset with a JSON syntax error")
BAD_INPUT_CASE(datasetCases, "B13", "empty dataset file")
BAD_INPUT_CASE(datasetCases, "B14", "dataset saved in a legacy encoding")
BAD_INPUT_CASE(datasetCases, "B15", "JSON file that is not a dataset")
BAD_INPUT_CASE(datasetCases, "B16", "dataset of a newer format version")
BAD_INPUT_CASE(datasetCases, "B17", "dataset record without a required field")
BAD_INPUT_CASE(datasetCases, "B18", "dataset with an impossible date")
BAD_INPUT_CASE(datasetCases, "B19", "dataset with two records of one uuid")
BAD_INPUT_CASE(datasetCases, "B20", "dataset with a dangling reference")
BAD_INPUT_CASE(datasetCases, "B21", "dataset with attendance for a member of another cell")
BAD_INPUT_CASE(datasetCases, "B22", "dataset with attendance for an exempt member")
BAD_INPUT_CASE(datasetCases, "B23", "dataset listing a member twice in one attendance")
BAD_INPUT_CASE(datasetCases, "B24", "dataset with an unknown code")
BAD_INPUT_CASE(datasetCases, "B25", "dataset with a meeting that ends before it starts")
BAD_INPUT_CASE(datasetCases, "B26", "dataset whose records are already in the database")
