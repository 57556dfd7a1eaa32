// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberIoFixture.h"
#include "core/MemberTimeline.h"
#include "services/DemoDatabase.h"
#include "services/MemberImport.h"
#include "services/MemberSheet.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxWriter.h"
#include "support/Catch.h"

#include <QHash>

#include <algorithm>

using namespace chibo;
using chibo::test::MemberIoFixture;
using chibo::test::text;
using chibo::test::textGrid;
using chibo::test::texts;

namespace {

std::string problemsOf(const MemberImportPreview& preview)
{
    QStringList problems = preview.problems;
    for (const MemberImportRow& row : preview.rows)
        problems += row.problems;
    return problems.join(u'\n').toStdString();
}

/// The columns of the member sheet that do not depend on where and when the member was registered.
qsizetype cellColumn()
{
    return MemberSheet::header().indexOf(QStringLiteral("Cell"));
}

qsizetype statusColumn()
{
    return MemberSheet::header().indexOf(QStringLiteral("Status"));
}

QList<SheetValue> without(QList<SheetValue> row, qsizetype column)
{
    if (column < row.size())
        row.removeAt(column);
    return row;
}

/// Whether the demo member's status comes from admission and recognition alone (what an import records).
bool onlyAdmittedAndRecognised(const Member& member)
{
    return std::all_of(member.statusEvents.begin(), member.statusEvents.end(), [](const StatusEvent& e) {
        return e.kind == StatusEventKind::Admitted || e.kind == StatusEventKind::Recognised;
    });
}

const SheetGrid twoMembers = textGrid(
    {texts({"Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Số thẻ đảng viên", "Ngày quyết định kết nạp",
            "Ngày kết nạp", "Ngày chính thức"}),
     texts({"Nguyễn Văn An", "Nam", "12/05/1975", "066075000123", "01234567", "10/05/2005", "19/05/2005",
            "19/05/2006"}),
     texts({"Đặng Thị Bình", "Nữ", "07/03/1980", "066180000456", "01234568", "20/01/2026", "", ""})});

} // namespace

TEST_CASE("the demo's members go out to a workbook and into a new cell unchanged but for their cell")
{
    const MemberIoFixture fixture;
    const QDate asOf = MemberIoFixture::day();
    const QString demoPath = fixture.path(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(demoPath, asOf).ok());
    auto demo = Workspace::open(demoPath, Database::Mode::ReadOnly);
    REQUIRE(demo.ok());
    const auto demoRoot = (*demo)->findOrganisation(QString());
    REQUIRE(demoRoot.ok());
    const auto demoMembers = (*demo)->storage().loadSubtree(demoRoot->id);
    REQUIRE(demoMembers.ok());
    const auto first = MemberSheet::ofOrganisation(**demo, demoRoot->id, asOf);
    REQUIRE(first.ok());
    REQUIRE(first->rows.size() == demoMembers->members.size());
    REQUIRE(first->rows.size() >= 100);

    const QString xlsx = fixture.path(QStringLiteral("ea-sin.xlsx"));
    REQUIRE(XlsxWriter::write(xlsx, {*first}).ok());
    const auto grid = SheetReader::read(xlsx);
    REQUIRE(grid.ok());
    const auto preview = MemberImport::preview(*grid, asOf);
    REQUIRE(preview.ok());
    INFO(problemsOf(*preview));
    CHECK(preview->headerRow == 2); // under the caption
    CHECK_FALSE(preview->hasProblems());
    CHECK(preview->unmappedColumns() ==
          QStringList{QStringLiteral("P (Cell)"), QStringLiteral("Q (Status)")});
    REQUIRE(preview->rows.size() == first->rows.size());

    const auto imported =
        MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview, fixture.thon3(), asOf);
    INFO((imported ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported.ok());
    CHECK(*imported == first->rows.size());
    const auto second = MemberSheet::ofOrganisation(fixture.workspace(), fixture.rootId(), asOf);
    REQUIRE(second.ok());
    CHECK(second->header == first->header);
    REQUIRE(second->rows.size() == first->rows.size());
    QHash<QString, const Member*> demoByName;
    for (const Member& member : demoMembers->members)
        demoByName.insert(member.fullName, &member);
    for (qsizetype i = 0; i < first->rows.size(); ++i) {
        const QList<SheetValue>& before = first->rows[i];
        const QList<SheetValue>& after = second->rows[i];
        INFO(before.value(0).text.toStdString());
        CHECK(after.value(cellColumn()).text == QStringLiteral("Chi bộ thôn 3"));
        CHECK(without(without(before, statusColumn()), cellColumn()) ==
              without(without(after, statusColumn()), cellColumn()));
        // An import records admission and recognition only: later acts (exemption, transfer, death) are
        // the cell's to record, so only such members' status may differ.
        const Member* original = demoByName.value(before.value(0).text);
        REQUIRE(original);
        if (onlyAdmittedAndRecognised(*original))
            CHECK(after.value(statusColumn()) == before.value(statusColumn()));
    }
}

