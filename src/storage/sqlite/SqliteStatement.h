// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/NativeStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringEncoder>

struct sqlite3;
struct sqlite3_stmt;

namespace chibo {

/// A NativeStatement on an sqlite3 handle (QSQLITE's own, so it joins that connection's transaction).
/// Prepared once (SQLITE_PREPARE_PERSISTENT) and finalized with the object, which must therefore go
/// before the connection does. Text is bound as UTF-8, the encoding ChiBo's databases have, so SQLite
/// stores it without converting it value by value: every text of one exec() is encoded into one buffer,
/// reused from row to row and kept with the bound values until the next exec().
class SqliteStatement final : public NativeStatement {
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    explicit SqliteStatement(sqlite3* db);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// False on failure; see error().
    bool prepare(const QString& sql);

    bool exec(const QVariantList& values) override;
    bool next() override;
    QVariant value(int column) const override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    QUtf8StringView utf8(int column) const override;
    QString columnName(int column) const override;
    int rowsAffected() const override;
    void finish() override;
    QSqlError error() const override { return m_error; }

private:
    bool bind(int index, const QVariant& value, char*& utf8);
    /// Room in m_utf8 for every text of `values` (kept from exec to exec, so rarely allocated).
    void reserveUtf8(const QVariantList& values);
    /// Steps once; true on a row or the end, false (and error() set, naming `operation`) on a failure.
    bool step(const char* operation);
    /// Sets error() from the connection's last error; `operation` is translated only then.
    void fail(const char* operation);

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QVariantList m_bound;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_utf8;
    bool m_hasRow = false;     ///< the last step gave a row
    bool m_rowPending = false; ///< exec() stepped onto a row that next() has not returned yet
    QSqlError m_error;
};

} // namespace chibo
