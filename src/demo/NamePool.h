// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"

#include <QString>

namespace chibo {

class DemoRandom;

/// Real-looking Vietnamese personal names: Kinh (họ, tên đệm, tên), Tày and Nùng (same order, own
/// family names), and Ê Đê ("Y Bhim Niê", "H'Luyến Mlô": prefix by sex, personal name, clan name last).
class NamePool {
public:
    struct Name {
        QString fullName;
        QString givenName; ///< set when the given name is not the last word (Ê Đê names)
    };

    static Name kinh(DemoRandom& random, Sex sex);
    static Name tayNung(DemoRandom& random, Sex sex);
    static Name ede(DemoRandom& random, Sex sex);
};

} // namespace chibo