TEST_CASE("a commit creates each member admitted, recognised and registered in the cell, in one go")
{
    const MemberIoFixture fixture;
    const auto preview = MemberImport::preview(twoMembers, MemberIoFixture::day());
    REQUIRE(preview.ok());
    INFO(problemsOf(*preview));
    REQUIRE_FALSE(preview->hasProblems());
    const auto imported = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                               fixture.thon5(), MemberIoFixture::day());
    REQUIRE(imported.ok());
    CHECK(*imported == 2);
    const auto stored = fixture.workspace().storage().members().all();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    for (const Member& member : *stored) {
        CHECK_FALSE(member.id.isNull());
        REQUIRE(member.memberships.size() == 1);
        CHECK(member.memberships[0].orgId == fixture.thon5());
        CHECK(member.memberships[0].from == MemberIoFixture::day());
        CHECK(member.memberships[0].kind == CellMembership::Kind::Official);
        const MemberTimeline timeline(member);
        CHECK(timeline.attendingCellOn(MemberIoFixture::day()) == fixture.thon5());
        if (member.fullName == text("Nguyễn Văn An")) {
            REQUIRE(member.statusEvents.size() == 2);
            CHECK(member.statusEvents[0].kind == StatusEventKind::Admitted);
            CHECK(member.statusEvents[0].date == QDate(2005, 5, 19));
            CHECK(member.statusEvents[1].kind == StatusEventKind::Recognised);
            CHECK(member.statusEvents[1].date == QDate(2006, 5, 19));
            CHECK(timeline.stateOn(MemberIoFixture::day()).standing == Standing::Full);
        } else {
            CHECK(member.sex == Sex::Female);
            REQUIRE(member.statusEvents.size() == 1);
            CHECK(member.statusEvents[0].date == QDate(2026, 1, 20)); // the decision, without a ceremony
            CHECK(timeline.stateOn(MemberIoFixture::day()).standing == Standing::Probationary);
        }
    }
}

TEST_CASE("identifiers already in the database are refused at commit, naming the row, and nothing is written")
{
    const MemberIoFixture fixture;
    const auto preview = MemberImport::preview(twoMembers, MemberIoFixture::day());
    REQUIRE(preview.ok());
    REQUIRE(MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview, fixture.thon3(),
                                 MemberIoFixture::day())
                .ok());
    const SheetGrid again =
        textGrid({texts({"Họ và tên", "Giới tính", "Số thẻ đảng viên"}),
                  texts({"Phan Thị Hoa", "Nữ", "09876543"}), texts({"Nguyễn Văn Ân", "Nam", "0123 4567"})});
    const auto second = MemberImport::preview(again, MemberIoFixture::day());
    REQUIRE(second.ok());
    REQUIRE_FALSE(second->hasProblems());
    const auto refused = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *second,
                                              fixture.thon5(), MemberIoFixture::day());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("import.duplicate"));
    CHECK(refused.error().message.contains(text(
        "row 3, column C (Số thẻ đảng viên): “0123 4567” already belongs to Nguyễn Văn An in the database")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("row 2")));
    CHECK(fixture.memberCount() == 2);
    CHECK_FALSE(
        MemberImport::check(fixture.workspace(), MemberIoFixture::admin(), *second, fixture.thon5()).ok());
}

TEST_CASE("a viewer, or a secretary of another cell, cannot import; a secretary of the cell can")
{
    const MemberIoFixture fixture;
    const auto preview = MemberImport::preview(twoMembers, MemberIoFixture::day());
    REQUIRE(preview.ok());
    const Session viewer{text("Lê Văn Xem"), Role::Viewer, {}};
    const auto byViewer =
        MemberImport::commit(fixture.workspace(), viewer, *preview, fixture.thon3(), MemberIoFixture::day());
    REQUIRE_FALSE(byViewer.ok());
    CHECK(byViewer.error().code == QStringLiteral("permission_denied"));
    CHECK(fixture.memberCount() == 0);

    const Session otherSecretary{text("Trần Văn Cường"), Role::Secretary, {fixture.thon5()}};
    const auto byOther = MemberImport::commit(fixture.workspace(), otherSecretary, *preview, fixture.thon3(),
                                              MemberIoFixture::day());
    REQUIRE_FALSE(byOther.ok());
    CHECK(byOther.error().code == QStringLiteral("permission_denied"));
    CHECK(fixture.memberCount() == 0);

    const Session secretary{text("Phạm Văn Dũng"), Role::Secretary, {fixture.thon3()}};
    CHECK(MemberImport::commit(fixture.workspace(), secretary, *preview, fixture.thon3(),
                               MemberIoFixture::day())
              .ok());
    CHECK(fixture.memberCount() == 2);
}

TEST_CASE("members are imported into a cell, not into a committee")
{
    const MemberIoFixture fixture;
    const auto preview = MemberImport::preview(twoMembers, MemberIoFixture::day());
    REQUIRE(preview.ok());
    const auto refused = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                              fixture.rootId(), MemberIoFixture::day());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("import.not-a-cell"));
    CHECK(refused.error().message.contains(text("Đảng bộ xã Ea Tul")));
    CHECK(fixture.memberCount() == 0);
}
