// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearendFixture.h"
#include "services/CriteriaInstall.h"
#include "services/CriteriaLibrary.h"
#include "support/Catch.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace chibo;
using chibo::test::YearendFixture;

namespace {

/// chi-bo-bon-tot under another id, optionally with a misspelt metric.
QString writeCopy(const QTemporaryDir& dir, const QString& name, const QString& id, bool misspelt)
{
    QString text = QString::fromUtf8(chibo::test::shippedCriteriaFile(QStringLiteral("chi-bo-bon-tot.json")));
    text.replace(QStringLiteral("\"id\": \"chi-bo-bon-tot\""), QStringLiteral("\"id\": \"") + id + u'"');
    if (misspelt)
        text.replace(QStringLiteral("\"org.targets_met_rate\""), QStringLiteral("\"org.targets_met_rat\""));
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

QList<CriteriaSource> installed()
{
    auto sources = CriteriaLibrary::installedSources();
    REQUIRE(sources.ok());
    return *sources;
}

} // namespace

TEST_CASE("a criteria file with a problem is reported at file:line:column and not installed")
{
    YearendFixture demo;
    const QString path =
        writeCopy(demo.dir, QStringLiteral("bon-tot-loi.json"), QStringLiteral("chi-bo-bon-tot-loi"), true);
    const auto checked = CriteriaInstall::check(path, installed());
    REQUIRE(checked.ok());
    CHECK_FALSE(checked->acceptable());
    REQUIRE(checked->problems.size() == 1);
    const CriteriaProblem& problem = checked->problems.constFirst();
    CHECK(problem.code == u"criteria.unknown-metric");
    CHECK(problem.toString().contains(QRegularExpression(QStringLiteral("bon-tot-loi\\.json:\\d+:\\d+ "
                                                                        "/indicators/\\d+/value/metric: "))));
    const auto refused =
        CriteriaInstall::install(*demo.workspace, Session{QStringLiteral("Nguyễn Văn Quản"), Role::Admin, {}},
                                 *checked, CriteriaLibrary::userDirectory());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"criteria.invalid");
    CHECK(QDir(CriteriaLibrary::userDirectory()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("a good copy under a new id is installed, loaded with the shipped files, and not twice")
{
    YearendFixture demo;
    const QString path = writeCopy(demo.dir, QStringLiteral("bon-tot-ea-sin.json"),
                                   QStringLiteral("chi-bo-bon-tot-ea-sin"), false);
    const auto checked = CriteriaInstall::check(path, installed());
    REQUIRE(checked.ok());
    CHECK(checked->problems.isEmpty());
    CHECK(checked->criteriaId == u"chi-bo-bon-tot-ea-sin");
    CHECK(checked->version == u"2023.1");

    Session secretary{QStringLiteral("Đặng Thị Bình"),
                      Role::Secretary,
                      {demo.orgId(QStringLiteral("Chi bộ buôn Ea Kring"))}};
    const auto denied =
        CriteriaInstall::install(*demo.workspace, secretary, *checked, CriteriaLibrary::userDirectory());
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == u"permission_denied");

    const auto written =
        CriteriaInstall::install(*demo.workspace, Session{QStringLiteral("Nguyễn Văn Quản"), Role::Admin, {}},
                                 *checked, CriteriaLibrary::userDirectory());
    REQUIRE(written.ok());
    CHECK(
        *written ==
        QDir(CriteriaLibrary::userDirectory()).filePath(QStringLiteral("chi-bo-bon-tot-ea-sin-2023.1.json")));
    CHECK(CriteriaLibrary::isUserFile(*written));
    const auto loaded = CriteriaLibrary::loadInstalled();
    REQUIRE(loaded.ok());
    CHECK(loaded->problems.isEmpty());
    CHECK(loaded->set.files().size() == 21);
    REQUIRE(loaded->set.latest(QStringLiteral("chi-bo-bon-tot-ea-sin")));
    CHECK(
        CriteriaLibrary::isUserFile(loaded->set.latest(QStringLiteral("chi-bo-bon-tot-ea-sin"))->sourceName));
    CHECK_FALSE(
        CriteriaLibrary::isUserFile(loaded->set.latest(QStringLiteral("chi-bo-bon-tot"))->sourceName));

    // The same file again overlaps the installed copy's validity.
    const auto again = CriteriaInstall::check(path, installed());
    REQUIRE(again.ok());
    CHECK_FALSE(again->acceptable());
    CHECK(again->problems.constFirst().code == u"criteria.validity-overlap");
}

TEST_CASE("a copy of a shipped file under its own id is refused, and a missing file is an error")
{
    YearendFixture demo;
    const QString path =
        writeCopy(demo.dir, QStringLiteral("chi-bo-bon-tot.json"), QStringLiteral("chi-bo-bon-tot"), false);
    const auto checked = CriteriaInstall::check(path, installed());
    REQUIRE(checked.ok());
    CHECK_FALSE(checked->acceptable());
    CHECK_FALSE(checked->problems.isEmpty());
    const auto missing =
        CriteriaInstall::check(demo.dir.filePath(QStringLiteral("không-có.json")), installed());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == u"criteria.unreadable");
}

TEST_CASE("the test cases shipped beside a criteria file travel with the program")
{
    const QList<CriteriaSource> cases = CriteriaLibrary::shippedCases(QStringLiteral("chi-bo-bon-tot"));
    REQUIRE(cases.size() == 2);
    CHECK(cases.at(0).name == u"criteria/tests/chi-bo-bon-tot/chua-dat.json");
    CHECK(cases.at(1).name == u"criteria/tests/chi-bo-bon-tot/dat.json");
    CHECK_FALSE(cases.at(0).bytes.isEmpty());
    CHECK(CriteriaLibrary::shippedCases(QStringLiteral("../chi-bo-bon-tot")).isEmpty());
    CHECK(CriteriaLibrary::shippedCases(QStringLiteral("khong-co-tep-nay")).isEmpty());
}
