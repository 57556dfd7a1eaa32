// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DatabaseDrive.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>

#include <array>

namespace chibo {

namespace {

bool isNetworkType(const QString& type)
{
    static constexpr std::array<const char16_t*, 18> networkTypes{
        u"nfs",  u"nfs4",      u"cifs",           u"smb3",       u"smbfs",       u"smb2",
        u"9p",   u"davfs",     u"fuse.davfs2",    u"fuse.sshfs", u"sshfs",       u"afs",
        u"ceph", u"glusterfs", u"fuse.glusterfs", u"ncpfs",      u"fuse.rclone", u"fuse.s3fs"};
    const QString lower = type.toLower();
    for (const char16_t* candidate : networkTypes) {
        if (lower == QStringView(candidate))
            return true;
    }
    return false;
}

/// "//server/share" (SMB) or "host:/export" (NFS, sshfs "user@host:/path").
bool namesAServer(const QString& device)
{
    static const QRegularExpression remote(QStringLiteral(R"(^(//[^/]+/|[^/\s:]+:/?))"));
    return remote.match(device).hasMatch();
}

bool isUnder(const QString& mountPoint, const QString& folder)
{
    return mountPoint == folder || mountPoint.startsWith(folder + u'/');
}

bool removableFlag(const QString& device)
{
    const QString block = DatabaseDrive::blockDevice(device);
    if (block.isEmpty())
        return false;
    QFile flag(QStringLiteral("/sys/block/%1/removable").arg(block));
    return flag.open(QIODevice::ReadOnly) && flag.read(1) == "1";
}

} // namespace

DatabaseDrive::Kind DatabaseDrive::classify(const QString& fileSystemType, const QString& device,
                                            const QString& mountPoint, bool removableDevice)
{
    if (isNetworkType(fileSystemType) || namesAServer(device))
        return Kind::Network;
    if (removableDevice || isUnder(mountPoint, QStringLiteral("/media")) ||
        isUnder(mountPoint, QStringLiteral("/run/media")))
        return Kind::Removable;
    return Kind::Local;
}

QString DatabaseDrive::blockDevice(const QString& device)
{
    static const QRegularExpression numbered(
        QStringLiteral(R"(^/dev/((?:nvme\d+n\d+|mmcblk\d+|loop\d+))(?:p\d+)?$)"));
    static const QRegularExpression lettered(QStringLiteral(R"(^/dev/([a-z]+)\d*$)"));
    if (const auto match = numbered.match(device); match.hasMatch())
        return match.captured(1);
    if (const auto match = lettered.match(device); match.hasMatch())
        return match.captured(1);
    return {};
}

DatabaseDrive::Kind DatabaseDrive::of(const QString& path)
{
    QFileInfo file(path);
    const QStorageInfo storage(file.exists() ? file.absoluteFilePath() : file.absolutePath());
    if (!storage.isValid())
        return Kind::Local;
    const QString device = QString::fromLocal8Bit(storage.device());
    return classify(QString::fromLocal8Bit(storage.fileSystemType()), device, storage.rootPath(),
                    removableFlag(device));
}

QString DatabaseDrive::warning(const QString& path)
{
    switch (of(path)) {
    case Kind::Network:
        return tr("The database %1 is on a network drive. A dropped connection can damage it: keep the "
                  "database on this computer's own disk and copy backups to the network instead.")
            .arg(path);
    case Kind::Removable:
        return tr("The database %1 is on a removable drive. Pulling the drive out while ChiBo is open can "
                  "damage it: keep the database on this computer's own disk and copy backups to the drive "
                  "instead.")
            .arg(path);
    case Kind::Local: return {};
    }
    return {};
}

} // namespace chibo
