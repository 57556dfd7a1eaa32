// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberIoFixture.h"
#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "services/MemberImport.h"
#include "services/StatusHistorySheet.h"
#include "support/Catch.h"

#include <algorithm>

using namespace chibo;
using chibo::test::allProblems;
using chibo::test::MemberIoFixture;
using chibo::test::text;
using chibo::test::textGrid;
using chibo::test::texts;

namespace {

const SheetGrid members = textGrid(
    {texts({"Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Số thẻ đảng viên", "Ngày kết nạp",
            "Ngày chính thức", "Tình trạng"}),
     texts({"Nguyễn Văn An", "Nam", "12/05/1950", "066050000123", "01234567", "19/05/1975", "19/05/1976",
            "Từ trần"}),
     texts({"Đặng Thị Bình", "Nữ", "07/03/1948", "", "01234568", "03/02/1970", "03/02/1971",
            "Đảng viên chính thức, miễn sinh hoạt"}),
     texts({"Y Bhim Niê", "Nam", "02/09/1979", "", "", "02/09/2019", "02/09/2020", "Đảng viên chính thức"})});

/// A history sheet as a secretary may keep it: Vietnamese headers without diacritics, members named by
/// card number, by citizen ID, or by full name and date of birth.
SheetGrid history(const QList<QStringList>& rows)
{
    SheetGrid grid =
        textGrid(QList<QStringList>{texts({"Ho va ten", "Ngay sinh", "So CCCD", "So the dang vien", "Ngay",
                                           "Su kien", "So quyet dinh", "Ghi chu"})} +
                 rows);
    grid.sheetName = text("Lịch sử tình trạng");
    return grid;
}

const QList<QStringList> goodEvents = {
    texts({"Đặng Thị Bình", "", "", "01234568", "01/03/2018", "Miễn công tác và sinh hoạt đảng",
           "Số 04-NQ/CB", "Tuổi cao, sức yếu."}),
    texts({"", "", "066050000123", "", "03/10/2025", "Từ trần", "", "Từ trần tại nhà riêng."}),
    texts({"Y Bhim Niê", "02/09/1979", "", "", "01/03/2025", "chuyen sinh hoat tam thoi di", "Số 15-GGT/ĐU",
           ""}),
    texts({"Y Bhim Niê", "02/09/1979", "", "", "01/10/2025", "Returned from temporary transfer", "", ""})};

const Member* named(const QList<Member>& stored, const char* name)
{
    const auto found = std::find_if(stored.begin(), stored.end(),
                                    [name](const Member& m) { return m.fullName == text(name); });
    REQUIRE(found != stored.end());
    return &*found;
}

} // namespace

TEST_CASE("a workbook's status history is read by its headers, linked to the members and imported with them")
{
    const MemberIoFixture fixture;
    const auto sheets = QList<SheetGrid>{members, history(goodEvents)};
    const auto preview =
        MemberImport::preview(members, MemberIoFixture::day(), MemberImport::historyOf(sheets));
    REQUIRE(preview.ok());
    INFO(allProblems(*preview).join(u'\n').toStdString());
    CHECK_FALSE(preview->hasProblems());
    CHECK(preview->historySheet == text("Lịch sử tình trạng"));
    REQUIRE(preview->history.size() == 4);
    CHECK(preview->history[0].memberRow == 3);
    CHECK(preview->history[1].memberRow == 2);
    CHECK(preview->history[2].memberRow == 4);
    CHECK(preview->history[2].event.kind == StatusEventKind::TransferredOutTemporary);
    // The statuses are dated by the history: nothing to warn about.
    CHECK(preview->warningCount() == 0);

    const auto imported = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                               fixture.thon3(), MemberIoFixture::day());
    INFO((imported ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported.ok());
    const auto stored = fixture.workspace().storage().members().all();
    REQUIRE(stored.ok());
    const Member* binh = named(*stored, "Đặng Thị Bình");
    REQUIRE(binh->statusEvents.size() == 3);
    const StatusEvent& exemption = binh->statusEvents[2];
    CHECK(exemption.kind == StatusEventKind::ExemptionStarted);
    CHECK(exemption.date == QDate(2018, 3, 1));
    CHECK(exemption.decision == text("Số 04-NQ/CB"));
    CHECK(exemption.note == text("Tuổi cao, sức yếu."));
    CHECK_FALSE(exemption.id.isNull());
    CHECK(MemberTimeline(*binh).stateOn(MemberIoFixture::day()).exempt);
    const Member* an = named(*stored, "Nguyễn Văn An");
    CHECK(MemberTimeline(*an).stateOn(MemberIoFixture::day()).leftBy == LeaveReason::Deceased);
    CHECK(MemberTimeline(*an).stateOn(QDate(2025, 10, 2)).standing == Standing::Full);
    const Member* bhim = named(*stored, "Y Bhim Niê");
    CHECK(bhim->statusEvents.size() == 4);
    CHECK_FALSE(MemberTimeline(*bhim).stateOn(MemberIoFixture::day()).temporarilyAway);
    CHECK(MemberTimeline(*bhim).stateOn(QDate(2025, 6, 1)).temporarilyAway);
}

