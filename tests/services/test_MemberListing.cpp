// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberListing.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::aMember;
using chibo::test::anOrganisation;

namespace {

Dataset village()
{
    Dataset data;
    const Organisation cell = anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::GrassrootsCell);
    data.organisations = {cell};
    const QDate day(2026, 1, 1);
    for (const char* name : {"Đặng Thị Bình", "Lê Văn Ánh", "Đặng Thị Ánh", "Nguyễn Văn An", "Đặng Văn Dũng",
                             "Y Bhim Niê", "Trần Thị Đào"})
        data.members.append(aMember(QString::fromUtf8(name), cell.id, QDate(2010, 1, 1), day));
    data.members[5].givenName = QStringLiteral("Bhim");
    return data;
}

QStringList names(const QList<MemberRow>& rows)
{
    QStringList result;
    for (const MemberRow& row : rows)
        result.append(row.member.fullName);
    return result;
}

} // namespace

TEST_CASE("members are listed by given name with Vietnamese collation")
{
    const QList<MemberRow> rows = MemberListing::fromDataset(village(), QDate(2025, 6, 1));
    CHECK(names(rows) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đặng Thị Ánh"),
                                     QStringLiteral("Lê Văn Ánh"), QStringLiteral("Y Bhim Niê"),
                                     QStringLiteral("Đặng Thị Bình"), QStringLiteral("Đặng Văn Dũng"),
                                     QStringLiteral("Trần Thị Đào")});
    CHECK(rows[0].cellName == QStringLiteral("Chi bộ buôn Ea Kring"));
    CHECK(rows[0].state.standing == Standing::Full);
}

TEST_CASE("search ignores accents and đ")
{
    CHECK(names(MemberListing::fromDataset(village(), QDate(2025, 6, 1), QStringLiteral("dang thi"))) ==
          QStringList{QStringLiteral("Đặng Thị Ánh"), QStringLiteral("Đặng Thị Bình")});
    CHECK(names(MemberListing::fromDataset(village(), QDate(2025, 6, 1), QStringLiteral("DAO"))) ==
          QStringList{QStringLiteral("Trần Thị Đào")});
    CHECK(MemberListing::fromDataset(village(), QDate(2025, 6, 1), QStringLiteral("nguyen van an")).size() ==
          1);
}
