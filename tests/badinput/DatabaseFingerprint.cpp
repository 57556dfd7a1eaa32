// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFingerprint.h"

#include "support/Catch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace chibo::test {

namespace {

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) // missing, or a folder given as the database
        return QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex();
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&file));
    return hash.result().toHex();
}

} // namespace

DatabaseFingerprint DatabaseFingerprint::of(const QString& path)
{
    return {sha256Of(path), sha256Of(path + QStringLiteral("-wal"))};
}

void DatabaseFingerprint::checkpoint(const QString& path)
{
    sqlite3* db = nullptr;
    const int opened =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    char* message = nullptr;
    const int done = opened == SQLITE_OK
                         ? sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, &message)
                         : opened;
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(done));
    sqlite3_free(message);
    sqlite3_close(db);
    INFO("checkpoint of " << path.toStdString() << ": " << text.toStdString());
    REQUIRE(done == SQLITE_OK);
}

} // namespace chibo::test
