// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace chibo {

/// One edit of one record, as the person made it: no `before` is a creation, no `after` a removal.
/// Undo applies the inverse.
template <typename T>
struct Change {
    std::optional<T> before;
    std::optional<T> after;

    Change inverse() const { return {after, before}; }
    bool isCreation() const { return !before && after; }
    bool isRemoval() const { return before && !after; }
};

} // namespace chibo
