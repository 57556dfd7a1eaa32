// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/ExcelNumber.h"

#include <QRegularExpression>

namespace chibo {

namespace {

constexpr int maxInt64Digits = 18; // every 18-digit number fits in 64 bits

/// Adds one unit in the last place to a string of decimal digits ("199" → "200", "99" → "100").
QString incremented(QString digits)
{
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (digits[i] != u'9') {
            digits[i] = QChar(digits[i].unicode() + 1);
            return digits;
        }
        digits[i] = u'0';
    }
    return u'1' + digits;
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

std::optional<ExcelNumber> ExcelNumber::parse(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([+-]?)(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d{1,4}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch() || match.capturedLength(2) + match.capturedLength(3) == 0)
        return std::nullopt;
    ExcelNumber number;
    number.m_negative = match.capturedView(1) == u"-";
    number.m_digits = match.captured(2) + match.captured(3);
    number.m_exponent = match.capturedView(4).toInt() - int(match.capturedLength(3));
    while (number.m_digits.startsWith(u'0'))
        number.m_digits.remove(0, 1);
    if (number.m_digits.size() > significantDigits) {
        const bool roundUp = number.m_digits[significantDigits] >= u'5'; // half away from zero
        number.m_exponent += int(number.m_digits.size()) - significantDigits;
        number.m_digits.truncate(significantDigits);
        if (roundUp)
            number.m_digits = incremented(number.m_digits);
    }
    while (number.m_digits.endsWith(u'0')) {
        number.m_digits.chop(1);
        ++number.m_exponent;
    }
    if (number.m_digits.isEmpty()) {
        number.m_negative = false;
        number.m_exponent = 0;
    }
    return number;
}

std::optional<qint64> ExcelNumber::toInteger() const
{
    if (!isWhole() || m_digits.size() + m_exponent > maxInt64Digits)
        return std::nullopt;
    const qint64 magnitude = m_digits.isEmpty() ? 0 : m_digits.toLongLong() * powerOfTen(m_exponent);
    return m_negative ? -magnitude : magnitude;
}

std::optional<Rational> ExcelNumber::toRational() const
{
    if (isWhole()) {
        const auto whole = toInteger();
        return whole ? std::optional<Rational>(*whole) : std::nullopt;
    }
    if (-m_exponent > maxInt64Digits)
        return std::nullopt;
    const qint64 numerator = m_digits.toLongLong(); // at most 16 digits after rounding
    return Rational(m_negative ? -numerator : numerator, powerOfTen(-m_exponent));
}

QString ExcelNumber::toText() const
{
    if (m_digits.isEmpty())
        return QStringLiteral("0");
    QString text;
    if (m_exponent >= 0) {
        text = m_digits + QString(m_exponent, u'0');
    } else {
        const qsizetype point = m_digits.size() + m_exponent;
        if (point > 0)
            text = m_digits.left(point) + u'.' + m_digits.mid(point);
        else
            text = QStringLiteral("0.") + QString(-point, u'0') + m_digits;
    }
    return m_negative ? u'-' + text : text;
}

} // namespace chibo
