// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersFixture.h"
#include "app/members/InlineMessage.h"
#include "app/members/MemberDialog.h"
#include "app/members/MemberRecordChecks.h"
#include "app/members/MemberRecordSaver.h"
#include "app/members/MemberRecordTable.h"
#include "app/members/MembersPage.h"
#include "models/MemberRecordModel.h"
#include "support/TestData.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace chibo;
using namespace chibo::test;

namespace {

QStringList codesShown(const MemberDialog& dialog)
{
    QStringList codes;
    for (const InlineMessage* message : dialog.findChildren<InlineMessage*>(QStringLiteral("recordMessage")))
        codes.append(message->finding().code);
    return codes;
}

/// A member of Chi bộ buôn Ea Kring as the dialog would start a new one.
MemberRecords newMember(const MembersFixture& fixture)
{
    MemberRecords records;
    records.member.id = idFor(QStringLiteral("Hoàng Thị Mỹ Linh"));
    records.member.memberships.append({idFor(QStringLiteral("Hoàng Thị Mỹ Linh/cell")),
                                       fixture.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")),
                                       DemoFixture::day(),
                                       {},
                                       CellMembership::Kind::Official});
    return records;
}

QPushButton* okButton(const MemberDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("the member dialog warns about inconsistent dates as they are entered")
{
    MembersFixture fixture;
    const QUuid cell = fixture.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"));
    MemberDialog dialog(fixture.context, newMember(fixture), true, cell);
    dialog.show();
    CHECK(codesShown(dialog).contains(QStringLiteral("member.name-missing")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    typeInto(child<QLineEdit>(dialog, QStringLiteral("fullNameLineEdit")),
             QStringLiteral("Hoàng Thị Mỹ Linh"));
    CHECK_FALSE(codesShown(dialog).contains(QStringLiteral("member.name-missing")));
    CHECK(okButton(dialog)->isEnabled());

    child<QDateEdit>(dialog, QStringLiteral("admissionDecisionDateEdit"))->setDate(QDate(2025, 4, 2));
    child<QDateEdit>(dialog, QStringLiteral("ceremonyDateEdit"))->setDate(QDate(2025, 3, 26));
    CHECK(codesShown(dialog).contains(QStringLiteral("member.ceremony-before-decision")));
    CHECK(codesShown(dialog).contains(QStringLiteral("member.admission-event-missing")));
    CHECK(okButton(dialog)->isEnabled()); // warnings do not prevent saving
    child<QDateEdit>(dialog, QStringLiteral("ceremonyDateEdit"))->setDate(QDate(2025, 4, 19));
    CHECK_FALSE(codesShown(dialog).contains(QStringLiteral("member.ceremony-before-decision")));

    // Admitted on the ceremony; more than 12 months later still probationary.
    auto* status = child<MemberRecordTable>(dialog, QStringLiteral("statusEventsTable"));
    QTest::mouseClick(child<QPushButton>(*status, QStringLiteral("addRowButton")), Qt::LeftButton);
    QAbstractItemModel* events = status->model();
    REQUIRE(events->rowCount() == 1);
    CHECK(events->index(0, 1).data(Qt::EditRole).toInt() == int(StatusEventKind::Admitted));
    events->setData(events->index(0, 0), QDate(2025, 4, 19));
    CHECK_FALSE(codesShown(dialog).contains(QStringLiteral("member.admission-event-missing")));
    CHECK(codesShown(dialog).contains(QStringLiteral("member.probation-overdue")));
    CHECK(child<QWidget>(dialog, QStringLiteral("stateLabel"))
              ->property("text")
              .toString()
              .contains(QStringLiteral("Chi bộ buôn Ea Kring")));

    // Two official registrations at once.
    auto* cells = child<MemberRecordTable>(dialog, QStringLiteral("membershipsTable"));
    QTest::mouseClick(child<QPushButton>(*cells, QStringLiteral("addRowButton")), Qt::LeftButton);
    CHECK(codesShown(dialog).contains(QStringLiteral("member.memberships-overlap")));
    cells->model()->removeRows(1, 1);
    CHECK_FALSE(codesShown(dialog).contains(QStringLiteral("member.memberships-overlap")));
}

TEST_CASE("the member dialog refuses a month of dues entered twice")
{
    MembersFixture fixture;
    MemberRecords records = newMember(fixture);
    records.member.fullName = QStringLiteral("Hoàng Thị Mỹ Linh");
    MemberDialog dialog(fixture.context, records, true,
                        fixture.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")));
    dialog.show();
    auto* dues = child<MemberRecordTable>(dialog, QStringLiteral("duesTable"));
    auto* add = child<QPushButton>(*dues, QStringLiteral("addRowButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QAbstractItemModel* model = dues->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("11/2026"));
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("12/2026")); // the next month
    CHECK(okButton(dialog)->isEnabled());
    model->setData(model->index(1, 0), QDate(2026, 11, 1));
    CHECK(codesShown(dialog).contains(QStringLiteral("member.dues-month-twice")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("one undo reverts everything the member dialog saved")
{
    MembersFixture fixture;
    MembersPage page(fixture.context);
    page.show();
    auto* table = child<QTableView>(page, QStringLiteral("membersTableView"));
    table->setCurrentIndex(table->model()->index(5, 0));
    const QUuid id = page.currentMemberId();
    auto before = MemberRecords::load(*fixture.context.workspace(), id);
    REQUIRE(before.ok());
    page.editCurrentMember();
    MemberDialog* dialog = page.memberDialog();
    REQUIRE(dialog);
    typeInto(child<QLineEdit>(*dialog, QStringLiteral("hometownLineEdit")),
             QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk"));
    QTest::mouseClick(child<QPushButton>(*child<MemberRecordTable>(*dialog, QStringLiteral("duesTable")),
                                         QStringLiteral("addRowButton")),
                      Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(*child<MemberRecordTable>(*dialog, QStringLiteral("leavesTable")),
                                         QStringLiteral("addRowButton")),
                      Qt::LeftButton);
    const MemberRecords edited = dialog->edited();
    REQUIRE(MemberRecordSaver::countChanges(*before, edited) == 3);
    clickOk(*dialog);
    CHECK(fixture.dialogs.errors.isEmpty());

    auto saved = MemberRecords::load(*fixture.context.workspace(), id);
    REQUIRE(saved.ok());
    CHECK(saved->member.hometown == QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk"));
    CHECK(saved->dues.size() == before->dues.size() + 1);
    CHECK(saved->leaves.size() == before->leaves.size() + 1);
    CHECK(page.undoStack()->count() == 1);

    page.undoStack()->undo();
    settle();
    auto undone = MemberRecords::load(*fixture.context.workspace(), id);
    REQUIRE(undone.ok());
    CHECK(*undone == *before);
    page.undoStack()->redo();
    settle();
    auto redone = MemberRecords::load(*fixture.context.workspace(), id);
    REQUIRE(redone.ok());
    CHECK(redone->member.hometown == QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk"));
    CHECK(redone->dues.size() == before->dues.size() + 1);
}

TEST_CASE("an unchanged member dialog saves nothing")
{
    MembersFixture fixture;
    MembersPage page(fixture.context);
    page.show();
    auto* table = child<QTableView>(page, QStringLiteral("membersTableView"));
    table->setCurrentIndex(table->model()->index(7, 0));
    page.editCurrentMember();
    MemberDialog* dialog = page.memberDialog();
    REQUIRE(dialog);
    CHECK(MemberRecordSaver::countChanges(dialog->original(), dialog->edited()) == 0);
    clickOk(*dialog);
    CHECK(page.undoStack()->count() == 0);
    CHECK(fixture.dialogs.errors.isEmpty());
}
