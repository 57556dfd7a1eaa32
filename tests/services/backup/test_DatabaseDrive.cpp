// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DatabaseDrive.h"
#include "support/Catch.h"

#include <QTemporaryDir>

using namespace chibo;
using Kind = DatabaseDrive::Kind;

namespace {

Kind classify(const char* type, const char* device, const char* mountPoint, bool removable = false)
{
    return DatabaseDrive::classify(QString::fromUtf8(type), QString::fromUtf8(device),
                                   QString::fromUtf8(mountPoint), removable);
}

} // namespace

TEST_CASE("Network file systems and server devices are network drives")
{
    CHECK(classify("nfs4", "nas:/export/chibo", "/mnt/nas") == Kind::Network);
    CHECK(classify("nfs", "192.168.1.10:/data", "/srv/data") == Kind::Network);
    CHECK(classify("cifs", "//ubnd-xa/chung", "/mnt/chung") == Kind::Network);
    CHECK(classify("smb3", "//server/share", "/home/lan/share") == Kind::Network);
    CHECK(classify("fuse.sshfs", "lan@may-chu:/home/lan", "/home/lan/remote") == Kind::Network);
    CHECK(classify("9p", "hostshare", "/mnt/host") == Kind::Network);
    CHECK(classify("davfs", "https://cloud.example.vn/dav", "/mnt/dav") == Kind::Network);
    CHECK(classify("fuse", "//server/share", "/mnt/x") == Kind::Network); // the device names a server
}

TEST_CASE("Removable drives are flagged by the kernel or mounted under /media")
{
    CHECK(classify("vfat", "/dev/sdb1", "/media/lan/USB") == Kind::Removable);
    CHECK(classify("exfat", "/dev/sdc1", "/run/media/lan/THE NHO") == Kind::Removable);
    CHECK(classify("ext4", "/dev/sdd1", "/mnt/backup", true) == Kind::Removable);
    CHECK(classify("ext4", "/dev/sda2", "/mediafiles") == Kind::Local);
}

TEST_CASE("Local disks are local")
{
    CHECK(classify("ext4", "/dev/nvme0n1p2", "/") == Kind::Local);
    CHECK(classify("btrfs", "/dev/sda3", "/home") == Kind::Local);
    CHECK(classify("tmpfs", "tmpfs", "/tmp") == Kind::Local);
    CHECK(classify("overlay", "overlay", "/") == Kind::Local);
    CHECK(classify("zfs", "rpool/ROOT/debian", "/") == Kind::Local);
}

TEST_CASE("A partition's block device is found for the removable flag")
{
    CHECK(DatabaseDrive::blockDevice(QStringLiteral("/dev/sdb1")) == QStringLiteral("sdb"));
    CHECK(DatabaseDrive::blockDevice(QStringLiteral("/dev/sda")) == QStringLiteral("sda"));
    CHECK(DatabaseDrive::blockDevice(QStringLiteral("/dev/nvme0n1p2")) == QStringLiteral("nvme0n1"));
    CHECK(DatabaseDrive::blockDevice(QStringLiteral("/dev/mmcblk0p1")) == QStringLiteral("mmcblk0"));
    CHECK(DatabaseDrive::blockDevice(QStringLiteral("/dev/vda")) == QStringLiteral("vda"));
    CHECK(DatabaseDrive::blockDevice(QStringLiteral("tmpfs")).isEmpty());
    CHECK(DatabaseDrive::blockDevice(QStringLiteral("//server/share")).isEmpty());
}

TEST_CASE("A warning names the database and only a risky drive gets one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chibo.sqlite"));
    const QString warning = DatabaseDrive::warning(path);
    CHECK(warning.isEmpty() == (DatabaseDrive::of(path) == Kind::Local));
    if (!warning.isEmpty())
        CHECK(warning.contains(path));
}
