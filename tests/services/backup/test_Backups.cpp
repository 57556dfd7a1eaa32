// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Session.h"
#include "services/Backups.h"
#include "services/Workspace.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace chibo;

namespace {

const Session Secretary{QStringLiteral("Nguyễn Thị Lan"), Role::Secretary, {}};
const Session Admin{QStringLiteral("Trần Văn Hùng"), Role::Admin, {}};

QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second));
}

struct Folder {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Backups> backups;

    Folder()
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("chibo.sqlite")));
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        addOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"));
        backups = std::make_unique<Backups>(dir.filePath(QStringLiteral("backups")), workspace->path());
    }

    void addOrganisation(const QString& name)
    {
        REQUIRE(workspace->storage()
                    .organisations()
                    .insert(test::anOrganisation(name, OrgKind::GrassrootsCell))
                    .ok());
    }

    QStringList organisationNames() const
    {
        auto all = workspace->storage().organisations().all();
        REQUIRE(all.ok());
        QStringList names;
        for (const Organisation& org : *all)
            names.append(org.name);
        names.sort();
        return names;
    }

    BackupEntry make(BackupReason reason, const QDateTime& when)
    {
        auto made = backups->create(workspace->database(), reason, when);
        REQUIRE(made.ok());
        return *made;
    }

    QList<BackupEntry> of(BackupReason reason) const
    {
        QList<BackupEntry> found;
        for (const BackupEntry& entry : backups->list()) {
            if (entry.reason == reason)
                found.append(entry);
        }
        return found;
    }
};

} // namespace

TEST_CASE("A backup's name tells the database the time and the reason")
{
    Folder folder;
    CHECK(QFileInfo(folder.backups->folder()).fileName().startsWith(QStringLiteral("chibo-")));
    const BackupEntry first = folder.make(BackupReason::BeforeImport, at(7, 18, 5, 9));
    CHECK(QFileInfo(first.path).fileName() == QStringLiteral("chibo_20261207-180509_before-import.sqlite"));
    CHECK(first.size == QFileInfo(first.path).size());
    CHECK(first.size > 0);
    const BackupEntry second = folder.make(BackupReason::BeforeImport, at(7, 18, 5, 9));
    CHECK(QFileInfo(second.path).fileName() ==
          QStringLiteral("chibo_20261207-180509_before-import-2.sqlite"));

    const auto parsed = Backups::parse(QFileInfo(second.path));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == second);
    CHECK(folder.backups->list() == QList<BackupEntry>{second, first});
    CHECK_FALSE(Backups::parse(QFileInfo(QStringLiteral("/tmp/chibo_20261207-180509_weekly.sqlite"))));
    CHECK_FALSE(Backups::parse(QFileInfo(QStringLiteral("/tmp/chibo.sqlite"))));
    for (BackupReason reason : {BackupReason::Exit, BackupReason::Daily, BackupReason::BeforeImport,
                                BackupReason::BeforeRestore, BackupReason::Manual})
        CHECK(Backups::reasonFromCode(Backups::code(reason)) == reason);

    // Two databases called chibo.sqlite in different folders keep their backups apart.
    QTemporaryDir elsewhere;
    const Backups other(folder.dir.filePath(QStringLiteral("backups")),
                        elsewhere.filePath(QStringLiteral("chibo.sqlite")));
    CHECK(other.folder() != folder.backups->folder());
    CHECK(other.list().isEmpty());
}

TEST_CASE("Retention keeps the newest backups of each reason and every manual one")
{
    Folder folder;
    for (int i = 0; i < 12; ++i)
        folder.make(BackupReason::Exit, at(1 + i, 17));
    for (int i = 0; i < 16; ++i)
        folder.make(BackupReason::Daily, at(1 + i, 7));
    for (int i = 0; i < 12; ++i)
        folder.make(BackupReason::Manual, at(1 + i, 9));
    folder.make(BackupReason::BeforeImport, at(2, 10));

    const QList<BackupEntry> exits = folder.of(BackupReason::Exit);
    REQUIRE(exits.size() == Backups::kept(BackupReason::Exit));
    CHECK(Backups::kept(BackupReason::Exit) == 10);
    CHECK(exits.first().time == at(12, 17));
    CHECK(exits.last().time == at(3, 17));
    const QList<BackupEntry> dailies = folder.of(BackupReason::Daily);
    CHECK(dailies.size() == 14);
    CHECK(dailies.last().time == at(3, 7));
    CHECK(folder.of(BackupReason::Manual).size() == 12);
    CHECK(folder.of(BackupReason::BeforeImport).size() == 1);
    CHECK(folder.backups->prune(BackupReason::Exit).isEmpty());
}

TEST_CASE("The daily backup is made once a day on the first opening")
{
    Folder folder;
    const auto first = folder.backups->ensureDaily(folder.workspace->database(), at(7, 8, 15));
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK((*first)->reason == BackupReason::Daily);
    const auto again = folder.backups->ensureDaily(folder.workspace->database(), at(7, 16, 40));
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value());
    // An exit backup of the same day is not a daily one.
    folder.make(BackupReason::Exit, at(8, 7));
    const auto nextDay = folder.backups->ensureDaily(folder.workspace->database(), at(8, 7, 30));
    REQUIRE(nextDay.ok());
    CHECK(nextDay->has_value());
    CHECK(folder.of(BackupReason::Daily).size() == 2);
}

TEST_CASE("Restoring backs up the current state first and brings the backup's records back")
{
    Folder folder;
    const BackupEntry saved = folder.make(BackupReason::Manual, at(7, 9));
    folder.addOrganisation(QStringLiteral("Chi bộ thôn Ea Tu"));
    const QStringList withEaTu = folder.organisationNames();

    const auto before = folder.backups->restore(Admin, folder.workspace->database(), saved.path, at(7, 10));
    REQUIRE(before.ok());
    CHECK(before->reason == BackupReason::BeforeRestore);
    CHECK(folder.organisationNames() == QStringList{QStringLiteral("Chi bộ buôn Ea Kring")});

    // The before-restore backup holds the state that was replaced: restoring it undoes the restore.
    REQUIRE(folder.backups->restore(Admin, folder.workspace->database(), before->path, at(7, 11)).ok());
    CHECK(folder.organisationNames() == withEaTu);
    CHECK(folder.of(BackupReason::BeforeRestore).size() == 2);
}

TEST_CASE("A restore that is refused changes nothing and makes no backup")
{
    Folder folder;
    folder.addOrganisation(QStringLiteral("Chi bộ thôn Ea Tu"));
    const QStringList current = folder.organisationNames();
    const QString bad = folder.dir.filePath(QStringLiteral("minutes.sqlite"));
    QFile text(bad);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Biên bản họp chi bộ\n");
    text.close();

    const auto refused = folder.backups->restore(Admin, folder.workspace->database(), bad, at(7, 10));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("storage.not-a-database"));
    const BackupEntry good = folder.make(BackupReason::Manual, at(7, 9));
    const auto notAllowed =
        folder.backups->restore(Secretary, folder.workspace->database(), good.path, at(7, 10));
    REQUIRE_FALSE(notAllowed.ok());
    CHECK(folder.organisationNames() == current);
    CHECK(folder.of(BackupReason::BeforeRestore).isEmpty());
}
