// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/AttendanceScan.h"

#include "storage/sqlite/SqliteHandles.h"

namespace chibo {

namespace {

Error failure(sqlite3* db, const QString& what)
{
    return Error{QStringLiteral("storage.scan"),
                 what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db)),
                 {}};
}

} // namespace

Result<AttendanceScan::Totals> AttendanceScan::read(const QString& path, int year)
{
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    SqliteConnectionHandle db(raw);
    if (opened != SQLITE_OK)
        return failure(raw, path);
    const char* sql = "SELECT a.member_id, a.status, m.org_id, m.meeting_date FROM attendance a "
                      "JOIN meetings m ON m.id = a.meeting_id WHERE m.meeting_date BETWEEN ?1 AND ?2";
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql, -1, &prepared, nullptr) != SQLITE_OK)
        return failure(db.get(), QStringLiteral("attendance"));
    SqliteStatementHandle statement(prepared);
    const QByteArray from = QByteArray::number(year) + "-01-01";
    const QByteArray to = QByteArray::number(year) + "-12-31";
    sqlite3_bind_text(prepared, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(prepared, 2, to.constData(), int(to.size()), SQLITE_STATIC);
    Totals totals;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(prepared)) == SQLITE_ROW) {
        ++totals.rows;
        const auto* status = reinterpret_cast<const char*>(sqlite3_column_text(prepared, 1));
        const qint64 member = sqlite3_column_int64(prepared, 0) + sqlite3_column_int64(prepared, 2);
        const auto* date = sqlite3_column_text(prepared, 3);
        if (status && date && member > 0 && (status[0] == 'p' || status[0] == 'l'))
            ++totals.present;
    }
    if (step != SQLITE_DONE)
        return failure(db.get(), QStringLiteral("attendance"));
    return totals;
}

} // namespace chibo
