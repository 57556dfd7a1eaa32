// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/SqliteStatement.h"

#include <QByteArray>

#include <sqlite3.h>

namespace chibo {

namespace {

/// Whether SqliteStatement binds a value of this type as a number (booleans as 0 and 1).
bool isNumber(int type)
{
    switch (type) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Double: return true;
    default: return false;
    }
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3* db)
    : m_db(db)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(const QString& sql)
{
    const int result = sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(QChar)),
                                            SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (result != SQLITE_OK) {
        fail(QT_TR_NOOP("Could not prepare the statement"));
        return false;
    }
    return true;
}

bool SqliteStatement::exec(const QVariantList& values)
{
    finish();
    m_bound = values; // shared, not copied: the bound text stays where it is until the next exec()
    if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
        m_error = QSqlError(tr("Could not run the statement"),
                            tr("%1 values for %2 parameters")
                                .arg(values.size())
                                .arg(sqlite3_bind_parameter_count(m_statement)),
                            QSqlError::StatementError);
        return false;
    }
    reserveUtf8(m_bound);
    char* utf8 = m_utf8.data();
    for (qsizetype i = 0; i < m_bound.size(); ++i) {
        if (!bind(int(i) + 1, m_bound[i], utf8)) {
            fail(QT_TR_NOOP("Could not bind a value"));
            return false;
        }
    }
    if (!step(QT_TR_NOOP("Could not run the statement")))
        return false;
    m_rowPending = m_hasRow;
    m_error = QSqlError();
    return true;
}

void SqliteStatement::reserveUtf8(const QVariantList& values)
{
    qsizetype space = 0;
    for (const QVariant& value : values) {
        const int type = value.typeId();
        if (type == QMetaType::QString)
            space += m_encoder.requiredSpace(static_cast<const QString*>(value.constData())->size());
        else if (type != QMetaType::QByteArray && type != QMetaType::UnknownType && !isNumber(type))
            space += m_encoder.requiredSpace(value.toString().size()); // bound as its text
    }
    if (m_utf8.size() < space)
        m_utf8.resize(space);
}

bool SqliteStatement::bind(int index, const QVariant& value, char*& utf8)
{
    const void* data = value.constData();
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString* text = static_cast<const QString*>(data);
        if (text->isNull())
            return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
        char* const start = utf8;
        utf8 = m_encoder.appendToBuffer(utf8, *text);
        return sqlite3_bind_text(m_statement, index, start, int(utf8 - start), SQLITE_STATIC) == SQLITE_OK;
    }
    case QMetaType::QByteArray: {
        const QByteArray* bytes = static_cast<const QByteArray*>(data);
        if (bytes->isNull())
            return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
        return sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC) ==
               SQLITE_OK;
    }
    case QMetaType::Double:
        return value.isNull() ? sqlite3_bind_null(m_statement, index) == SQLITE_OK
                              : sqlite3_bind_double(m_statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::UnknownType: return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
    default:
        if (isNumber(value.typeId()))
            return value.isNull() ? sqlite3_bind_null(m_statement, index) == SQLITE_OK
                                  : sqlite3_bind_int64(m_statement, index, value.toLongLong()) == SQLITE_OK;
        break;
    }
    // Anything else as its text, as Qt SQL binds it.
    return bind(index, QVariant(value.toString()), utf8);
}

bool SqliteStatement::step(const char* operation)
{
    const int result = sqlite3_step(m_statement);
    m_hasRow = result == SQLITE_ROW;
    if (result == SQLITE_ROW || result == SQLITE_DONE)
        return true;
    fail(operation);
    sqlite3_reset(m_statement);
    return false;
}

bool SqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (!m_hasRow)
        return false;
    return step(QT_TR_NOOP("Could not read a row")) && m_hasRow;
}

QVariant SqliteStatement::value(int column) const
{
    if (!m_hasRow || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(QString(static_cast<const QChar*>(sqlite3_column_text16(m_statement, column)),
                                sqlite3_column_bytes16(m_statement, column) / int(sizeof(QChar))));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    default: return {};
    }
}

bool SqliteStatement::isNull(int column) const
{
    return !m_hasRow || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return m_hasRow ? sqlite3_column_int64(m_statement, column) : 0;
}

QString SqliteStatement::text(int column) const
{
    if (isNull(column))
        return {};
    return utf8(column).toString();
}

QUtf8StringView SqliteStatement::utf8(int column) const
{
    if (!m_hasRow)
        return {};
    // sqlite3_column_text first, then _bytes: the order SQLite documents for a stable pointer and length.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QUtf8StringView(text, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

int SqliteStatement::rowsAffected() const
{
    return sqlite3_changes(m_db);
}

void SqliteStatement::finish()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_hasRow = false;
    m_rowPending = false;
}

void SqliteStatement::fail(const char* operation)
{
    // As QSQLITE reports it: the message of the connection, its extended result code as the native code.
    m_error = QSqlError(tr(operation), QString(reinterpret_cast<const QChar*>(sqlite3_errmsg16(m_db))),
                        QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db)));
}

} // namespace chibo
