// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberIoFixture.h"
#include "core/MemberTimeline.h"
#include "services/AscendingUuids.h"
#include "services/EditContext.h"
#include "services/MemberBatch.h"
#include "services/MemberImport.h"
#include "services/YearLock.h"
#include "storage/Storage.h"
#include "support/Catch.h"

#include <QSet>

using namespace chibo;
using chibo::test::MemberIoFixture;
using chibo::test::text;
using chibo::test::textGrid;
using chibo::test::texts;

namespace {

/// `count` members on rows 2 … count + 1, each with a name, a sex, a birth date and the admission dates;
/// the members on the rows in `admittedIn2005` had their ceremony in 2005, the others in 2010.
SheetGrid manyMembers(int count, const QSet<int>& admittedIn2005 = {})
{
    QList<QStringList> rows{texts({"Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD",
                                   "Ngày quyết định kết nạp", "Ngày kết nạp", "Ngày chính thức"})};
    for (int i = 0; i < count; ++i) {
        const int row = i + 2;
        const QString year = admittedIn2005.contains(row) ? QStringLiteral("2005") : QStringLiteral("2010");
        rows.append({text("Nguyễn Văn ") + QString::number(row), i % 2 ? text("Nữ") : QStringLiteral("Nam"),
                     QStringLiteral("%1/%2/19%3").arg(i % 28 + 1).arg(i % 12 + 1).arg(60 + i % 30),
                     QStringLiteral("0660%1").arg(row, 8, 10, QChar(u'0')), QStringLiteral("02/01/") + year,
                     QStringLiteral("12/01/") + year,
                     i % 3 ? QStringLiteral("12/01/") + QString::number(year.toInt() + 1) : QString()});
    }
    return textGrid(rows);
}

void lockYear(const MemberIoFixture& fixture, int year)
{
    const QDateTime at(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    REQUIRE(YearLock::lock(fixture.workspace(), MemberIoFixture::admin(), fixture.rootId(), year, at).ok());
}

} // namespace

TEST_CASE("a commit of many rows stores every member as its row gives them, each in the cell from the day")
{
    const MemberIoFixture fixture;
    const auto preview = MemberImport::preview(manyMembers(300), MemberIoFixture::day());
    REQUIRE(preview.ok());
    REQUIRE_FALSE(preview->hasProblems());
    const auto imported = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                               fixture.thon3(), MemberIoFixture::day());
    REQUIRE(imported.ok());
    CHECK(*imported == 300);
    const auto stored = fixture.workspace().storage().members().all();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 300);
    QHash<QString, const Member*> byName;
    QSet<QUuid> ids;
    for (const Member& member : *stored) {
        byName.insert(member.fullName, &member);
        ids.insert(member.id);
        for (const StatusEvent& event : member.statusEvents)
            ids.insert(event.id);
        for (const CellMembership& membership : member.memberships)
            ids.insert(membership.id);
    }
    int records = 0;
    for (const MemberImportRow& row : preview->rows) {
        INFO(row.row);
        const Member* member = byName.value(row.member.fullName);
        REQUIRE(member);
        Member plain = *member;
        plain.id = QUuid();
        plain.statusEvents.clear();
        plain.memberships.clear();
        CHECK(plain == row.member);
        REQUIRE(member->statusEvents.size() == (row.member.officialDate.isValid() ? 2 : 1));
        CHECK(member->statusEvents[0].date == row.member.ceremonyDate);
        REQUIRE(member->memberships.size() == 1);
        CHECK(member->memberships[0].orgId == fixture.thon3());
        CHECK(member->memberships[0].from == MemberIoFixture::day());
        CHECK(MemberTimeline(*member).check().isEmpty());
        records += 2 + int(member->statusEvents.size());
    }
    CHECK(ids.size() == records); // every id new and different
}

TEST_CASE("a row refused in the middle of a commit, by a locked year, is named and nothing is written")
{
    const MemberIoFixture fixture;
    lockYear(fixture, 2005);
    const auto preview = MemberImport::preview(manyMembers(40, {25, 31}), MemberIoFixture::day());
    REQUIRE(preview.ok());
    REQUIRE_FALSE(preview->hasProblems());
    const auto refused = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                              fixture.thon3(), MemberIoFixture::day());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("year_locked"));
    CHECK(
        refused.error().message ==
        text("Nothing was imported.\nrow 25: Nguyễn Văn 25 cannot be changed: the classification of 2005 is "
             "locked for Đảng bộ xã Ea Tul."));
    CHECK(fixture.memberCount() == 0);

    lockYear(fixture, 2026); // the registrations from the import day
    const auto ordinary = MemberImport::preview(manyMembers(3), MemberIoFixture::day());
    REQUIRE(ordinary.ok());
    const auto refusedToo = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *ordinary,
                                                 fixture.thon3(), MemberIoFixture::day());
    REQUIRE_FALSE(refusedToo.ok());
    CHECK(
        refusedToo.error().message.startsWith(text("Nothing was imported.\nrow 2: Nguyễn Văn 2 cannot be")));
    CHECK(fixture.memberCount() == 0);
}

TEST_CASE("a member batch refuses an id that is stored already, or that it created, as changed elsewhere")
{
    const MemberIoFixture fixture;
    const auto preview = MemberImport::preview(manyMembers(2), MemberIoFixture::day());
    REQUIRE(preview.ok());
    REQUIRE(MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview, fixture.thon3(),
                                 MemberIoFixture::day())
                .ok());
    const auto stored = fixture.workspace().storage().members().all();
    REQUIRE(stored.ok());
    const Session admin = MemberIoFixture::admin();
    EditContext context(fixture.workspace(), admin);
    REQUIRE(context.open().ok());
    MemberBatch batch(context, *stored);
    const Result<QUuid> again = batch.create(stored->first());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("changed_elsewhere"));

    Member added = stored->first();
    added.id = QUuid::createUuid();
    added.fullName = text("Phạm Thị Mới");
    added.citizenId.clear();
    for (StatusEvent& event : added.statusEvents)
        event.id = QUuid::createUuid();
    for (CellMembership& membership : added.memberships)
        membership.id = QUuid::createUuid();
    REQUIRE(batch.create(added).ok());
    const Result<QUuid> twice = batch.create(added);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == QStringLiteral("changed_elsewhere"));
    CHECK(twice.error().message.contains(text("Phạm Thị Mới")));
}

TEST_CASE("ascending uuids are new version 4 uuids, each different, in the order of their text")
{
    AscendingUuids ids(500);
    QStringList written;
    QSet<QUuid> seen;
    for (int i = 0; i < 520; ++i) { // 20 more than were drawn: fresh ones then
        const QUuid id = ids.next();
        CHECK(id.version() == QUuid::Random);
        seen.insert(id);
        if (i < 500)
            written.append(id.toString(QUuid::WithoutBraces));
    }
    CHECK(seen.size() == 520);
    QStringList sorted = written;
    sorted.sort();
    CHECK(written == sorted);
}
