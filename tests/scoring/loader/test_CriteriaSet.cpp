// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoaderTestKit.h"
#include "scoring/CriteriaSet.h"
#include "support/Catch.h"

using namespace chibo;

namespace {

CriteriaSet::Loaded loadSet(std::initializer_list<const char*> names)
{
    QList<CriteriaSource> sources;
    for (const char* name : names) {
        sources.append(test::criteriaSource(QStringLiteral("set/") + QLatin1String(name)));
        REQUIRE_FALSE(sources.last().bytes.isEmpty());
    }
    return CriteriaSet::load(sources);
}

QStringList idsOf(const CriteriaSet& set)
{
    QStringList ids;
    for (const Criteria& file : set.files())
        ids.append(file.id + u'@' + file.validFrom.toString(Qt::ISODate));
    return ids;
}

} // namespace

TEST_CASE("Criteria set: two versions of an id, a reader, find and latest", "[loader][set]")
{
    const CriteriaSet::Loaded loaded =
        loadSet({"nam-doc-sinh-hoat.json", "sinh-hoat-2025.json", "sinh-hoat-2018.json"});
    INFO(test::describe(loaded.problems));
    CHECK(loaded.problems.isEmpty());
    CHECK(idsOf(loaded.set) == QStringList{QStringLiteral("chat-luong-sinh-hoat@2018-07-06"),
                                           QStringLiteral("chat-luong-sinh-hoat@2025-10-28"),
                                           QStringLiteral("tong-hop-sinh-hoat@2018-01-01")});
    const QString id = QStringLiteral("chat-luong-sinh-hoat");
    REQUIRE(loaded.set.find(id, QDate(2025, 10, 27)) != nullptr);
    CHECK(loaded.set.find(id, QDate(2025, 10, 27))->sourceName == QStringLiteral("sinh-hoat-2018.json"));
    CHECK(loaded.set.find(id, QDate(2025, 10, 28))->sourceName == QStringLiteral("sinh-hoat-2025.json"));
    CHECK(loaded.set.find(id, QDate(2018, 7, 5)) == nullptr);
    CHECK(loaded.set.latest(id)->sourceName == QStringLiteral("sinh-hoat-2025.json"));
    CHECK(loaded.set.latest(QStringLiteral("khong-co")) == nullptr);
}

TEST_CASE("Criteria set: overlapping versions of one id are reported on the later file", "[loader][set]")
{
    const CriteriaSet::Loaded loaded = loadSet({"sinh-hoat-2018.json", "sinh-hoat-chong-lan.json"});
    INFO(test::describe(loaded.problems));
    REQUIRE(loaded.problems.size() == 1);
    const CriteriaProblem& problem = loaded.problems.first();
    CHECK(problem.file == QStringLiteral("sinh-hoat-chong-lan.json"));
    CHECK(problem.code == QStringLiteral("criteria.validity-overlap"));
    CHECK(problem.pointer == QStringLiteral("/valid_from"));
    CHECK(problem.line == 7);
    CHECK(problem.column == 17);
    CHECK(problem.message.contains(QStringLiteral("sinh-hoat-2018.json")));
    CHECK(idsOf(loaded.set) == QStringList{QStringLiteral("chat-luong-sinh-hoat@2018-07-06")});
}

TEST_CASE("Criteria set: a results reference to an id no file has", "[loader][set]")
{
    const CriteriaSet::Loaded loaded = loadSet({"sinh-hoat-2018.json", "nam-doc-khong-co.json"});
    INFO(test::describe(loaded.problems));
    REQUIRE(loaded.problems.size() == 1);
    const CriteriaProblem& problem = loaded.problems.first();
    CHECK(problem.file == QStringLiteral("nam-doc-khong-co.json"));
    CHECK(problem.code == QStringLiteral("criteria.unknown-criteria"));
    CHECK(problem.pointer == QStringLiteral("/indicators/0/value/results/criteria/1"));
    CHECK(problem.line == 14);
    CHECK(problem.column == 65);
    CHECK(idsOf(loaded.set) == QStringList{QStringLiteral("chat-luong-sinh-hoat@2018-07-06")});
}

