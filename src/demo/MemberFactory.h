// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "demo/DemoScript.h"
#include "demo/OrgLayout.h"

#include <QDate>

namespace chibo {

class DemoContext;
class DemoRandom;

/// Creates one member of a cell with personal details and an ordinary history: admitted, recognised
/// after 12 months, registered in the cell since admission (or since the cell was founded). Scripted
/// parts (see DemoScript) fix the age, sex, name or admission date of some slots.
class MemberFactory {
public:
    explicit MemberFactory(DemoContext& context);

    Member build(const OrgLayout::Unit& unit, int slot);

private:
    struct Profile {
        Sex sex = Sex::Male;
        QString ethnicity;
        DemoScript::AgeGroup age = DemoScript::AgeGroup::Adult;
        QString forcedName;
        QDate ceremony;       ///< scripted admission, else invalid
        bool veteran = false; ///< holds a post: admitted long before the 2020 congress
    };

    Profile profileFor(const OrgLayout::Unit& unit, int slot, DemoRandom& random) const;
    void assignName(Member& member, const Profile& profile, DemoRandom& random);
    static QDate birthDate(const Profile& profile, DemoRandom& random);
    static QDate ceremonyDate(const Profile& profile, QDate birth, DemoRandom& random);
    void admit(Member& member, const OrgLayout::Unit& unit, const QString& key, DemoRandom& random) const;
    void fillDetails(Member& member, const OrgLayout::Unit& unit, int slot, DemoRandom& random) const;

    DemoContext& m_context;
};

} // namespace chibo
