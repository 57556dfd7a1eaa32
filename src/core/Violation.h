// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace chibo {

/// Violations tracked by the "chi bộ 3 không" model, plus any other recorded kind.
enum class ViolationKind {
    SocialEvils,           ///< tệ nạn xã hội
    TrafficLaw,            ///< vi phạm luật giao thông
    PawningIdentityPapers, ///< cầm cố giấy tờ tùy thân để vay tiền
    Other,
};

struct Violation {
    QUuid id;
    QUuid memberId;
    QDate date;
    ViolationKind kind = ViolationKind::Other;
    QString note;

    bool operator==(const Violation&) const = default;
};

} // namespace chibo