TEST_CASE("a history sheet with bad rows lists each problem by sheet, row and column, and nothing is written")
{
    const MemberIoFixture fixture;
    QList<QStringList> events = goodEvents;
    events +=
        {texts({"", "", "", "09999999", "01/03/2018", "Từ trần", "", ""}),
         texts({"Đặng Thị Bình", "", "", "01234568", "31/02/2024", "Đình chỉ sinh hoạt đảng", "", ""}),
         texts({"Đặng Thị Bình", "", "", "01234568", "01/06/2024", "Nghỉ hưu", "", ""}),
         texts({"Y Bhim Niê", "02/09/1979", "", "", "01/01/2015", "Miễn công tác và sinh hoạt đảng", "", ""}),
         texts({"Y Bhim Niê", "02/09/1979", "", "", "03/09/2019", "Kết nạp", "", ""}),
         texts({"Y Bhim Niê", "02/09/1980", "", "", "01/01/2026", "Khai trừ", "", ""}),
         texts({"Nguyễn Văn Ân", "", "066050000123", "", "01/01/2027", "Xóa tên", "", ""})};
    const SheetGrid sheet = history(events);
    const auto preview = MemberImport::preview(members, MemberIoFixture::day(), sheet);
    REQUIRE(preview.ok());
    const QStringList problems = allProblems(*preview);
    INFO(problems.join(u'\n').toStdString());
    const QString at = text("sheet “Lịch sử tình trạng”, ");
    CHECK(problems.contains(
        at + text("row 6, column D (So the dang vien): no member on the members sheet has “09999999”")));
    CHECK(problems.contains(at + text("row 7, column E (Ngay): “31/02/2024” is not a date (dd/mm/yyyy)")));
    const QStringList unknownEvent = problems.filter(
        at + text("row 8, column F (Su kien): “Nghỉ hưu” is not a status event: write one of “"));
    REQUIRE(unknownEvent.size() == 1);
    CHECK(unknownEvent[0].contains(u'“' + Labels::of(StatusEventKind::Deceased) + u'”'));
    CHECK(unknownEvent[0].contains(u'“' + Labels::of(StatusEventKind::Admitted) + u'”'));
    CHECK(problems.contains(
        at +
        text(
            "row 9, column E (Ngay): the event (01/01/2015) is before the member's admission (02/09/2019)")));
    CHECK(problems.contains(at + text("row 10, column E (Ngay): the members sheet admits the member on "
                                      "02/09/2019, not on 03/09/2019")));
    CHECK(problems.contains(at + text("row 11, column A (Ho va ten): no member on the members sheet is “Y "
                                      "Bhim Niê”, born 02/09/1980")));
    CHECK(problems.contains(at + text("row 12, column A (Ho va ten): “066050000123” belongs to Nguyễn Văn An "
                                      "(row 2 of the members sheet), not to “Nguyễn Văn Ân”")));
    CHECK(problems.contains(at +
                            text("row 12, column E (Ngay): 01/01/2027 is in the future (after 22/11/2026)")));
    CHECK(preview->problemCount() == 8);
    // A row naming no member of the file is a problem of the file; the others are their member's.
    CHECK(preview->problems.size() == 2);
    CHECK(preview->rows[0].problems.size() == 2);
    CHECK(preview->rows[1].problems.size() == 2);
    CHECK(preview->rows[2].problems.size() == 2);
    CHECK(preview->history.size() == 11);

    const auto refused = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                              fixture.thon3(), MemberIoFixture::day());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("import.problems"));
    CHECK(fixture.memberCount() == 0);
}

