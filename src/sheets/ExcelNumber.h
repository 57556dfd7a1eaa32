// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rational.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace chibo {

/// A number as a spreadsheet file writes it ("45351", "0.93400000000000005", "1.5E-7"), kept as an
/// exact decimal rounded to 15 significant digits: the precision Excel shows, so a share typed as
/// 93.4 % reads back as exactly 934/1000 and never passes through a double.
class ExcelNumber {
public:
    static constexpr int significantDigits = 15;

    /// nullopt when `text` is not a decimal number with an optional exponent.
    static std::optional<ExcelNumber> parse(QStringView text);

    bool isWhole() const { return m_exponent >= 0; }
    /// The value when it is whole and fits 64 bits.
    std::optional<qint64> toInteger() const;
    /// The exact value when numerator and denominator fit 64 bits.
    std::optional<Rational> toRational() const;
    /// Plain decimal notation without exponent or trailing zeros: "0.3", "-1500", "0.00000015".
    QString toText() const;

private:
    bool m_negative = false;
    QString m_digits;   ///< no leading or trailing zeros; "" for zero
    int m_exponent = 0; ///< value = digits × 10^exponent
};

} // namespace chibo
