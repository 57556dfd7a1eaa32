// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ScoreCard.h"

namespace chibo {

QString ScoreValue::toString() const
{
    switch (type) {
    case Type::Missing: return {};
    case Type::Number: return number.toString();
    case Type::Boolean: return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Code: return code;
    }
    return {};
}

} // namespace chibo
