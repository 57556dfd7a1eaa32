// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace chibo {

/// A commendation (khen thưởng) of a member or an organisation.
struct Commendation {
    QUuid id;
    QUuid memberId; ///< null when an organisation is commended
    QUuid orgId;    ///< null when a member is commended
    QDate date;
    QString title; ///< e.g. "Giấy khen của Đảng ủy xã"
    QString issuer;
    QString decision;

    bool operator==(const Commendation&) const = default;
};

} // namespace chibo
