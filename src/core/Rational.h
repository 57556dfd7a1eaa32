// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace chibo {

/// An exact number: a fraction of two 64-bit integers kept in lowest terms with a positive denominator.
/// Rules compare shares and points without rounding: "attendance above 85 %" is present/expected > 85/100,
/// decided by cross-multiplication in 128 bits. Rounding happens only when a value is shown.
class Rational {
public:
    constexpr Rational() = default;
    constexpr Rational(qint64 whole) // NOLINT(google-explicit-constructor): integers are rationals
        : m_num(whole)
    {}
    /// `den` must not be 0.
    Rational(qint64 num, qint64 den);

    /// Parses "12", "-3", "2/3", "85%", "12.5%", "1.25". nullopt for anything else or a zero denominator.
    static std::optional<Rational> parse(QStringView text);
    /// num/den, or nullopt when den is 0 (a share of nobody is not a number).
    static std::optional<Rational> ratio(qint64 num, qint64 den);

    qint64 numerator() const { return m_num; }
    qint64 denominator() const { return m_den; }
    bool isInteger() const { return m_den == 1; }
    /// The largest integer not above the value.
    qint64 floor() const;

    Rational operator+(const Rational& other) const;
    Rational operator-(const Rational& other) const;
    Rational operator*(const Rational& other) const;
    /// `other` must not be 0.
    Rational operator/(const Rational& other) const;
    Rational operator-() const { return Rational(-m_num, m_den); }

    bool operator==(const Rational& other) const = default;
    std::strong_ordering operator<=>(const Rational& other) const;

    /// The exact canonical text: "12", "-3", "2/3". What results files store.
    QString toString() const;
    /// A decimal with at most `decimals` digits after the point, rounded half away from zero, trailing
    /// zeros dropped: 2/3 → "0.67" (2). For display only.
    QString toDecimal(int decimals = 2) const;
    /// The value as a percentage for display: 17/20 → "85", 2/3 → "66.67".
    QString toPercent(int decimals = 2) const { return (*this * 100).toDecimal(decimals); }

private:
    qint64 m_num = 0;
    qint64 m_den = 1;
};

} // namespace chibo
