// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>

namespace chibo::test {

/// A dataset touching every table, on two communes of Đắk Lắk:
/// - "Đảng bộ xã Ea Sin" (two terms) with the cells "Chi bộ buôn Ea Kring" and "Chi bộ thôn 3";
/// - "Đảng bộ xã Cư Né" with "Chi bộ buôn Kdrô".
/// Nguyễn Văn An (secretary of Ea Kring), Đặng Thị Bình (moved from Ea Kring to thôn 3) and Y Bhim Niê
/// belong to Ea Sin; Trần Thị Hoa only to Cư Né; Lê Văn Cường moved from Kdrô to thôn 3. Meetings,
/// targets, assignments, disciplines, leave, dues, violations and commendations hang off them, and one
/// rating of a member, of a cell and of a meeting in each commune.
Dataset sampleDataset();

/// The content of fixtures/schema_v1.sql as the latest code loads it (canonical order).
Dataset fixtureV1Dataset();

/// Ids used by the sample and the fixture.
QUuid eaSin();
QUuid eaKring();
QUuid thon3();
QUuid cuNe();
QUuid kdro();
QUuid nguyenVanAn();
QUuid dangThiBinh();
QUuid yBhimNie();
QUuid tranThiHoa();
QUuid leVanCuong();

/// Opens (creating) a database file and fails the test if that does not work.
std::unique_ptr<Database> openFile(const QString& path);
std::unique_ptr<Database> openMemory();

/// The bytes of a file; empty when it cannot be read.
QByteArray fileBytes(const QString& path);
/// Runs the ';'-separated statements of a .sql file on a bare QSQLITE connection to `dbPath`.
Status runSqlFile(const QString& dbPath, const QString& sqlPath);
/// Runs statements on a bare QSQLITE connection to `dbPath` (for building broken or old files).
Status runSql(const QString& dbPath, const QStringList& statements);
/// The single value a query gives on a bare connection to `dbPath`, as text.
QString queryValue(const QString& dbPath, const QString& sql);
/// The `sql` column of sqlite_master for every table and index, sorted, on a bare connection.
QStringList schemaOf(const QString& dbPath);
/// Path of a file in tests/storage/fixtures.
QString fixturePath(const QString& name);

} // namespace chibo::test
