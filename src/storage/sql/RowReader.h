// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumCodes.h"
#include "core/Error.h"
#include "core/YearMonth.h"
#include "storage/NativeStatement.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QTime>
#include <QUuid>

#include <optional>

namespace chibo {

/// Reads the columns of the current row of a query back into domain values (the inverse of SqlValues).
/// A value that cannot be read (an unknown enumeration code, a malformed date or uuid) does not crash:
/// the first such value is kept as an Error ("storage.bad-value") that the loader returns.
/// On a back end's own statement (NativeStatement) the values are read without QVariant, and uuids, dates
/// and codes straight from the stored UTF-8, without a QString in between.
class RowReader {
    Q_DECLARE_TR_FUNCTIONS(RowReader)

public:
    explicit RowReader(const QSqlQuery& query)
        : m_query(&query)
    {}
    explicit RowReader(const NativeStatement& statement)
        : m_native(&statement)
    {}

    QString text(int column) const
    {
        return m_native ? m_native->text(column) : m_query->value(column).toString();
    }
    qint64 integer(int column) const
    {
        return m_native ? m_native->integer(column) : m_query->value(column).toLongLong();
    }
    bool flag(int column) const { return integer(column) != 0; }
    bool isNull(int column) const { return m_native ? m_native->isNull(column) : m_query->isNull(column); }
    QUuid uuid(int column);
    QDate date(int column);
    QTime time(int column);
    QDateTime dateTime(int column);
    YearMonth month(int column);

    template <typename E>
    E code(int column)
    {
        if (m_native) {
            const QUtf8StringView raw = m_native->utf8(column);
            for (const auto& [enumerator, code] : EnumCodes<E>::entries) {
                if (QAnyStringView::equal(raw, QStringView(code)))
                    return enumerator;
            }
            fail(column, raw.toString());
            return E{};
        }
        const QString raw = text(column);
        if (const std::optional<E> value = enumFromCode<E>(raw))
            return *value;
        fail(column, raw);
        return E{};
    }

    bool ok() const { return !m_error.has_value(); }
    /// The first unreadable value, with `location` (the record) filled in when it had none.
    Error error(const QString& location) const;

private:
    void fail(int column, const QString& raw);

    const QSqlQuery* m_query = nullptr;
    const NativeStatement* m_native = nullptr;
    std::optional<Error> m_error;
};

} // namespace chibo
