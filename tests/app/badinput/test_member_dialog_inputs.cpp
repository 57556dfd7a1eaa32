// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input in the window's member dialogs (docs/bad-inputs.md, "The window's fields"), offscreen, in
// English: the dialog says what is wrong next to the field, refuses to save, and the database file is
// byte-identical afterwards.
#include "DatabaseFingerprint.h"
#include "app/members/InlineMessage.h"
#include "app/members/MemberDialog.h"
#include "app/members/MemberImportDialog.h"
#include "app/members/MemberRecordTable.h"
#include "app/members/MembersPage.h"
#include "members/MembersFixture.h"
#include "support/TestData.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace chibo;
using namespace chibo::test;

namespace {

/// The members page's fixture in English, with the database checkpointed and fingerprinted.
struct DialogBench : MembersFixture {
    DialogBench()
        : cell(orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")))
    {
        REQUIRE(translations.install(Language::English));
        DatabaseFingerprint::checkpoint(demo.path);
        before = DatabaseFingerprint::of(demo.path);
    }
    /// A new member of the cell as the Members page starts one: registered from the demo's day.
    MemberRecords newMember(const QString& fullName) const
    {
        MemberRecords records;
        records.member.id = idFor(u"badinput/" + fullName);
        records.member.fullName = fullName;
        records.member.memberships.append({idFor(u"badinput/cell/" + fullName),
                                           cell,
                                           DemoFixture::day(),
                                           {},
                                           CellMembership::Kind::Official});
        return records;
    }
    bool databaseUnchanged() const { return DatabaseFingerprint::of(demo.path) == before; }

    QUuid cell;
    DatabaseFingerprint before;
};

QStringList messagesShown(const MemberDialog& dialog)
{
    QStringList messages;
    for (const InlineMessage* message : dialog.findChildren<InlineMessage*>(QStringLiteral("recordMessage")))
        messages.append(message->finding().message);
    return messages;
}

QPushButton* okButton(const MemberDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("B52 member dialog with an empty full name")
{
    DialogBench bench;
    MemberDialog dialog(bench.context, bench.newMember(QString()), true, bench.cell);
    dialog.show();
    typeInto(child<QLineEdit>(dialog, QStringLiteral("fullNameLineEdit")), QStringLiteral("   "));
    INFO(messagesShown(dialog).join(u'\n').toStdString());
    CHECK(messagesShown(dialog).contains(QStringLiteral("Enter the member's full name.")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    settle();
    CHECK(bench.databaseUnchanged());
}

TEST_CASE("B53 member dialog with a month of dues entered twice")
{
    DialogBench bench;
    MemberDialog dialog(bench.context, bench.newMember(QStringLiteral("Hoàng Thị Mỹ Linh")), true,
                        bench.cell);
    dialog.show();
    auto* dues = child<MemberRecordTable>(dialog, QStringLiteral("duesTable"));
    auto* add = child<QPushButton>(*dues, QStringLiteral("addRowButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QAbstractItemModel* model = dues->model();
    REQUIRE(model->rowCount() == 2);
    model->setData(model->index(1, 0), QDate(2026, 11, 1));
    INFO(messagesShown(dialog).join(u'\n').toStdString());
    CHECK(messagesShown(dialog).contains(QStringLiteral("Party dues for 11/2026 are entered twice.")));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    settle();
    CHECK(bench.databaseUnchanged());
}

TEST_CASE("B55 member import dialog given a file that is not a workbook")
{
    DialogBench bench;
    bench.context.setCurrentOrganisation(bench.cell);
    const QString path = bench.demo.dir.filePath(QStringLiteral("danh-sach.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Danh sách đảng viên chi bộ buôn Ea Kring\n");
    file.close();
    bench.dialogs.nextFile = path;
    MemberImportDialog dialog(bench.context, bench.cell);
    CHECK_FALSE(dialog.chooseFile());
    REQUIRE(bench.dialogs.errors.size() == 1);
    CHECK(bench.dialogs.errors.first().contains(
        QStringLiteral("“danh-sach.xlsx” is not an Excel workbook (.xlsx): it is not a ZIP package.")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    settle();
    CHECK(bench.databaseUnchanged());
}
