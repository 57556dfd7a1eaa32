// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberHistoryModels.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace chibo;
using chibo::test::idFor;

namespace {

using Editor = MemberRecordModel::Editor;

Editor editorAt(const QAbstractItemModel& model, int column)
{
    return Editor(model.index(0, column).data(MemberRecordModel::EditorRole).toInt());
}

} // namespace

TEST_CASE("a member's record tables show dates as dd/MM/yyyy, months as MM/yyyy and choices by name")
{
    std::unique_ptr<MemberRecordListModel<StatusEvent>> events(MemberHistoryModels::statusEvents(nullptr));
    QAbstractItemModelTester tester(events.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    events->setRecords(
        {{idFor(QStringLiteral("admitted")), QDate(2019, 3, 26), StatusEventKind::Admitted,
          QStringLiteral("Số 125-QĐ/ĐU"), QStringLiteral("Kết nạp tại hội trường buôn Ea Kring")}});
    CHECK(events->columnCount() == 4);
    CHECK(events->index(0, 0).data().toString() == QStringLiteral("26/03/2019"));
    CHECK(events->index(0, 0).data(Qt::EditRole).toDate() == QDate(2019, 3, 26));
    CHECK(events->index(0, 1).data().toString() == QStringLiteral("Admitted (probationary)"));
    CHECK(events->index(0, 2).data().toString() == QStringLiteral("Số 125-QĐ/ĐU"));
    CHECK(editorAt(*events, 1) == Editor::Choice);
    const QVariantList choices = events->index(0, 1).data(MemberRecordModel::ChoicesRole).toList();
    REQUIRE(choices.size() == 15);
    CHECK(choices[1].toList().value(1).toString() == QStringLiteral("Recognised as full member"));

    std::unique_ptr<MemberRecordListModel<DuesRecord>> dues(MemberHistoryModels::dues(nullptr));
    QAbstractItemModelTester duesTester(dues.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dues->setRecords({{idFor(QStringLiteral("Y Bhim Niê")), YearMonth(2026, 3), DuesState::Paid, 25000}});
    CHECK(dues->index(0, 0).data().toString() == QStringLiteral("03/2026"));
    CHECK(dues->index(0, 2).data(Qt::EditRole).toLongLong() == 25000);
    CHECK(dues->index(0, 2).data(Qt::TextAlignmentRole).toInt() == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(dues->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Amount (đồng)"));
}

TEST_CASE("editing a member's record table changes the records and refuses what does not fit")
{
    std::unique_ptr<MemberRecordListModel<Leave>> leaves(MemberHistoryModels::leaves(nullptr));
    QAbstractItemModelTester tester(leaves.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QUuid member = idFor(QStringLiteral("Đặng Thị Bình"));
    leaves->setRowFactory([member] {
        return Leave{idFor(QStringLiteral("leave")),
                     member,
                     LeaveKind::Sick,
                     QDate(2026, 3, 1),
                     QDate(2026, 3, 1),
                     {}};
    });
    REQUIRE(leaves->appendRow() == 0);
    CHECK(leaves->index(0, 3).data().toString() == QStringLiteral("1")); // days, computed
    CHECK(leaves->setData(leaves->index(0, 2), QDate(2026, 5, 31)));
    CHECK(leaves->records().first().to == QDate(2026, 5, 31));
    CHECK(leaves->index(0, 3).data().toString() == QStringLiteral("92"));
    CHECK_FALSE(leaves->flags(leaves->index(0, 3)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(leaves->setData(leaves->index(0, 3), qlonglong(5)));
    CHECK(leaves->setData(leaves->index(0, 0), int(LeaveKind::Maternity)));
    CHECK(leaves->records().first().kind == LeaveKind::Maternity);
    CHECK(leaves->setData(leaves->index(0, 4), QStringLiteral("  Nghỉ thai sản  ")));
    CHECK(leaves->records().first().note == QStringLiteral("Nghỉ thai sản"));

    leaves->setReadOnly(true);
    CHECK_FALSE(leaves->flags(leaves->index(0, 1)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(leaves->setData(leaves->index(0, 1), QDate(2026, 2, 1)));
    CHECK(leaves->appendRow() == -1);
    CHECK_FALSE(leaves->removeRows(0, 1));
    leaves->setReadOnly(false);
    CHECK(leaves->removeRows(0, 1));
    CHECK(leaves->records().isEmpty());

    std::unique_ptr<MemberRecordListModel<DuesRecord>> dues(MemberHistoryModels::dues(nullptr));
    dues->setRecords({{member, YearMonth(2026, 3), DuesState::Paid, 25000}});
    CHECK_FALSE(dues->setData(dues->index(0, 2), qlonglong(-1))); // an amount is never negative
    CHECK(dues->setData(dues->index(0, 0), QDate(2026, 4, 1)));
    CHECK(dues->records().first().month == YearMonth(2026, 4));
}

TEST_CASE("a discipline table offers the forms for members and ticks the yes/no fields")
{
    std::unique_ptr<MemberRecordListModel<Discipline>> disciplines(MemberHistoryModels::disciplines(nullptr));
    QAbstractItemModelTester tester(disciplines.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    Discipline reprimand;
    reprimand.id = idFor(QStringLiteral("reprimand"));
    reprimand.memberId = idFor(QStringLiteral("Trần Văn Bình"));
    reprimand.decisionDate = QDate(2025, 8, 14);
    disciplines->setRecords({reprimand});
    const QVariantList forms = disciplines->index(0, 1).data(MemberRecordModel::ChoicesRole).toList();
    CHECK(forms.size() == 4); // no dissolution: that is for organisations
    CHECK(disciplines->index(0, 1).data().toString() == QStringLiteral("Reprimand"));
    const QModelIndex remedied = disciplines->index(0, 6);
    CHECK(disciplines->flags(remedied).testFlag(Qt::ItemIsUserCheckable));
    CHECK(remedied.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(disciplines->setData(remedied, int(Qt::Checked), Qt::CheckStateRole));
    CHECK(disciplines->records().first().remedied);
}

TEST_CASE("organisation columns offer the organisations given and show their names")
{
    std::unique_ptr<MemberRecordListModel<CellMembership>> cells(MemberHistoryModels::memberships(nullptr));
    QAbstractItemModelTester tester(cells.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QUuid eaKring = idFor(QStringLiteral("Chi bộ buôn Ea Kring"));
    const QUuid thon1 = idFor(QStringLiteral("Chi bộ thôn 1"));
    cells->setOrganisations(
        {{eaKring, QStringLiteral("Chi bộ buôn Ea Kring")}, {thon1, QStringLiteral("Chi bộ thôn 1")}});
    cells->setRecords(
        {{idFor(QStringLiteral("reg")), eaKring, QDate(2019, 3, 26), {}, CellMembership::Kind::Official}});
    CHECK(cells->index(0, 0).data().toString() == QStringLiteral("Chi bộ buôn Ea Kring"));
    CHECK(cells->index(0, 3).data().toString().isEmpty()); // still registered
    CHECK(editorAt(*cells, 3) == Editor::OptionalDate);
    CHECK(cells->index(0, 0).data(MemberRecordModel::ChoicesRole).toList().size() == 2);
    CHECK(cells->setData(cells->index(0, 0), thon1));
    CHECK(cells->records().first().orgId == thon1);
    CHECK(cells->index(0, 0).data().toString() == QStringLiteral("Chi bộ thôn 1"));
}
