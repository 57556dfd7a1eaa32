// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

enum class Standing {
    NotMember,    ///< before admission
    Probationary, ///< đảng viên dự bị
    Full,         ///< đảng viên chính thức
    Left,         ///< no longer in this party organisation (see LeaveReason)
};

enum class LeaveReason { None, TransferredOut, Removed, Expelled, Resigned, Deceased };

/// Why a member is not expected at a cell's meeting on a given day.
enum class NotExpectedReason { None, NotYetAdmitted, Left, Exempt, Suspended, AwayTemporarily, NotInCell };

/// A member's status on one day, folded from the dated status events.
struct MemberState {
    Standing standing = Standing::NotMember;
    LeaveReason leftBy = LeaveReason::None;
    bool exempt = false;          ///< miễn công tác và sinh hoạt đảng
    bool suspended = false;       ///< đình chỉ sinh hoạt đảng
    bool temporarilyAway = false; ///< transferred temporarily to a unit outside this system

    bool isMember() const { return standing == Standing::Probationary || standing == Standing::Full; }
    bool operator==(const MemberState&) const = default;
};

} // namespace chibo
