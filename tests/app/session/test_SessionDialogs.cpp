// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/session/AccountEditDialog.h"
#include "app/session/AccountsDialog.h"
#include "app/session/AuditTrailDialog.h"
#include "app/session/PasswordDialog.h"
#include "app/session/SignInDialog.h"
#include "services/Accounts.h"
#include "services/DemoAccounts.h"
#include "support/Catch.h"

#include <QFileInfo>

using namespace chibo;
using namespace chibo::test;

namespace {

/// The demo with its accounts in an AppContext, signed in as `userName`.
struct AccountsContext : DemoContext {
    explicit AccountsContext(const char* userName)
    {
        REQUIRE(DemoAccounts::add(*context.workspace()).ok());
        const auto session =
            Accounts::signIn(*context.workspace(), QString::fromUtf8(userName), DemoAccounts::password());
        REQUIRE(session.ok());
        context.setSession(*session);
    }
};

} // namespace

TEST_CASE("the sign-in dialog stays open with the message until the password is right")
{
    AccountsContext f("quantri");
    SignInDialog dialog(*f.context.workspace(), QStringLiteral("uyvien"));
    dialog.setCredentials(QStringLiteral("uyvien"), QStringLiteral("sai-mat-khau"));
    CHECK_FALSE(dialog.trySignIn());
    CHECK(dialog.message() == Accounts::tr("The user name or the password is wrong."));
    CHECK(dialog.result() != QDialog::Accepted);
    dialog.setCredentials(QStringLiteral("uyvien"), DemoAccounts::password());
    REQUIRE(dialog.trySignIn());
    CHECK(dialog.session().role == Role::CommitteeMember);
}

TEST_CASE("the first start of a database without accounts makes its administrator")
{
    DemoContext f;
    AccountEditDialog dialog(AccountEditDialog::Mode::FirstAdministrator, *f.context.workspace(), Session{},
                             f.context.organisations());
    dialog.fill(QStringLiteral("hoa.nt"), QString::fromUtf8("Nguyễn Thị Hoa"), QStringLiteral("ngan"));
    CHECK_FALSE(dialog.trySave());
    CHECK_FALSE(dialog.message().isEmpty());
    dialog.fill(QStringLiteral("hoa.nt"), QString::fromUtf8("Nguyễn Thị Hoa"),
                QStringLiteral("mat-khau-dai"));
    REQUIRE(dialog.trySave());
    CHECK(dialog.createdSession().role == Role::Admin);
    CHECK(*Accounts::exist(*f.context.workspace()));
}

TEST_CASE(
    "the accounts dialog lists every account for an administrator and a password is changed with the old one")
{
    AccountsContext f("quantri");
    AccountsDialog accounts(f.context);
    CHECK(accounts.accounts().size() == 4);
    PasswordDialog dialog(f.context, QStringLiteral("quantri"));
    dialog.setPasswords(DemoAccounts::password(), QStringLiteral("mat-khau-moi"),
                        QStringLiteral("mat-khau-khac"));
    CHECK_FALSE(dialog.tryChange());
    CHECK(dialog.message() == PasswordDialog::tr("The two new passwords differ."));
    dialog.setPasswords(DemoAccounts::password(), QStringLiteral("mat-khau-moi"),
                        QStringLiteral("mat-khau-moi"));
    REQUIRE(dialog.tryChange());
    CHECK(Accounts::signIn(*f.context.workspace(), QStringLiteral("quantri"), QStringLiteral("mat-khau-moi"))
              .ok());
}

TEST_CASE("the audit trail dialog shows the entries and filters them and verifies and exports the chain")
{
    AccountsContext f("uyvien");
    AuditTrailDialog dialog(f.context);
    CHECK(dialog.visibleRows() == 5); // the demo's import and its four accounts
    dialog.setFilter(QStringLiteral("bithu"));
    CHECK(dialog.visibleRows() == 1);
    dialog.setFilter(QString());
    dialog.selectRow(0);
    CHECK(dialog.details().contains(QStringLiteral("\"user_name\"")));
    REQUIRE(dialog.verify());
    CHECK(dialog.status().contains(QStringLiteral("5")));
    const QString path = f.demo.dir.filePath(QStringLiteral("nhat-ky.xlsx"));
    REQUIRE(dialog.exportTo(path));
    CHECK(QFileInfo(path).size() > 0);
}
