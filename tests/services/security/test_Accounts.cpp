// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecurityFixture.h"
#include "services/Accounts.h"
#include "services/DemoAccounts.h"
#include "services/PasswordHashing.h"
#include "support/Catch.h"

#include <QSqlQuery>

using namespace chibo;
using chibo::test::SecurityFixture;

TEST_CASE("the demo's accounts sign in with their roles and a wrong password or name gets one message")
{
    SecurityFixture demo;
    const Session admin = demo.signIn(QStringLiteral("quantri"));
    CHECK(admin.role == Role::Admin);
    CHECK(admin.accountName == u"quantri");
    CHECK(admin.userName == QString::fromUtf8("Lê Văn Hùng"));
    const Session secretary = demo.signIn(QStringLiteral("BiThu.EaKring")); // any case
    CHECK(secretary.role == Role::Secretary);
    CHECK(secretary.ownOrgIds == QList<QUuid>{demo.eaKring});
    CHECK(demo.signIn(QStringLiteral("uyvien")).role == Role::CommitteeMember);
    CHECK(demo.signIn(QStringLiteral("xem")).role == Role::Viewer);

    const auto wrongPassword =
        Accounts::signIn(*demo.workspace, QStringLiteral("quantri"), QStringLiteral("chibo-dem0"));
    const auto wrongName =
        Accounts::signIn(*demo.workspace, QStringLiteral("quantri2"), DemoAccounts::password());
    REQUIRE_FALSE(wrongPassword.ok());
    REQUIRE_FALSE(wrongName.ok());
    CHECK(wrongPassword.error().code == u"sign_in_failed");
    CHECK(wrongPassword.error().message == wrongName.error().message);
}

