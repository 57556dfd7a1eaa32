// SPDX-License-Identifier: GPL-3.0-or-later
// Bad criteria files (docs/bad-inputs.md, "Criteria files"): `criteria import` refuses them with the place
// (file:line:column and JSON pointer) and installs nothing; `criteria check` does the same for a set.
#include "BadInputCase.h"
#include "support/Catch.h"

#include <QDir>

using namespace chibo::test;

namespace {

/// `criteria import` of one file of tests/data/criteria/bad, with the demo as the database.
std::function<CliCommand(BadInputBench&)> importingCriteria(const char* file)
{
    return [file](BadInputBench& bench) {
        return CliCommand{bench.demo(),
                          {QStringLiteral("criteria"), QStringLiteral("import"),
                           BadInputBench::data(u"criteria/bad/" + QString::fromUtf8(file))}};
    };
}

/// `criteria check` of files of tests/data/criteria/set checked together.
std::function<CliCommand(BadInputBench&)> checking(QStringList files)
{
    return [files](BadInputBench& bench) {
        QStringList arguments{QStringLiteral("criteria"), QStringLiteral("check")};
        for (const QString& file : files)
            arguments.append(BadInputBench::data(u"criteria/set/" + file));
        return CliCommand{bench.demo(), arguments};
    };
}

const QList<BadInputCase>& criteriaCases()
{
    static const QList<BadInputCase> cases{
        {"B01", importingCriteria("syntax-error.json"), 1,
         text("syntax-error.json:5:9: The file is not valid JSON here")},
        {"B02", importingCriteria("unknown-metric.json"), 1,
         text("unknown-metric.json:17:26 /indicators/0/value/metric: Unknown metric "
              "\"meeting.atendance_rate\"; "
              "did you mean \"meeting.attendance_rate\"?")},
        {"B03", importingCriteria("wrong-type.json"), 1,
         text("wrong-type.json:12:14 /example: \"example\" must be true or false.")},
        {"B04", importingCriteria("missing-field.json"), 1,
         text("missing-field.json:19:5 /indicators/1/legal_ref: The required field \"legal_ref\" is "
              "missing.")},
        {"B05", checking({QStringLiteral("sinh-hoat-2018.json"), QStringLiteral("sinh-hoat-chong-lan.json")}),
         1, text("sinh-hoat-chong-lan.json:7:17 /valid_from: This file and ")},
        {"B06", importingCriteria("dates-reversed.json"), 1,
         text("dates-reversed.json:8:15 /valid_to: \"valid_to\" (2017-12-31) is before \"valid_from\" "
              "(2018-07-06).")},
        {"B07", importingCriteria("newer-schema.json"), 1,
         text(
             "newer-schema.json:2:21 /schema_version: This file was written by a newer ChiBo (schema version "
             "2); this ChiBo reads schema version 1. Update ChiBo to use it.")},
        {"B08", importingCriteria("unknown-key.json"), 1,
         text("unknown-key.json:20:48 /indicators/1/legal_reff: Unknown key \"legal_reff\"; the keys allowed "
              "here are:")},
        {"B09", importingCriteria("bands-overlap.json"), 1,
         text("bands-overlap.json:18:66 /indicators/0/points/bands/1: The band from 2/5 to null overlaps the "
              "band from 0 to 1/2.")},
        {"B10", importingCriteria("indicator-cycle.json"), 1,
         text("indicator-cycle.json:21:24 /indicators/1/value/sum/0: Indicators read each other in a cycle: "
              "ty-le-du-hop → thoi-luong → ty-le-du-hop.")},
        {"B11", checking({QStringLiteral("nam-doc-khong-co.json")}), 1,
         text("nam-doc-khong-co.json:14:65 /indicators/0/value/results/criteria/1: No criteria file has the "
              "id "
              "\"khong-ton-tai\".")},
    };
    return cases;
}

} // namespace

BAD_INPUT_CASE(criteriaCases, "B01", "criteria file with a JSON syntax error names file line and column")
BAD_INPUT_CASE(criteriaCases, "B02", "criteria file with an unknown metric suggests the close name")
BAD_INPUT_CASE(criteriaCases, "B03", "criteria file with a value of the wrong type")
BAD_INPUT_CASE(criteriaCases, "B04", "criteria indicator without its legal reference")
BAD_INPUT_CASE(criteriaCases, "B05", "two versions of a criteria file whose validity dates overlap")
BAD_INPUT_CASE(criteriaCases, "B06", "criteria file valid to a date before it is valid from")
BAD_INPUT_CASE(criteriaCases, "B07", "criteria file of a newer schema version")
BAD_INPUT_CASE(criteriaCases, "B08", "criteria file with a misspelt key lists the allowed keys")
BAD_INPUT_CASE(criteriaCases, "B09", "criteria file whose point bands overlap")
BAD_INPUT_CASE(criteriaCases, "B10", "criteria indicators that read each other in a cycle")
BAD_INPUT_CASE(criteriaCases, "B11", "criteria file reading the results of a file nobody has")

TEST_CASE("a refused criteria file is not installed")
{
    BadInputBench bench;
    const auto run = bench.cli().run(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("criteria"), QStringLiteral("import"),
         BadInputBench::data(QStringLiteral("criteria/bad/unknown-metric.json"))});
    CHECK(run.exitCode == 1);
    CHECK(QString(run.out + run.err).contains(QStringLiteral("not installed (1 problem)")));
    const QDir installed(bench.cli().path(QStringLiteral("data/ChiBo/ChiBo/criteria")));
    CHECK(installed.entryList(QDir::Files).isEmpty());
    // The same folder does receive a good file, so the check above can fail.
    const auto good = bench.cli().run(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("criteria"), QStringLiteral("import"),
         BadInputBench::data(QStringLiteral("criteria/good/sinh-hoat-ea-kring.json"))});
    CHECK(good.exitCode == 0);
    CHECK(installed.entryList(QDir::Files).size() == 1);
}
