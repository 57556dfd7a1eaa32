// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberIoFixture.h"
#include "core/Dataset.h"
#include "core/MemberTimeline.h"
#include "services/DemoDatabase.h"
#include "services/MemberImport.h"
#include "services/MemberSheet.h"
#include "services/StatusHistorySheet.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxWriter.h"
#include "support/Catch.h"

#include <QHash>

#include <algorithm>
#include <memory>

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

qsizetype cellColumn()
{
    return MemberSheet::header().indexOf(QStringLiteral("Cell"));
}

QList<SheetValue> without(QList<SheetValue> row, qsizetype column)
{
    if (column < row.size())
        row.removeAt(column);
    return row;
}

/// A status event as the workbook carries it: everything but its id.
StatusEvent carried(StatusEvent event)
{
    event.id = QUuid();
    return event;
}

QList<StatusEvent> carried(const QList<StatusEvent>& events)
{
    QList<StatusEvent> kept;
    for (const StatusEvent& event : events)
        kept.append(carried(event));
    return kept;
}

/// How many of `members`' events the status history carries, by kind.
QHash<StatusEventKind, int> carriedKinds(const QList<Member>& members)
{
    QHash<StatusEventKind, int> kinds;
    for (const Member& member : members) {
        for (const StatusEvent& event : member.statusEvents)
            ++kinds[event.kind];
    }
    return kinds;
}

const SheetGrid twoMembers = textGrid(
    {texts({"Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Số thẻ đảng viên", "Ngày quyết định kết nạp",
            "Ngày kết nạp", "Ngày chính thức"}),
     texts({"Nguyễn Văn An", "Nam", "12/05/1975", "066075000123", "01234567", "10/05/2005", "19/05/2005",
            "19/05/2006"}),
     texts({"Đặng Thị Bình", "Nữ", "07/03/1980", "066180000456", "01234568", "20/01/2026", "", ""})});

/// The demo (Đảng bộ xã Ea Sin on the fixture's day) opened read-only, with everything of its root.
struct Demo {
    explicit Demo(const MemberIoFixture& fixture)
    {
        const QString path = fixture.path(QStringLiteral("demo.sqlite"));
        REQUIRE(DemoDatabase::create(path, MemberIoFixture::day()).ok());
        auto opened = Workspace::open(path, Database::Mode::ReadOnly);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        const auto root = workspace->findOrganisation(QString());
        REQUIRE(root.ok());
        rootId = root->id;
        auto loaded = workspace->storage().loadSubtree(rootId);
        REQUIRE(loaded.ok());
        data = std::move(loaded).value();
    }
    std::unique_ptr<Workspace> workspace;
    QUuid rootId;
    Dataset data;
};

/// Checks that the second workbook is the first but for the Cell column of the members, which names the
/// cell imported into.
void checkSameWorkbook(const QList<SheetTable>& first, const QList<SheetTable>& second)
{
    REQUIRE(second.size() == 2);
    CHECK(second[0].header == first[0].header);
    REQUIRE(second[0].rows.size() == first[0].rows.size());
    for (qsizetype i = 0; i < first[0].rows.size(); ++i) {
        const QList<SheetValue>& before = first[0].rows[i];
        const QList<SheetValue>& after = second[0].rows[i];
        INFO(before.value(0).text.toStdString());
        CHECK(after.value(cellColumn()).text == QStringLiteral("Chi bộ thôn 3"));
        CHECK(without(before, cellColumn()) == without(after, cellColumn()));
    }
    CHECK(second[1].header == first[1].header);
    CHECK(second[1].rows == first[1].rows);
}

/// Checks that every member of `original` is stored in `workspace` with the same status events.
void checkSameEvents(const QList<Member>& original, const Workspace& workspace)
{
    const auto stored = workspace.storage().members().all();
    REQUIRE(stored.ok());
    QHash<QString, const Member*> importedByName;
    for (const Member& member : *stored)
        importedByName.insert(member.fullName, &member);
    REQUIRE(importedByName.size() == original.size());
    for (const Member& member : original) {
        INFO(member.fullName.toStdString());
        const Member* back = importedByName.value(member.fullName);
        REQUIRE(back);
        CHECK(carried(back->statusEvents) == carried(member.statusEvents));
        CHECK(MemberTimeline(*back).stateOn(MemberIoFixture::day()) ==
              MemberTimeline(member).stateOn(MemberIoFixture::day()));
    }
}

} // namespace

// What comes back differs only where an import must differ: every member is registered in the one cell
// imported into from the import day (the Cell column, the registrations), and positions are not carried.
// Plain fields, every status event with its date, decision and note (the admission's and recognition's
// among them), and so the Status column come back the same.
TEST_CASE("the demo's members and their status history go out to a workbook and into a new cell unchanged "
          "but for their cell")
{
    const MemberIoFixture fixture;
    const Demo demo(fixture);
    // Đảng bộ xã Ea Sin has members exempted, suspended, away or in temporarily, transferred in and out,
    // removed and deceased: the history has something of each to carry.
    const QHash<StatusEventKind, int> kinds = carriedKinds(demo.data.members);
    for (const StatusEventKind kind :
         {StatusEventKind::ExemptionStarted, StatusEventKind::Suspended, StatusEventKind::SuspensionLifted,
          StatusEventKind::TransferredInOfficial, StatusEventKind::TransferredOutOfficial,
          StatusEventKind::TransferredInTemporary, StatusEventKind::TransferredOutTemporary,
          StatusEventKind::ReturnedFromTemporary, StatusEventKind::Removed, StatusEventKind::Deceased})
        CHECK(kinds.value(kind) > 0);
    int eventCount = 0;
    for (const int count : kinds)
        eventCount += count;
    const auto first = MemberSheet::workbookOf(*demo.workspace, demo.rootId, MemberIoFixture::day());
    REQUIRE(first.ok());
    REQUIRE(first->size() == 2);
    REQUIRE(first->at(0).rows.size() == demo.data.members.size());
    REQUIRE(first->at(0).rows.size() >= 100);
    REQUIRE(first->at(1).rows.size() == eventCount);

    const QString xlsx = fixture.path(QStringLiteral("ea-sin.xlsx"));
    REQUIRE(XlsxWriter::write(xlsx, *first).ok());
    const auto sheets = SheetReader::readAll(xlsx);
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 2);
    const auto preview =
        MemberImport::preview(sheets->at(0), MemberIoFixture::day(), MemberImport::historyOf(*sheets));
    REQUIRE(preview.ok());
    INFO(problemsOf(*preview));
    CHECK(preview->headerRow == 2); // under the caption
    CHECK_FALSE(preview->hasProblems());
    CHECK(preview->unmappedColumns() ==
          QStringList{QStringLiteral("P (Cell)"), QStringLiteral("Q (Status)")});
    REQUIRE(preview->rows.size() == first->at(0).rows.size());
    CHECK(preview->historySheet == QStringLiteral("Status history"));
    CHECK(preview->history.size() == eventCount);
    CHECK(preview->warningCount() == 0);

    const auto imported = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                               fixture.thon3(), MemberIoFixture::day());
    INFO((imported ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported.ok());
    CHECK(*imported == first->at(0).rows.size());
    const auto second =
        MemberSheet::workbookOf(fixture.workspace(), fixture.rootId(), MemberIoFixture::day());
    REQUIRE(second.ok());
    checkSameWorkbook(*first, *second);
    checkSameEvents(demo.data.members, fixture.workspace());
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

TEST_CASE("a viewer, or a secretary of another cell, cannot import, a secretary of the cell can")
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