TEST_CASE("passwords are stored as argon2id hashes and never as typed")
{
    SecurityFixture demo;
    QSqlQuery query(demo.workspace->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT password_hash FROM accounts")));
    int rows = 0;
    while (query.next()) {
        const QString hash = query.value(0).toString();
        CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
        CHECK_FALSE(hash.contains(DemoAccounts::password()));
        CHECK(PasswordHashing::verify(hash, DemoAccounts::password()));
        CHECK_FALSE(PasswordHashing::verify(hash, QStringLiteral("chibo-demo ")));
        ++rows;
    }
    CHECK(rows == 4);
    CHECK_FALSE(PasswordHashing::weakness(QStringLiteral("1234567")).isEmpty());
    CHECK(PasswordHashing::weakness(QStringLiteral("12345678")).isEmpty());
}

TEST_CASE("the first administrator is made once and signs in from then on")
{
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("new.sqlite")));
    REQUIRE(opened.ok());
    Workspace& workspace = **opened;
    CHECK_FALSE(*Accounts::exist(workspace));
    const auto weak = Accounts::createAdministrator(
        workspace, QStringLiteral("hoa.nt"), QString::fromUtf8("Nguyễn Thị Hoa"), QStringLiteral("ngan"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == u"weak_password");
    CHECK_FALSE(*Accounts::exist(workspace));
    const auto made =
        Accounts::createAdministrator(workspace, QStringLiteral("hoa.nt"),
                                      QString::fromUtf8("Nguyễn Thị Hoa"), QStringLiteral("mat-khau-dai"));
    REQUIRE(made.ok());
    CHECK(made->role == Role::Admin);
    CHECK(*Accounts::exist(workspace));
    const auto second =
        Accounts::createAdministrator(workspace, QStringLiteral("lan.pt"), QString::fromUtf8("Phạm Thị Lan"),
                                      QStringLiteral("mat-khau-dai"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == u"accounts_exist");
    CHECK(Accounts::signIn(workspace, QStringLiteral("HOA.NT"), QStringLiteral("mat-khau-dai")).ok());
}

TEST_CASE("an administrator makes a secretary's account and bad accounts are refused")
{
    SecurityFixture demo;
    const Session admin = demo.signIn(QStringLiteral("quantri"));
    Account secretary{
        {}, QStringLiteral("tuan.lv"), QString::fromUtf8("Lê Văn Tuấn"), Role::Secretary, {}, false, {}};
    const auto withoutCells =
        Accounts::create(*demo.workspace, admin, secretary, QStringLiteral("mat-khau-dai"));
    REQUIRE_FALSE(withoutCells.ok());
    CHECK(withoutCells.error().code == u"invalid_account");
    secretary.orgIds = {demo.thon1};
    const auto accented = Accounts::create(
        *demo.workspace, admin,
        Account{{}, QString::fromUtf8("tuấn"), QStringLiteral("X"), Role::Viewer, {}, false, {}},
        QStringLiteral("mat-khau-dai"));
    REQUIRE_FALSE(accented.ok());
    CHECK(accented.error().code == u"invalid_account");
    const auto made = Accounts::create(*demo.workspace, admin, secretary, QStringLiteral("mat-khau-dai"));
    REQUIRE(made.ok());
    const auto taken = Accounts::create(*demo.workspace, admin, secretary, QStringLiteral("mat-khau-dai"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == u"account_exists");
    const Session tuan =
        *Accounts::signIn(*demo.workspace, QStringLiteral("tuan.lv"), QStringLiteral("mat-khau-dai"));
    CHECK(tuan.ownOrgIds == QList<QUuid>{demo.thon1});
}

TEST_CASE("a disabled account cannot sign in and the last administrator stays one")
{
    SecurityFixture demo;
    const Session admin = demo.signIn(QStringLiteral("quantri"));
    auto accounts = Accounts::list(*demo.workspace, admin);
    REQUIRE(accounts.ok());
    Account viewer = *std::find_if(accounts->begin(), accounts->end(),
                                   [](const Account& a) { return a.userName == u"xem"; });
    viewer.disabled = true;
    REQUIRE(Accounts::update(*demo.workspace, admin, viewer).ok());
    const auto refused = Accounts::signIn(*demo.workspace, QStringLiteral("xem"), DemoAccounts::password());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == u"account_disabled");

    Account self = *std::find_if(accounts->begin(), accounts->end(),
                                 [](const Account& a) { return a.userName == u"quantri"; });
    self.role = Role::Viewer;
    const Status demoted = Accounts::update(*demo.workspace, admin, self);
    REQUIRE_FALSE(demoted.ok());
    CHECK(demoted.error().code == u"last_administrator");
    CHECK(demo.signIn(QStringLiteral("quantri")).role == Role::Admin);
}

TEST_CASE(
    "a person changes their own password with the current one and only an administrator manages accounts")
{
    SecurityFixture demo;
    const Session committee = demo.signIn(QStringLiteral("uyvien"));
    const Status wrong =
        Accounts::changePassword(*demo.workspace, committee, QStringLiteral("uyvien"),
                                 QStringLiteral("khong-dung"), QStringLiteral("mat-khau-moi"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == u"sign_in_failed");
    REQUIRE(Accounts::changePassword(*demo.workspace, committee, QStringLiteral("uyvien"),
                                     DemoAccounts::password(), QStringLiteral("mat-khau-moi"))
                .ok());
    CHECK(Accounts::signIn(*demo.workspace, QStringLiteral("uyvien"), QStringLiteral("mat-khau-moi")).ok());
    CHECK_FALSE(Accounts::signIn(*demo.workspace, QStringLiteral("uyvien"), DemoAccounts::password()).ok());

    const Status others = Accounts::changePassword(*demo.workspace, committee, QStringLiteral("xem"), {},
                                                   QStringLiteral("mat-khau-moi"));
    REQUIRE_FALSE(others.ok());
    CHECK(others.error().code == u"permission_denied");
    CHECK(Accounts::list(*demo.workspace, committee).error().code == u"permission_denied");
    const auto made =
        Accounts::create(*demo.workspace, committee,
                         Account{{}, QStringLiteral("moi"), QStringLiteral("M"), Role::Admin, {}, false, {}},
                         QStringLiteral("mat-khau-dai"));
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == u"permission_denied");
}
