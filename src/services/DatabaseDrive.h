// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// Where a database file sits, as far as its safety goes: a network share can drop the connection in the
/// middle of a write and lies about locks, and a removable drive can be pulled out; both can damage a
/// SQLite database. The window and the CLI warn about either.
class DatabaseDrive {
    Q_DECLARE_TR_FUNCTIONS(DatabaseDrive)

public:
    enum class Kind { Local, Network, Removable };

    /// Decides from what the system says about the mount: the file system type (QStorageInfo's, e.g.
    /// "nfs4", "cifs", "fuse.sshfs"), the device ("//server/share", "host:/export", "/dev/sdb1"), the mount
    /// point, and whether the kernel flags the block device removable (/sys/block/<dev>/removable).
    /// Network: a network file system type, or a device naming a server. Removable: the flag, or a mount
    /// under /media or /run/media (where desktops mount USB sticks).
    static Kind classify(const QString& fileSystemType, const QString& device, const QString& mountPoint,
                         bool removableDevice);
    /// The whole block device of a partition: "/dev/sdb1" → "sdb", "/dev/nvme0n1p2" → "nvme0n1",
    /// "/dev/mmcblk0p1" → "mmcblk0"; empty when `device` is not a /dev node.
    static QString blockDevice(const QString& device);
    /// The kind of drive the file (or, while it does not exist, its folder) at `path` is on.
    static Kind of(const QString& path);
    /// A translated warning for a database at `path` on a network or removable drive; empty otherwise.
    static QString warning(const QString& path);
};

} // namespace chibo
