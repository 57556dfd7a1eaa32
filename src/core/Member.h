// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CellMembership.h"
#include "core/PositionTerm.h"
#include "core/StatusEvent.h"
#include "core/VietnameseText.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

enum class Sex { Male, Female };

/// A party member's record (phiếu đảng viên) with the dated histories the rules read.
struct Member {
    QUuid id;
    QString fullName;
    QString givenName; ///< tên, for sorting; empty means the last word of fullName
    QDate birthDate;
    Sex sex = Sex::Male;
    QString ethnicity;
    QString religion;
    QString hometown;
    QString citizenId; ///< CCCD
    QString phone;
    QString partyCardNumber;
    QDate admissionDecisionDate; ///< party age counts from here
    QDate ceremonyDate;          ///< probation runs 12 months from here
    QDate officialDate;
    bool worksInPoliticalSystem = false; ///< decides the self-review form (2A/2B vs 2C)
    QString note;

    QList<StatusEvent> statusEvents;
    QList<CellMembership> memberships;
    QList<PositionTerm> positions;

    /// The given name used for sorting: explicit when recorded, else the last word of the full name.
    QString sortGivenName() const
    {
        return givenName.isEmpty() ? VietnameseText::lastWord(fullName) : givenName;
    }
    bool operator==(const Member&) const = default;
};

} // namespace chibo
