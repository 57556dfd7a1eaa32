// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PersonNameOrder.h"
#include "models/CollationRanks.h"
#include "models/MemberTableContent.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <algorithm>

using namespace chibo;
using chibo::test::aMember;
using chibo::test::idFor;

namespace {

const QDate ContentDay(2026, 11, 22);

} // namespace

TEST_CASE("collation ranks follow PersonNameOrder and give texts that collate equal one rank")
{
    const QList<QString> texts{QStringLiteral("Đức"), QStringLiteral("Dũng"), QStringLiteral("an"),
                               QStringLiteral("Ánh"), QStringLiteral("An"),   QStringLiteral("Hòa"),
                               QStringLiteral("Hoa"), QStringLiteral("Dũng")};
    const std::vector<int> ranks = CollationRanks::of(texts);
    REQUIRE(ranks.size() == std::size_t(texts.size()));
    const PersonNameOrder order;
    for (qsizetype a = 0; a < texts.size(); ++a) {
        for (qsizetype b = 0; b < texts.size(); ++b) {
            const int compared = order.compare(texts[a], texts[b]);
            INFO(texts[a].toStdString() << " vs " << texts[b].toStdString());
            CHECK((ranks[std::size_t(a)] < ranks[std::size_t(b)]) == (compared < 0));
            CHECK((ranks[std::size_t(a)] == ranks[std::size_t(b)]) == (compared == 0));
        }
    }
    CHECK(ranks[2] == ranks[4]); // "an" and "An": case-insensitive
    CHECK(ranks[1] == ranks[7]);
    CHECK(*std::min_element(ranks.cbegin(), ranks.cend()) == 0);
}

TEST_CASE("a member table's content is in name order, namesakes by id, with the histories dropped")
{
    const QUuid cell = idFor(QStringLiteral("Chi bộ thôn 1"));
    QList<Member> members;
    for (const char* name : {"Trần Văn Bình", "Lê Văn An", "Đặng Thị Bình", "Nguyễn Thị Ánh", "Lê Văn An"}) {
        Member member = aMember(QString::fromUtf8(name), cell, QDate(2001, 9, 2), ContentDay);
        member.id = idFor(QString::fromUtf8(name) + QString::number(members.size()));
        members.append(member);
    }
    const QHash<QUuid, QString> cells{{cell, QStringLiteral("Chi bộ thôn 1")}};
    const MemberTableContent content = MemberTableContent::build(members, cells, ContentDay);

    QStringList names;
    for (const Member& member : content.members)
        names.append(member.fullName);
    CHECK(names == QStringList{QStringLiteral("Lê Văn An"), QStringLiteral("Lê Văn An"),
                               QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Đặng Thị Bình"),
                               QStringLiteral("Trần Văn Bình")});
    const QUuid first = members[1].id;
    const QUuid second = members[4].id;
    const bool firstIsLower = first.toRfc4122() < second.toRfc4122();
    CHECK(content.members[0].id == (firstIsLower ? first : second));
    REQUIRE(content.rows.size() == members.size());
    REQUIRE(content.searchKeys.size() == members.size());
    for (qsizetype row = 0; row < content.members.size(); ++row) {
        const Member& member = content.members[row];
        CHECK(content.indexById.value(member.id, -1) == row);
        CHECK(member.statusEvents.isEmpty());
        CHECK(member.memberships.isEmpty());
        CHECK(content.rows[row].cellId == cell);
        CHECK(content.rows[row].cellName == QStringLiteral("Chi bộ thôn 1"));
        CHECK(content.rows[row].state.isMember());
        CHECK(content.rows[row].partyAge == 25);
    }
    CHECK(content.searchKeys[2] == QStringLiteral("nguyen thi anh"));
}
