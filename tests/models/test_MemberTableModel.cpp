// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/EnumCodes.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberTableModel.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>

using namespace chibo;
using chibo::test::aMember;
using chibo::test::idFor;

namespace {

const QDate Day(2026, 11, 22);

/// Two cells of one commune, with members in every standing the filters tell apart.
struct Roll {
    QUuid eaKring = idFor(QStringLiteral("Chi bộ buôn Ea Kring"));
    QUuid thon1 = idFor(QStringLiteral("Chi bộ thôn 1"));
    QList<Member> members;

    Roll()
    {
        members.append(aMember(QStringLiteral("Trần Văn Bình"), eaKring, QDate(2010, 5, 19), Day));
        members.append(aMember(QStringLiteral("Đặng Thị Bình"), eaKring, QDate(2015, 3, 26), Day));
        Member bhim = aMember(QStringLiteral("Y Bhim Niê"), eaKring, QDate(2026, 2, 3), Day); // probationary
        bhim.givenName = QStringLiteral("Bhim");
        members.append(bhim);
        Member anh = aMember(QStringLiteral("Nguyễn Thị Ánh"), thon1, QDate(2001, 9, 2), Day);
        anh.statusEvents.append({idFor(QStringLiteral("anh/exempt")),
                                 QDate(2024, 1, 10),
                                 StatusEventKind::ExemptionStarted,
                                 {},
                                 {}});
        members.append(anh);
        Member an = aMember(QStringLiteral("Lê Văn An"), thon1, QDate(1998, 7, 1), Day);
        an.statusEvents.append(
            {idFor(QStringLiteral("an/deceased")), QDate(2025, 12, 1), StatusEventKind::Deceased, {}, {}});
        members.append(an);
        members.append(aMember(QStringLiteral("Đặng Văn Em"), thon1, QDate(2019, 4, 30), Day));
    }
    QHash<QUuid, QString> names() const
    {
        return {{eaKring, QStringLiteral("Chi bộ buôn Ea Kring")}, {thon1, QStringLiteral("Chi bộ thôn 1")}};
    }
};

QStringList names(const QAbstractItemModel& model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, MemberTableModel::NameColumn).data().toString());
    return values;
}

} // namespace

TEST_CASE("the member table sorts by given name, then full name, with Vietnamese collation")
{
    const Roll roll;
    MemberTableModel model;
    MemberFilterProxy proxy;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(MemberTableModel::NameColumn);
    model.setMembers(roll.members, roll.names(), Day);

    // An < Ánh < Bhim < Bình (Đặng before Trần) < Em: "Ánh" before "Bình", Đ after D and before E.
    CHECK(names(proxy) == QStringList{QStringLiteral("Lê Văn An"), QStringLiteral("Nguyễn Thị Ánh"),
                                      QStringLiteral("Y Bhim Niê"), QStringLiteral("Đặng Thị Bình"),
                                      QStringLiteral("Trần Văn Bình"), QStringLiteral("Đặng Văn Em")});
    proxy.sort(MemberTableModel::NameColumn, Qt::DescendingOrder);
    CHECK(names(proxy).first() == QStringLiteral("Đặng Văn Em"));
    // Equal cells list their members in name order.
    proxy.sort(MemberTableModel::CellColumn);
    CHECK(names(proxy).first() == QStringLiteral("Y Bhim Niê"));
    CHECK(names(proxy).last() == QStringLiteral("Đặng Văn Em"));
}

TEST_CASE("the member table shows status, cell, admission and party age on the day")
{
    const Roll roll;
    MemberTableModel model;
    model.setMembers(roll.members, roll.names(), Day);
    const int row = model.rowOf(idFor(QStringLiteral("Trần Văn Bình")));
    REQUIRE(row >= 0);
    const auto cell = [&](int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(cell(MemberTableModel::StatusColumn) == QStringLiteral("Full member"));
    CHECK(cell(MemberTableModel::CellColumn) == QStringLiteral("Chi bộ buôn Ea Kring"));
    CHECK(cell(MemberTableModel::AdmittedColumn) ==
          QStringLiteral("29/04/2010")); // the decision, 20 days before
    CHECK(cell(MemberTableModel::PartyAgeColumn) == QStringLiteral("16"));
    CHECK(model.index(row, MemberTableModel::PartyAgeColumn).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    const int dead = model.rowOf(idFor(QStringLiteral("Lê Văn An")));
    CHECK(model.index(dead, MemberTableModel::StatusColumn).data().toString() == QStringLiteral("Deceased"));
    CHECK(model.index(dead, MemberTableModel::PartyAgeColumn).data().toString().isEmpty());
    CHECK(model.rowOf(idFor(QStringLiteral("Hoàng Văn Không Có"))) == -1);
}

TEST_CASE("the member filter matches names without accents and filters by status and cell")
{
    const Roll roll;
    MemberTableModel model;
    MemberFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(MemberTableModel::NameColumn);
    model.setMembers(roll.members, roll.names(), Day);

    proxy.setSearchText(QStringLiteral("dang thi"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Đặng Thị Bình")});
    proxy.setSearchText(QStringLiteral("ĐẶNG"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Đặng Thị Bình"), QStringLiteral("Đặng Văn Em")});
    proxy.setSearchText({});

    using Filter = MemberFilterProxy::StatusFilter;
    const auto shownWith = [&](Filter filter) {
        proxy.setStatusFilter(filter);
        return names(proxy);
    };
    CHECK(shownWith(Filter::Probationary) == QStringList{QStringLiteral("Y Bhim Niê")});
    CHECK(shownWith(Filter::Exempt) == QStringList{QStringLiteral("Nguyễn Thị Ánh")});
    CHECK(shownWith(Filter::Left) == QStringList{QStringLiteral("Lê Văn An")});
    CHECK(shownWith(Filter::Full).size() == 4);
    CHECK(shownWith(Filter::Members).size() == 5);
    CHECK(shownWith(Filter::Suspended).isEmpty());
    CHECK(shownWith(Filter::All).size() == 6);

    proxy.setCellFilter(roll.thon1);
    CHECK(names(proxy) == QStringList{QStringLiteral("Lê Văn An"), QStringLiteral("Nguyễn Thị Ánh"),
                                      QStringLiteral("Đặng Văn Em")});
    proxy.setStatusFilter(Filter::Members);
    proxy.setSearchText(QStringLiteral("dang"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Đặng Văn Em")});
    proxy.setCellFilter({});
    CHECK(names(proxy) == QStringList{QStringLiteral("Đặng Thị Bình"), QStringLiteral("Đặng Văn Em")});
}
