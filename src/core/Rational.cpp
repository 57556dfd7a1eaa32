// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Rational.h"

#include <QRegularExpression>

#include <numeric>

namespace chibo {

namespace {

__extension__ typedef __int128 Wide; // exact products of two 64-bit values

qint64 narrow(Wide value)
{
    // Criteria values and counts are small; a result outside 64 bits means a broken rule, not data.
    Q_ASSERT(value <= std::numeric_limits<qint64>::max() && value >= std::numeric_limits<qint64>::min());
    return static_cast<qint64>(value);
}

Rational reduced(Wide num, Wide den)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    Wide a = num < 0 ? -num : num;
    Wide b = den;
    while (b != 0) {
        const Wide t = a % b;
        a = b;
        b = t;
    }
    const Wide divisor = a == 0 ? 1 : a;
    return Rational(narrow(num / divisor), narrow(den / divisor));
}

qint64 pow10(int digits)
{
    qint64 result = 1;
    for (int i = 0; i < digits; ++i)
        result *= 10;
    return result;
}

} // namespace

Rational::Rational(qint64 num, qint64 den)
{
    Q_ASSERT(den != 0);
    const qint64 divisor = std::gcd(num, den);
    m_num = num / (divisor == 0 ? 1 : divisor);
    m_den = den / (divisor == 0 ? 1 : divisor);
    if (m_den < 0) {
        m_num = -m_num;
        m_den = -m_den;
    }
}

std::optional<Rational> Rational::ratio(qint64 num, qint64 den)
{
    if (den == 0)
        return std::nullopt;
    return Rational(num, den);
}

std::optional<Rational> Rational::parse(QStringView text)
{
    static const QRegularExpression fraction(QStringLiteral("^(-?\\d{1,15})/(\\d{1,15})$"));
    static const QRegularExpression decimal(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,6}))?(%?)$"));
    if (const auto match = fraction.match(text); match.hasMatch()) {
        const qint64 den = match.capturedView(2).toLongLong();
        return ratio(match.capturedView(1).toLongLong(), den);
    }
    const auto match = decimal.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QStringView fractionDigits = match.capturedView(3);
    const qint64 scale = pow10(int(fractionDigits.size()));
    qint64 num = match.capturedView(2).toLongLong() * scale + (scale > 1 ? fractionDigits.toLongLong() : 0);
    if (!match.capturedView(1).isEmpty())
        num = -num;
    const qint64 percent = match.capturedView(4).isEmpty() ? 1 : 100;
    return Rational(num, scale * percent);
}

qint64 Rational::floor() const
{
    const qint64 quotient = m_num / m_den;
    return (m_num % m_den != 0 && m_num < 0) ? quotient - 1 : quotient;
}

Rational Rational::operator+(const Rational& other) const
{
    return reduced(Wide(m_num) * other.m_den + Wide(other.m_num) * m_den, Wide(m_den) * other.m_den);
}

Rational Rational::operator-(const Rational& other) const
{
    return *this + (-other);
}

Rational Rational::operator*(const Rational& other) const
{
    return reduced(Wide(m_num) * other.m_num, Wide(m_den) * other.m_den);
}

Rational Rational::operator/(const Rational& other) const
{
    Q_ASSERT(other.m_num != 0);
    return reduced(Wide(m_num) * other.m_den, Wide(m_den) * other.m_num);
}

std::strong_ordering Rational::operator<=>(const Rational& other) const
{
    return Wide(m_num) * other.m_den <=> Wide(other.m_num) * m_den;
}

QString Rational::toString() const
{
    return m_den == 1 ? QString::number(m_num) : QStringLiteral("%1/%2").arg(m_num).arg(m_den);
}

QString Rational::toDecimal(int decimals) const
{
    const qint64 scale = pow10(decimals);
    const Wide scaled = Wide(m_num < 0 ? -m_num : m_num) * scale;
    const Wide rounded = (scaled * 2 + m_den) / (Wide(m_den) * 2); // half away from zero
    const qint64 whole = narrow(rounded / scale);
    const qint64 fraction = narrow(rounded % scale);
    QString text = QString::number(whole);
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return (m_num < 0 && rounded != 0) ? u'-' + text : text;
}

} // namespace chibo
