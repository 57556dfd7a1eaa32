// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace chibo {

/// A dated act that changes a member's standing or activity. A member's status on a day is the fold of
/// the events up to that day (see MemberTimeline), never a field typed by hand.
enum class StatusEventKind {
    Admitted,         ///< kết nạp: becomes probationary (dự bị) at the ceremony
    Recognised,       ///< công nhận đảng viên chính thức
    ExemptionStarted, ///< miễn công tác và sinh hoạt đảng
    ExemptionEnded,
    Suspended, ///< đình chỉ sinh hoạt đảng
    SuspensionLifted,
    TransferredInOfficial,  ///< chuyển sinh hoạt đảng chính thức đến
    TransferredOutOfficial, ///< chuyển sinh hoạt đảng chính thức đi (leaves this system)
    TransferredInTemporary, ///< chuyển sinh hoạt đảng tạm thời đến
    TransferredOutTemporary,
    ReturnedFromTemporary, ///< back from a temporary transfer
    Removed,               ///< xóa tên
    Expelled,              ///< khai trừ
    Resigned,              ///< xin ra khỏi Đảng
    Deceased,              ///< từ trần
};

struct StatusEvent {
    QUuid id;
    QDate date;
    StatusEventKind kind = StatusEventKind::Admitted;
    QString decision; ///< number and symbol of the decision, e.g. "Số 125-QĐ/ĐU"
    QString note;

    bool operator==(const StatusEvent&) const = default;
};

} // namespace chibo
