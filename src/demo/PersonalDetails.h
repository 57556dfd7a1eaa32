// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"

#include <QDate>
#include <QString>

namespace chibo {

class DemoRandom;

/// Plausible personal details for a member record: hometown (quê quán), citizen id (CCCD), phone,
/// party card number, religion and occupation.
class PersonalDetails {
public:
    struct Hometown {
        QString text;
        QString provinceCode; ///< three digits, as in the CCCD
    };

    /// Where the family comes from: Ê Đê members from a buôn of the area, Tày and Nùng members from the
    /// northern mountains, Kinh members from the migrants' home provinces or from the commune itself.
    static Hometown hometown(DemoRandom& random, const QString& ethnicity, const QString& village);
    /// Fills `member`'s hometown, religion, citizen id, phone and (once official) party card number,
    /// from its ethnicity, birth date and sex.
    static void fill(Member& member, DemoRandom& random, const QString& village);
    /// 12 digits: birth province, century and sex digit, two-digit birth year, six random digits.
    static QString citizenId(DemoRandom& random, const QString& provinceCode, QDate birth, Sex sex);
    /// 10 digits starting with a Vietnamese mobile prefix (03, 05, 07, 08, 09).
    static QString phone(DemoRandom& random);
    static QString partyCardNumber(DemoRandom& random);
    static QString religion(DemoRandom& random, const QString& ethnicity);
    /// Occupation or post for the note, by cell and slot (slot 0 leads the unit).
    static QString occupation(DemoRandom& random, const QString& cellKey, int slot, int age, Sex sex);
};

} // namespace chibo
