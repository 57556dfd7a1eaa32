// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

/// How many records refer to a member and would block their removal: meetings at which the member has an
/// attendance row, is the chair or took the minutes (each meeting counted once), and targets they own.
struct MemberReferences {
    int meetings = 0;
    int targets = 0;

    bool any() const { return meetings > 0 || targets > 0; }
    bool operator==(const MemberReferences&) const = default;
};

} // namespace chibo
