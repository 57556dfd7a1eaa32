// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersFixture.h"
#include "app/RecycleBinDialog.h"
#include "app/members/MemberDialog.h"
#include "app/members/MemberRecordTable.h"
#include "app/members/MembersPage.h"
#include "core/Session.h"
#include "models/MemberTableModel.h"
#include "services/RecycleBin.h"

#include <QAction>
#include <QComboBox>
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

/// How many recycle-bin entries hold the record `id`.
qsizetype binEntriesOf(MembersFixture& fixture, const QUuid& id)
{
    const auto entries = RecycleBin::list(*fixture.context.workspace());
    REQUIRE(entries.ok());
    return std::count_if(entries->cbegin(), entries->cend(),
                         [&](const DeletedRecord& entry) { return entry.recordId == id; });
}

/// Adds "Hoàng Thị Mỹ Linh" to Chi bộ buôn Ea Kring through the dialog, typing as a person would.
QUuid addThroughDialog(MembersFixture& fixture, MembersPage& page)
{
    auto* cell = child<QComboBox>(page, QStringLiteral("cellComboBox"));
    cell->setCurrentIndex(cell->findData(fixture.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"))));
    child<QAction>(page, QStringLiteral("addMemberAction"))->trigger();
    MemberDialog* dialog = page.memberDialog();
    REQUIRE(dialog);
    CHECK(dialog->isNew());
    CHECK(dialog->windowModality() == Qt::WindowModal);
    typeInto(child<QLineEdit>(*dialog, QStringLiteral("fullNameLineEdit")),
             QStringLiteral("Hoàng Thị Mỹ Linh"));
    typeInto(child<QLineEdit>(*dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("0912 345 678"));
    child<QDateEdit>(*dialog, QStringLiteral("ceremonyDateEdit"))->setDate(QDate(2026, 3, 26));
    // The admission in the status history: the new line starts as an admission on the day; date it.
    auto* status = child<MemberRecordTable>(*dialog, QStringLiteral("statusEventsTable"));
    QTest::mouseClick(child<QPushButton>(*status, QStringLiteral("addRowButton")), Qt::LeftButton);
    status->model()->setData(status->model()->index(0, 0), QDate(2026, 3, 26));
    const QUuid id = dialog->edited().member.id;
    clickOk(*dialog);
    return id;
}

} // namespace

TEST_CASE("a member added through the dialog is stored, and undo and redo take it out and back")
{
    MembersFixture fixture;
    MembersPage page(fixture.context);
    page.show();
    const int before = child<QTableView>(page, QStringLiteral("membersTableView"))->model()->rowCount();
    const QUuid id = addThroughDialog(fixture, page);
    CHECK(fixture.dialogs.errors.isEmpty());

    std::optional<Member> stored = fixture.stored(id);
    REQUIRE(stored);
    CHECK(stored->fullName == QStringLiteral("Hoàng Thị Mỹ Linh"));
    CHECK(stored->phone == QStringLiteral("0912 345 678"));
    CHECK(stored->ceremonyDate == QDate(2026, 3, 26));
    REQUIRE(stored->memberships.size() == 1);
    CHECK(stored->memberships.first().orgId == fixture.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")));
    REQUIRE(stored->statusEvents.size() == 1);
    CHECK(stored->statusEvents.first().kind == StatusEventKind::Admitted);
    CHECK(page.currentMemberId() == id);
    CHECK(page.undoStack()->count() == 1);

    page.undoStack()->undo();
    settle();
    CHECK_FALSE(fixture.stored(id));
    CHECK_FALSE(page.selectMember(id));
    CHECK(binEntriesOf(fixture, id) == 1); // still found there once the redo is gone
    page.undoStack()->redo();
    settle();
    REQUIRE(fixture.stored(id));
    CHECK(binEntriesOf(fixture, id) == 0); // redo took it back out of the bin
    page.undoStack()->undo();
    page.undoStack()->redo();
    settle();
    REQUIRE(fixture.stored(id));
    CHECK(binEntriesOf(fixture, id) == 0);
    CHECK(fixture.stored(id)->phone == QStringLiteral("0912 345 678"));
    CHECK(page.selectMember(id));
    auto* cell = child<QComboBox>(page, QStringLiteral("cellComboBox"));
    cell->setCurrentIndex(0);
    CHECK(child<QTableView>(page, QStringLiteral("membersTableView"))->model()->rowCount() == before + 1);
    CHECK(fixture.dialogs.errors.isEmpty());
}

TEST_CASE("editing a member's phone is saved at once and undone in one step")
{
    MembersFixture fixture;
    MembersPage page(fixture.context);
    page.show();
    auto* table = child<QTableView>(page, QStringLiteral("membersTableView"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 0));
    const QUuid id = page.currentMemberId();
    const QString oldPhone = fixture.stored(id)->phone;
    // Enter on the table opens the record.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(table, Qt::Key_Return);
    MemberDialog* dialog = page.memberDialog();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->isNew());
    CHECK_FALSE(dialog->isReadOnly());
    typeInto(child<QLineEdit>(*dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("0262 3 847 112"));
    clickOk(*dialog);
    CHECK(fixture.dialogs.errors.isEmpty());
    CHECK(fixture.stored(id)->phone == QStringLiteral("0262 3 847 112"));
    CHECK(page.undoStack()->count() == 1);
    CHECK(page.undoStack()->undoText().contains(fixture.stored(id)->fullName));
    CHECK(
        table->model()->index(table->currentIndex().row(), MemberTableModel::PhoneColumn).data().toString() ==
        QStringLiteral("0262 3 847 112"));

    page.undoStack()->undo();
    settle();
    CHECK(fixture.stored(id)->phone == oldPhone);
    CHECK(page.currentMemberId() == id);
    CHECK(
        table->model()->index(table->currentIndex().row(), MemberTableModel::PhoneColumn).data().toString() ==
        oldPhone);
}

TEST_CASE("a deleted member goes to the recycle bin and is restored from there")
{
    MembersFixture fixture;
    MembersPage page(fixture.context);
    page.show();
    const QUuid id = addThroughDialog(fixture, page);
    REQUIRE(page.selectMember(id));
    fixture.dialogs.confirmAnswer = false;
    page.deleteCurrentMember();
    CHECK(fixture.stored(id));
    fixture.dialogs.confirmAnswer = true;
    page.deleteCurrentMember();
    settle();
    CHECK(fixture.dialogs.questions.size() == 2);
    CHECK(fixture.dialogs.questions.last().contains(QStringLiteral("Hoàng Thị Mỹ Linh")));
    CHECK_FALSE(fixture.stored(id));
    CHECK_FALSE(page.selectMember(id));

    child<QAction>(page, QStringLiteral("recycleBinAction"))->trigger();
    RecycleBinDialog* bin = page.recycleBinDialog();
    REQUIRE(bin);
    auto* entries = child<QTableView>(*bin, QStringLiteral("entriesTableView"));
    int row = -1;
    for (int r = 0; r < entries->model()->rowCount(); ++r) {
        if (entries->model()->index(r, 2).data().toString() == QStringLiteral("Hoàng Thị Mỹ Linh"))
            row = r;
    }
    REQUIRE(row >= 0);
    entries->setCurrentIndex(entries->model()->index(row, 0));
    QTest::mouseClick(child<QPushButton>(*bin, QStringLiteral("restoreButton")), Qt::LeftButton);
    settle();
    CHECK(fixture.dialogs.errors.isEmpty());
    REQUIRE(fixture.stored(id));
    CHECK(fixture.stored(id)->phone == QStringLiteral("0912 345 678"));
    CHECK(page.selectMember(id));
}

TEST_CASE("a member who attended meetings cannot be deleted and the page says why")
{
    MembersFixture fixture;
    MembersPage page(fixture.context);
    page.show();
    auto* table = child<QTableView>(page, QStringLiteral("membersTableView"));
    table->setCurrentIndex(table->model()->index(0, 0));
    const QUuid id = page.currentMemberId();
    page.deleteCurrentMember();
    settle();
    CHECK(fixture.stored(id));
    CHECK(fixture.dialogs.errors.size() == 1);
    CHECK(page.undoStack()->count() == 0);
}

TEST_CASE("a committee member sees the member dialog read-only")
{
    MembersFixture fixture;
    fixture.context.setSession(Session{QStringLiteral("Đặng Thị Bình"), Role::CommitteeMember, {}});
    MembersPage page(fixture.context);
    page.show();
    CHECK_FALSE(child<QAction>(page, QStringLiteral("addMemberAction"))->isEnabled());
    CHECK_FALSE(child<QAction>(page, QStringLiteral("deleteMemberAction"))->isEnabled());
    auto* table = child<QTableView>(page, QStringLiteral("membersTableView"));
    table->setCurrentIndex(table->model()->index(0, 0));
    page.editCurrentMember();
    MemberDialog* dialog = page.memberDialog();
    REQUIRE(dialog);
    CHECK(dialog->isReadOnly());
    CHECK(child<QLineEdit>(*dialog, QStringLiteral("fullNameLineEdit"))->isReadOnly());
    CHECK_FALSE(child<QComboBox>(*dialog, QStringLiteral("sexComboBox"))->isEnabled());
    CHECK(child<QDialogButtonBox>(*dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok) ==
          nullptr);
    auto* events = child<MemberRecordTable>(*dialog, QStringLiteral("statusEventsTable"));
    CHECK_FALSE(child<QPushButton>(*events, QStringLiteral("addRowButton"))->isVisibleTo(dialog));
    REQUIRE(events->model()->rowCount() > 0);
    CHECK(events->model()->flags(events->model()->index(0, 0)).testFlag(Qt::ItemIsEnabled));
    CHECK_FALSE(events->model()->flags(events->model()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    dialog->accept();
    settle();
    CHECK(page.undoStack()->count() == 0);
}