TEST_CASE("Criteria set: meeting results cannot be read over months", "[loader][set]")
{
    const CriteriaSet::Loaded loaded = loadSet({"sinh-hoat-2018.json", "nam-sai-doi-tuong.json"});
    INFO(test::describe(loaded.problems));
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].code == QStringLiteral("criteria.results-subject"));
    CHECK(loaded.problems[0].pointer == QStringLiteral("/indicators/0/value/results/criteria/0"));
    CHECK(loaded.problems[0].message.contains(QStringLiteral("organisation_month")));
}

TEST_CASE("Criteria set: a cycle between two files is reported on each, and their readers left out",
          "[loader][set]")
{
    const CriteriaSet::Loaded loaded =
        loadSet({"vong-a.json", "vong-b.json", "doc-vong.json", "sinh-hoat-2018.json"});
    INFO(test::describe(loaded.problems));
    REQUIRE(loaded.problems.size() == 3);
    CHECK(loaded.problems[0].file == QStringLiteral("doc-vong.json"));
    CHECK(loaded.problems[0].code == QStringLiteral("criteria.reads-excluded"));
    for (int i : {1, 2}) {
        CHECK(loaded.problems[i].code == QStringLiteral("criteria.reference-cycle"));
        CHECK(loaded.problems[i].pointer == QStringLiteral("/indicators/0/value/results/criteria/0"));
        CHECK(loaded.problems[i].line == 14);
        CHECK(loaded.problems[i].column == 41);
    }
    CHECK(loaded.problems[1].file == QStringLiteral("vong-a.json"));
    CHECK(loaded.problems[2].file == QStringLiteral("vong-b.json"));
    CHECK(idsOf(loaded.set) == QStringList{QStringLiteral("chat-luong-sinh-hoat@2018-07-06")});
}

TEST_CASE("Criteria set: a file reading a broken file is left out with a reason", "[loader][set]")
{
    QList<CriteriaSource> sources{test::criteriaSource(QStringLiteral("set/nam-doc-sinh-hoat.json"))};
    QByteArray broken = test::criteriaFile(QStringLiteral("set/sinh-hoat-2018.json"));
    broken.replace("\"level\": \"tot\"", "\"level\": \"kha\"");
    sources.append(CriteriaSource{QStringLiteral("sinh-hoat-hong.json"), broken});
    const CriteriaSet::Loaded loaded = CriteriaSet::load(sources);
    INFO(test::describe(loaded.problems));
    REQUIRE(loaded.problems.size() == 2);
    CHECK(loaded.problems[0].file == QStringLiteral("nam-doc-sinh-hoat.json"));
    CHECK(loaded.problems[0].code == QStringLiteral("criteria.reads-excluded"));
    CHECK(loaded.problems[1].code == QStringLiteral("criteria.unknown-level"));
    CHECK(loaded.set.isEmpty());
}

TEST_CASE("Criteria set: a results level the file read does not have", "[loader][set]")
{
    QByteArray reader = test::criteriaFile(QStringLiteral("set/nam-doc-sinh-hoat.json"));
    reader.replace("\"aggregate\": \"count\"", "\"aggregate\": \"count_at_least\", \"level\": \"kha\"");
    const QList<CriteriaSource> sources{CriteriaSource{QStringLiteral("nam-doc-kha.json"), reader},
                                        test::criteriaSource(QStringLiteral("set/sinh-hoat-2018.json"))};
    const CriteriaSet::Loaded loaded = CriteriaSet::load(sources);
    INFO(test::describe(loaded.problems));
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].code == QStringLiteral("criteria.unknown-level"));
    CHECK(loaded.problems[0].pointer == QStringLiteral("/indicators/0/value/results/level"));
    CHECK(loaded.problems[0].line == 14);
    CHECK(loaded.problems[0].column == 126);
    CHECK(loaded.set.files().size() == 1);
}
