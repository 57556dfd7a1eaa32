// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <sqlite3.h>

namespace chibo {

/// Owning handles of the sqlite3 C API for the files storage opens itself (a backup's copy, the benchmark
/// floor's scan): the connection is closed and the prepared statement finalized when the handle goes.
struct SqliteCloseConnection {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct SqliteFinalizeStatement {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using SqliteConnectionHandle = std::unique_ptr<sqlite3, SqliteCloseConnection>;
using SqliteStatementHandle = std::unique_ptr<sqlite3_stmt, SqliteFinalizeStatement>;

} // namespace chibo
