// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"
#include "app/backup/BackupActions.h"
#include "services/Backups.h"
#include "services/Workspace.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QAction>
#include <QMenu>

using namespace chibo;
using test::WindowFixture;

namespace {

QList<BackupEntry> backupsOf(const WindowFixture& f, BackupReason reason)
{
    QList<BackupEntry> found;
    for (const BackupEntry& entry : Backups::inDataDirectory(f.demo.path).list()) {
        if (entry.reason == reason)
            found.append(entry);
    }
    return found;
}

bool hasOrganisation(const WindowFixture& f, const QString& name)
{
    for (const Organisation& org : f.window->context().organisations()) {
        if (org.name == name)
            return true;
    }
    return false;
}

BackupActions& actionsOf(const WindowFixture& f)
{
    auto* actions = f.window->findChild<BackupActions*>();
    REQUIRE(actions);
    return *actions;
}

} // namespace

TEST_CASE("The window backs up on the first opening of the day and on closing")
{
    WindowFixture f;
    CHECK(backupsOf(f, BackupReason::Daily).size() == 1);
    REQUIRE(f.window->openDatabase(f.demo.path).ok()); // opened again the same day: no second one
    CHECK(backupsOf(f, BackupReason::Daily).size() == 1);
    CHECK(backupsOf(f, BackupReason::Exit).isEmpty());
    f.window->close();
    CHECK(backupsOf(f, BackupReason::Exit).size() == 1);
    CHECK(f.dialogs.errors.isEmpty());
}

TEST_CASE("Back up now and Restore from a backup in the File menu bring the records back")
{
    WindowFixture f;
    QStringList fileMenu;
    for (QAction* action : f.window->findChild<QMenu*>(QStringLiteral("fileMenu"))->actions())
        fileMenu.append(action->objectName());
    CHECK(fileMenu.contains(QStringLiteral("backUpAction")));
    CHECK(fileMenu.contains(QStringLiteral("restoreBackupAction")));

    f.window->findChild<QAction*>(QStringLiteral("backUpAction"))->trigger();
    const QList<BackupEntry> manual = backupsOf(f, BackupReason::Manual);
    REQUIRE(manual.size() == 1);
    const QString newCell = QStringLiteral("Chi bộ thôn Ea Tu");
    REQUIRE(f.window->context()
                .workspace()
                ->storage()
                .organisations()
                .insert(test::anOrganisation(newCell, OrgKind::GrassrootsCell))
                .ok());
    REQUIRE(f.window->context().reloadOrganisations().ok());
    REQUIRE(hasOrganisation(f, newCell));

    SECTION("confirmed, the backup replaces the records and the window shows them")
    {
        REQUIRE(actionsOf(f).restoreFrom(manual.first().path));
        CHECK_FALSE(hasOrganisation(f, newCell));
        CHECK(hasOrganisation(f, QStringLiteral("Đảng bộ xã Ea Sin")));
        REQUIRE(backupsOf(f, BackupReason::BeforeRestore).size() == 1);
        REQUIRE(f.dialogs.informations.size() == 1);
        CHECK(
            f.dialogs.informations.first().contains(backupsOf(f, BackupReason::BeforeRestore).first().path));
        CHECK(f.dialogs.errors.isEmpty());
    }
    SECTION("not confirmed, nothing changes")
    {
        f.dialogs.confirmAnswer = false;
        CHECK_FALSE(actionsOf(f).restoreFrom(manual.first().path));
        CHECK(hasOrganisation(f, newCell));
        CHECK(backupsOf(f, BackupReason::BeforeRestore).isEmpty());
    }
    SECTION("a file that is not a backup is refused with a message")
    {
        CHECK_FALSE(actionsOf(f).restoreFrom(f.demo.dir.filePath(QStringLiteral("missing.sqlite"))));
        CHECK(f.dialogs.errors.size() == 1);
        CHECK(hasOrganisation(f, newCell));
    }
}
