// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>
#include <QUtf8StringView>
#include <QVariant>

namespace chibo {

/// A statement prepared on the back end's own connection handle, for the bulk writes that run one
/// statement thousands of times in a row (SqlStatement::Binding::Native). The values are bound straight to
/// the driver's statement: Qt SQL keeps books by placeholder name for every value bound, which costs more
/// than the insert itself. Values and results mean what they mean through Qt SQL: a null QVariant, a null
/// QString and a null QByteArray are SQL NULL; text, integers, booleans (0/1), reals and bytes as they are.
class NativeStatement {
public:
    virtual ~NativeStatement() = default;

    /// Binds `values` to the parameters in order and runs the statement up to its first row (a
    /// RETURNING clause's). False on failure; see error().
    virtual bool exec(const QVariantList& values) = 0;
    /// Moves to the next row of the result: the first after exec(), then on.
    virtual bool next() = 0;
    /// The current row's value in `column`: an integer, real, text, bytes or a null QVariant.
    virtual QVariant value(int column) const = 0;
    /// The same values read without a QVariant, for SELECTs of thousands of rows (RowReader): whether the
    /// value is NULL, as an integer (0 when it is not one), and as text, also as the back end's own
    /// UTF-8 bytes, valid until the next call on the statement.
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QUtf8StringView utf8(int column) const = 0;
    /// The name of a result column, for messages.
    virtual QString columnName(int column) const = 0;
    /// Rows changed by the last exec() of an INSERT, UPDATE or DELETE.
    virtual int rowsAffected() const = 0;
    /// Ends the current execution so that the statement holds nothing until the next exec().
    virtual void finish() = 0;
    /// The last failure, as Qt SQL would report it (the driver's code and text), for SqlErrors.
    virtual QSqlError error() const = 0;
};

} // namespace chibo
