// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleDatasets.h"
#include "dataset/DatasetReader.h"
#include "dataset/DatasetWriter.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace chibo;
using chibo::test::everyFieldDataset;
using chibo::test::readTestFile;
using chibo::test::requiredFieldsDataset;

namespace {

Dataset readBack(const QByteArray& bytes)
{
    const Result<Dataset> result = DatasetReader::read(bytes, QStringLiteral("ea-kring.json"));
    INFO((result.ok() ? QString() : result.error().toString()));
    REQUIRE(result.ok());
    return result.value();
}

/// Every key used by any record of `section`, and by the records of its nested list `nested`.
QStringList keysOf(const QJsonObject& root, const QString& section, const QString& nested = {})
{
    QSet<QString> keys;
    for (const QJsonValue& record : root.value(section).toArray()) {
        if (nested.isEmpty()) {
            for (const QString& key : record.toObject().keys())
                keys.insert(key);
            continue;
        }
        for (const QJsonValue& item : record.toObject().value(nested).toArray())
            for (const QString& key : item.toObject().keys())
                keys.insert(key);
    }
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

QStringList sortedList(std::initializer_list<const char16_t*> keys)
{
    QStringList list;
    for (const char16_t* key : keys)
        list.append(QString::fromUtf16(key));
    list.sort();
    return list;
}

} // namespace

TEST_CASE("every field of every record type survives a write and a read")
{
    const Dataset original = everyFieldDataset();
    const Dataset back = readBack(DatasetWriter::write(original));
    CHECK(back.organisations == original.organisations);
    CHECK(back.members == original.members);
    CHECK(back.meetings == original.meetings);
    CHECK(back.targets == original.targets);
    CHECK(back.assignments == original.assignments);
    CHECK(back.disciplines == original.disciplines);
    CHECK(back.leaves == original.leaves);
    CHECK(back.dues == original.dues);
    CHECK(back.violations == original.violations);
    CHECK(back.commendations == original.commendations);
    CHECK(back == original);
    CHECK(back.dues[1].amount == 9007199254740993); // beyond a double's exact integers
}

TEST_CASE("a dataset with only the required fields round-trips and leaves the defaults out")
{
    const Dataset original = requiredFieldsDataset();
    const QByteArray bytes = DatasetWriter::write(original);
    CHECK(readBack(bytes) == original);
    for (const char* omitted :
         {"\"note\"", "\"to\"", "\"reason\"", "\"amount\"", "\"households\"", "\"parent\"", "\"remedied\"",
          "\"works_in_political_system\"", "\"speakers_count\"", "\"start\""})
        CHECK_FALSE(bytes.contains(omitted));
    // Enumerations and required fields are always written, even with their default value.
    CHECK(bytes.contains("\"kind\": \"subordinate_cell\""));
    CHECK(bytes.contains("\"sex\": \"male\""));
    CHECK(bytes.contains("\"state\": \"draft\""));
}

TEST_CASE("the full sample uses every field the format knows")
{
    const QJsonObject root = QJsonDocument::fromJson(DatasetWriter::write(everyFieldDataset())).object();
    CHECK(root.keys() == sortedList({u"format", u"format_version", u"organisations", u"members", u"meetings",
                                     u"targets", u"assignments", u"disciplines", u"leaves", u"dues",
                                     u"violations", u"commendations", u"ratings"}));
    CHECK(keysOf(root, QStringLiteral("organisations")) ==
          sortedList({u"id", u"parent", u"name", u"kind", u"cell_type", u"locality", u"short_name",
                      u"established_on", u"terms"}));
    CHECK(keysOf(root, QStringLiteral("organisations"), QStringLiteral("terms")) ==
          sortedList({u"id", u"from", u"to", u"label"}));
    CHECK(keysOf(root, QStringLiteral("members")) ==
          sortedList({u"id", u"full_name", u"given_name", u"birth_date", u"sex", u"ethnicity", u"religion",
                      u"hometown", u"citizen_id", u"phone", u"party_card_number", u"admission_decision_date",
                      u"ceremony_date", u"official_date", u"works_in_political_system", u"note",
                      u"status_history", u"memberships", u"positions"}));
    CHECK(keysOf(root, QStringLiteral("members"), QStringLiteral("status_history")) ==
          sortedList({u"id", u"date", u"kind", u"decision", u"note"}));
    CHECK(keysOf(root, QStringLiteral("members"), QStringLiteral("memberships")) ==
          sortedList({u"id", u"organisation", u"from", u"to", u"kind"}));
    CHECK(keysOf(root, QStringLiteral("members"), QStringLiteral("positions")) ==
          sortedList({u"id", u"organisation", u"position", u"from", u"to"}));
    CHECK(keysOf(root, QStringLiteral("meetings")) ==
          sortedList({u"id", u"organisation", u"date", u"start", u"end", u"kind", u"place", u"topic",
                      u"chair", u"minute_taker", u"upper_attendees", u"agenda", u"documents_posted_on",
                      u"speakers_count", u"minutes", u"conclusion", u"state", u"lifecycle", u"attendance"}));
    CHECK(keysOf(root, QStringLiteral("meetings"), QStringLiteral("lifecycle")) ==
          sortedList({u"state", u"by", u"at", u"note"}));
    CHECK(keysOf(root, QStringLiteral("meetings"), QStringLiteral("attendance")) ==
          sortedList({u"member", u"status", u"reason", u"note"}));
    CHECK(keysOf(root, QStringLiteral("targets")) ==
          sortedList({u"id", u"organisation", u"meeting", u"plan_year", u"title", u"kind", u"owner",
                      u"due_month", u"planned", u"actual", u"unit", u"status", u"note"}));
    CHECK(keysOf(root, QStringLiteral("assignments")) ==
          sortedList({u"id", u"member", u"organisation", u"task", u"area", u"households", u"from", u"to",
                      u"follow_ups"}));
    CHECK(keysOf(root, QStringLiteral("assignments"), QStringLiteral("follow_ups")) ==
          sortedList({u"date", u"note"}));
    CHECK(keysOf(root, QStringLiteral("disciplines")) ==
          sortedList({u"id", u"subject", u"member", u"organisation", u"form", u"decision_date", u"issuer",
                      u"decision", u"violation", u"self_discovered", u"remedied"}));
    CHECK(keysOf(root, QStringLiteral("leaves")) ==
          sortedList({u"id", u"member", u"kind", u"from", u"to", u"note"}));
    CHECK(keysOf(root, QStringLiteral("dues")) == sortedList({u"member", u"month", u"state", u"amount"}));
    CHECK(keysOf(root, QStringLiteral("violations")) ==
          sortedList({u"id", u"member", u"date", u"kind", u"note"}));
    CHECK(keysOf(root, QStringLiteral("commendations")) ==
          sortedList({u"id", u"member", u"organisation", u"date", u"title", u"issuer", u"decision"}));
    CHECK(keysOf(root, QStringLiteral("ratings")) ==
          sortedList(
              {u"id", u"criteria", u"indicator", u"subject", u"period", u"value", u"note", u"by", u"on"}));
}

TEST_CASE("the written bytes are stable and match the reviewed example file")
{
    const Dataset original = everyFieldDataset();
    const QByteArray first = DatasetWriter::write(original);
    CHECK(DatasetWriter::write(original) == first);
    CHECK(DatasetWriter::write(readBack(first)) == first);
    const QByteArray golden = readTestFile(QStringLiteral("datasets/ea-kring.json"));
    REQUIRE_FALSE(golden.isEmpty());
    CHECK(first == golden);
}

TEST_CASE("the document is indented UTF-8 with sorted keys and ends with a newline")
{
    const QByteArray bytes = DatasetWriter::write(everyFieldDataset());
    CHECK(bytes.startsWith("{\n    \"assignments\": [\n        {\n"));
    CHECK(bytes.endsWith("]\n}\n"));
    CHECK(bytes.contains("\"format\": \"chibo-dataset\",\n    \"format_version\": 2,\n"));
    CHECK(bytes.contains("\"full_name\": \"Đặng Thị Bình\"")); // raw UTF-8, not \u escapes
    CHECK(bytes.contains("\"ethnicity\": \"Ê Đê\""));
    CHECK(bytes.contains("phát biểu.\\n\\\"Đạt yêu cầu\\\".\"")); // newline and quotes escaped
    CHECK(bytes.indexOf("\"cell_type\"") < bytes.indexOf("\"established_on\""));
}

TEST_CASE("values are written in their documented text forms")
{
    const QByteArray bytes = DatasetWriter::write(everyFieldDataset());
    const QString binhId = test::idFor(QStringLiteral("Đặng Thị Bình")).toString(QUuid::WithoutBraces);
    CHECK(binhId == binhId.toLower());
    CHECK(bytes.contains((QStringLiteral("\"id\": \"") + binhId + u'"').toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArray("{" + binhId.toUtf8())));
    CHECK(bytes.contains("\"date\": \"2025-03-05\""));
    CHECK(bytes.contains("\"start\": \"19:30\""));
    CHECK(bytes.contains("\"end\": \"21:45\""));
    CHECK(bytes.contains("\"at\": \"2025-03-05T21:50:00+07:00\""));
    CHECK(bytes.contains("\"at\": \"2025-03-06T01:02:03.450Z\""));
    CHECK(bytes.contains("\"due_month\": \"2025-12\""));
    CHECK(bytes.contains("\"month\": \"2025-03\""));
    CHECK(bytes.contains("\"amount\": 9007199254740993"));
    CHECK(bytes.contains("\"self_discovered\": true"));
    CHECK(bytes.contains("\"status\": \"late\""));
    CHECK(bytes.contains("\"reason\": \"work\""));
    CHECK(bytes.contains("\"form\": \"warning\""));
}
