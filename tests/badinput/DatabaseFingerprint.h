// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace chibo::test {

/// What a database is on disk: the SHA-256 of the file itself and of its write-ahead log ("-wal"; a
/// missing log counts as empty). Backups and other files beside it are not part of it.
struct DatabaseFingerprint {
    QByteArray file;
    QByteArray wal;

    /// The fingerprint of `path` as it is now.
    static DatabaseFingerprint of(const QString& path);
    /// Copies every committed page of the log into the file and empties the log, so that the fingerprint
    /// taken before a command compares the database, not how much of it still sits in the log. Works on
    /// SQLite files only; fails the test when the checkpoint cannot be done.
    static void checkpoint(const QString& path);

    bool operator==(const DatabaseFingerprint&) const = default;
};

} // namespace chibo::test
