// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/RowReader.h"

#include <QSqlRecord>

#include <array>

namespace chibo {

namespace {

/// "yyyy-MM-dd", the form SqlValues stores, read from its UTF-8 bytes; an invalid date for anything else.
QDate isoDate(QUtf8StringView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part) {
        for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            const char digit = text[i];
            if (digit < '0' || digit > '9')
                return {};
            parts[part] = parts[part] * 10 + (digit - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

/// The value of each hex digit by its byte, 0xff for any other byte.
constexpr std::array<quint8, 256> HexDigits = [] {
    std::array<quint8, 256> table{};
    table.fill(0xff);
    for (int digit = 0; digit < 10; ++digit)
        table[std::size_t('0' + digit)] = quint8(digit);
    for (int digit = 0; digit < 6; ++digit) {
        table[std::size_t('a' + digit)] = quint8(10 + digit);
        table[std::size_t('A' + digit)] = quint8(10 + digit);
    }
    return table;
}();

/// Where each of the 16 bytes of "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" starts in the text.
constexpr std::array<quint8, 16> UuidBytePositions{0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};

/// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", the form SqlValues stores, read from its UTF-8 bytes; a null
/// uuid for anything else (QUuid::fromString then reads the other forms).
QUuid plainUuid(QUtf8StringView text)
{
    const auto* in = reinterpret_cast<const quint8*>(text.data());
    if (text.size() != 36 || in[8] != '-' || in[13] != '-' || in[18] != '-' || in[23] != '-')
        return {};
    std::array<char, 16> bytes{};
    quint8 invalid = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const quint8 high = HexDigits[in[UuidBytePositions[i]]];
        const quint8 low = HexDigits[in[UuidBytePositions[i] + 1]];
        invalid |= quint8(high | low) & 0xf0;
        bytes[i] = char(high << 4 | low);
    }
    return invalid ? QUuid() : QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()));
}

} // namespace

QUuid RowReader::uuid(int column)
{
    if (isNull(column))
        return {};
    if (m_native) {
        const QUtf8StringView raw = m_native->utf8(column);
        if (const QUuid id = plainUuid(raw); !id.isNull())
            return id;
        const QUuid id = QUuid::fromString(raw);
        if (id.isNull())
            fail(column, raw.toString());
        return id;
    }
    const QString raw = text(column);
    const QUuid id = QUuid::fromString(raw);
    if (id.isNull())
        fail(column, raw);
    return id;
}

QDate RowReader::date(int column)
{
    if (isNull(column))
        return {};
    if (m_native) {
        if (const QDate value = isoDate(m_native->utf8(column)); value.isValid())
            return value;
    }
    const QString raw = text(column);
    const QDate value = QDate::fromString(raw, Qt::ISODate);
    if (!value.isValid())
        fail(column, raw);
    return value;
}

QTime RowReader::time(int column)
{
    if (isNull(column))
        return {};
    const QString raw = text(column);
    const QTime value = QTime::fromString(raw, Qt::ISODateWithMs);
    if (!value.isValid())
        fail(column, raw);
    return value;
}

QDateTime RowReader::dateTime(int column)
{
    if (isNull(column))
        return {};
    const QString raw = text(column);
    const QDateTime value = QDateTime::fromString(raw, Qt::ISODateWithMs);
    if (!value.isValid())
        fail(column, raw);
    return value;
}

YearMonth RowReader::month(int column)
{
    if (isNull(column))
        return {};
    const QString raw = text(column);
    const std::optional<YearMonth> value = YearMonth::parse(raw);
    if (!value) {
        fail(column, raw);
        return {};
    }
    return *value;
}

Error RowReader::error(const QString& location) const
{
    Error error = m_error.value_or(Error{});
    if (error.location.isEmpty())
        error.location = location;
    return error;
}

void RowReader::fail(int column, const QString& raw)
{
    if (m_error)
        return;
    const QString field = m_native ? m_native->columnName(column) : m_query->record().fieldName(column);
    m_error =
        Error{QStringLiteral("storage.bad-value"),
              tr("The database holds the value \"%1\" in column %2, which this version of ChiBo cannot read.")
                  .arg(raw, field),
              {}};
}

} // namespace chibo