TEST_CASE("a CSV whose Status says a member died warns on that row, and still imports the members")
{
    const MemberIoFixture fixture;
    const SheetGrid grid = fixture.csv(QStringLiteral("dang-vien.csv"),
                                       "Họ và tên,Giới tính,Ngày kết nạp,Ngày chính thức,Tình trạng\n"
                                       "Nguyễn Văn An,Nam,19/05/1975,19/05/1976,Từ trần\n"
                                       "Đặng Thị Bình,Nữ,03/02/1970,03/02/1971,Đảng viên chính thức\n"
                                       "Y Bhim Niê,Nam,02/09/2019,,Probationary member\n"
                                       "Lò Văn Pọm,Nam,20/10/2026,,\n");
    REQUIRE(MemberImport::historyOf({grid}) == std::nullopt);
    const auto preview = MemberImport::preview(grid, MemberIoFixture::day());
    REQUIRE(preview.ok());
    INFO(allProblems(*preview).join(u'\n').toStdString());
    CHECK_FALSE(preview->hasProblems());
    CHECK(preview->historySheet.isEmpty());
    CHECK(preview->unmappedColumns() == texts({"E (Tình trạng)"}));
    REQUIRE(preview->rows.size() == 4);
    CHECK(preview->rows[0].warnings ==
          QStringList{
              text("row 2, column E (Tình trạng): the status “Từ trần” cannot be re-created without its "
                   "date; import the workbook with its status history, or record it after import")});
    CHECK(preview->rows[1].warnings.isEmpty());
    CHECK(preview->rows[2].warnings.isEmpty());
    CHECK(preview->rows[3].warnings.isEmpty());
    CHECK(preview->warningCount() == 1);

    const auto imported = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                               fixture.thon5(), MemberIoFixture::day());
    INFO((imported ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported.ok());
    CHECK(*imported == 4);
    const auto stored = fixture.workspace().storage().members().all();
    REQUIRE(stored.ok());
    // The death has no date to record: the member comes in as a full member, for the cell to correct.
    CHECK(MemberTimeline(*named(*stored, "Nguyễn Văn An")).stateOn(MemberIoFixture::day()).standing ==
          Standing::Full);
}

TEST_CASE("the status history sheet's headers and events are known in English and Vietnamese")
{
    CHECK(StatusHistorySheet::match(QStringLiteral("Party card number")) ==
          StatusHistoryColumn::PartyCardNumber);
    CHECK(StatusHistorySheet::match(text("SỐ THẺ ĐẢNG VIÊN")) == StatusHistoryColumn::PartyCardNumber);
    CHECK(StatusHistorySheet::match(text("Ngày")) == StatusHistoryColumn::Date);
    CHECK(StatusHistorySheet::match(QStringLiteral("Event")) == StatusHistoryColumn::Event);
    CHECK(StatusHistorySheet::match(text("Số quyết định")) == StatusHistoryColumn::Decision);
    CHECK(StatusHistorySheet::match(text("Ghi chú")) == StatusHistoryColumn::Note);
    CHECK(StatusHistorySheet::match(text("Giới tính")) == std::nullopt);
    CHECK(StatusHistorySheet::eventOf(text("Chuyển sinh hoạt chính thức đi")) ==
          StatusEventKind::TransferredOutOfficial);
    CHECK(StatusHistorySheet::eventOf(text("chuyen sinh hoat chinh thuc den")) ==
          StatusEventKind::TransferredInOfficial);
    CHECK(StatusHistorySheet::eventOf(text("Thôi miễn công tác và sinh hoạt đảng")) ==
          StatusEventKind::ExemptionEnded);
    CHECK(StatusHistorySheet::eventOf(QStringLiteral("Transferred out (temporary)")) ==
          StatusEventKind::TransferredOutTemporary);
    CHECK(StatusHistorySheet::eventOf(QStringLiteral("suspension_lifted")) ==
          StatusEventKind::SuspensionLifted);
    CHECK(StatusHistorySheet::eventOf(text("Nghỉ hưu")) == std::nullopt);
    // Every event the sheet writes is read back as itself.
    for (int kind = int(StatusEventKind::Admitted); kind <= int(StatusEventKind::Deceased); ++kind)
        CHECK(StatusHistorySheet::eventOf(Labels::of(StatusEventKind(kind))) == StatusEventKind(kind));
    // A sheet without a date column is no status history.
    CHECK(MemberImport::historyOf({members, textGrid({texts({"Họ và tên", "Sự kiện"})})}) == std::nullopt);
}
