// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/OrgLayout.h"

#include "demo/DemoIds.h"

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

const QString CommuneLocality = u"xã Ea Sin, tỉnh Đắk Lắk"_s;

OrgLayout::Unit cell(const QString& key, const QString& name, CellType type, int slots, int seats)
{
    OrgLayout::Unit unit;
    unit.key = key;
    unit.parentKey = u"ea-sin-commune"_s;
    unit.name = name;
    unit.kind = OrgKind::GrassrootsCell;
    unit.type = type;
    unit.shortName = u"CB"_s;
    unit.locality = CommuneLocality;
    unit.memberSlots = slots;
    unit.committeeSeats = seats;
    return unit;
}

void setDates(OrgLayout::Unit& unit, QDate established, QDate previousCongress, QDate congress2025)
{
    unit.established = established;
    unit.previousCongress = previousCongress;
    unit.congress2025 = congress2025;
}

QList<OrgLayout::Unit> communeCommittee()
{
    QList<OrgLayout::Unit> list;
    OrgLayout::Unit root = cell(u"ea-sin-commune"_s, u"Đảng bộ xã Ea Sin"_s, CellType::Other, 0, 0);
    root.parentKey.clear();
    root.kind = OrgKind::UpperCommittee;
    root.shortName = u"ĐU"_s;
    setDates(root, {1977, 3, 10}, {2020, 6, 18}, {2025, 8, 15});
    list.append(root);
    return list;
}

QList<OrgLayout::Unit> villageCells()
{
    QList<OrgLayout::Unit> list;
    OrgLayout::Unit eaKring = cell(u"ea-kring"_s, u"Chi bộ buôn Ea Kring"_s, CellType::Residential, 17, 3);
    eaKring.locality = u"buôn Ea Kring, xã Ea Sin, tỉnh Đắk Lắk"_s;
    eaKring.edePercent = 85;
    eaKring.place = u"Nhà văn hóa buôn Ea Kring"_s;
    setDates(eaKring, {1986, 3, 26}, {2020, 4, 12}, {2025, 4, 12});
    list.append(eaKring);

    OrgLayout::Unit thon1 = cell(u"thon-1"_s, u"Chi bộ thôn 1"_s, CellType::Residential, 26, 5);
    thon1.locality = u"thôn 1, xã Ea Sin, tỉnh Đắk Lắk"_s;
    thon1.edePercent = 4;
    thon1.place = u"Hội trường thôn 1"_s;
    setDates(thon1, {1992, 5, 19}, {2020, 4, 19}, {2025, 4, 19});
    list.append(thon1);

    OrgLayout::Unit eaSin = cell(u"ea-sin"_s, u"Chi bộ buôn Ea Sin"_s, CellType::Residential, 21, 3);
    eaSin.locality = u"buôn Ea Sin, xã Ea Sin, tỉnh Đắk Lắk"_s;
    eaSin.edePercent = 80;
    eaSin.place = u"Nhà sinh hoạt cộng đồng buôn Ea Sin"_s;
    setDates(eaSin, {1979, 9, 2}, {2020, 4, 26}, {2025, 4, 26});
    list.append(eaSin);
    return list;
}

QList<OrgLayout::Unit> serviceCells()
{
    QList<OrgLayout::Unit> list;
    OrgLayout::Unit military = cell(u"quan-su"_s, u"Chi bộ Quân sự xã"_s, CellType::ArmedForces, 8, 2);
    military.femalePercent = 5;
    military.edePercent = 15;
    military.place = u"Hội trường Ban Chỉ huy Quân sự xã"_s;
    setDates(military, {1981, 12, 22}, {2020, 3, 20}, {2025, 3, 21});
    list.append(military);

    OrgLayout::Unit police = cell(u"cong-an"_s, u"Chi bộ Công an xã"_s, CellType::ArmedForces, 12, 3);
    police.femalePercent = 10;
    police.edePercent = 10;
    police.place = u"Phòng họp Công an xã Ea Sin"_s;
    setDates(police, {1985, 8, 19}, {2020, 3, 27}, {2025, 3, 28});
    list.append(police);

    OrgLayout::Unit school = cell(u"thcs"_s, u"Chi bộ Trường THCS Ea Sin"_s, CellType::School, 18, 3);
    school.femalePercent = 65;
    school.edePercent = 12;
    school.place = u"Phòng họp Hội đồng sư phạm, Trường THCS Ea Sin"_s;
    setDates(school, {1998, 9, 5}, {2020, 5, 8}, {2025, 5, 9});
    list.append(school);

    OrgLayout::Unit health = cell(u"tram-y-te"_s, u"Chi bộ Trạm Y tế xã"_s, CellType::Hospital, 8, 2);
    health.femalePercent = 65;
    health.edePercent = 12;
    health.place = u"Phòng giao ban Trạm Y tế xã Ea Sin"_s;
    setDates(health, {1996, 2, 27}, {2020, 5, 15}, {2025, 5, 16});
    list.append(health);
    return list;
}

QList<OrgLayout::Unit> agencyUnits()
{
    OrgLayout::Unit agencies =
        cell(u"db-co-quan"_s, u"Đảng bộ Cơ quan Đảng - Đoàn thể xã"_s, CellType::Agency, 0, 5);
    agencies.kind = OrgKind::GrassrootsCommittee;
    agencies.shortName = u"ĐU"_s;
    setDates(agencies, {2010, 9, 1}, {2020, 6, 5}, {2025, 6, 6});

    OrgLayout::Unit office = cell(u"vp-dang-uy"_s, u"Chi bộ Văn phòng Đảng ủy"_s, CellType::Agency, 20, 3);
    office.parentKey = agencies.key;
    office.kind = OrgKind::SubordinateCell;
    office.femalePercent = 50;
    office.edePercent = 10;
    office.place = u"Phòng họp số 2, trụ sở Đảng ủy xã Ea Sin"_s;
    setDates(office, {2010, 9, 1}, {2022, 10, 14}, {2025, 5, 13});

    OrgLayout::Unit front = cell(u"mt-doan-the"_s, u"Chi bộ Mặt trận - Đoàn thể"_s, CellType::Agency, 17, 3);
    front.parentKey = agencies.key;
    front.kind = OrgKind::SubordinateCell;
    front.femalePercent = 55;
    front.edePercent = 20;
    front.place = u"Hội trường Ủy ban MTTQ Việt Nam xã Ea Sin"_s;
    setDates(front, {2010, 9, 1}, {2022, 10, 21}, {2025, 5, 20});
    return {agencies, office, front};
}

} // namespace

const QList<OrgLayout::Unit>& OrgLayout::units()
{
    static const QList<Unit> list = build();
    return list;
}

QList<OrgLayout::Unit> OrgLayout::build()
{
    return communeCommittee() + villageCells() + serviceCells() + agencyUnits();
}

const OrgLayout::Unit* OrgLayout::find(const QString& key)
{
    for (const Unit& unit : units()) {
        if (unit.key == key)
            return &unit;
    }
    return nullptr;
}

QUuid OrgLayout::idOf(const QString& key, const DemoIds& ids)
{
    return ids.of(u"org/"_s + key);
}

Organisation OrgLayout::organisation(const Unit& unit, const DemoIds& ids)
{
    Organisation org;
    org.id = idOf(unit.key, ids);
    if (!unit.parentKey.isEmpty())
        org.parentId = idOf(unit.parentKey, ids);
    org.name = unit.name;
    org.kind = unit.kind;
    org.cellType = unit.type;
    org.locality = unit.locality;
    org.shortName = unit.shortName;
    org.establishedOn = unit.established;
    org.terms = termsOf(unit, ids);
    return org;
}

QList<OrgTerm> OrgLayout::termsOf(const Unit& unit, const DemoIds& ids)
{
    // Chi bộ trực thuộc hold their congress twice in five years; the others once.
    const bool halfTerm = unit.kind == OrgKind::SubordinateCell;
    const QString previousLabel = halfTerm ? u"2022–2025"_s : u"2020–2025"_s;
    const QString currentLabel = halfTerm ? u"2025–2027"_s : u"2025–2030"_s;
    const QDate currentEnd = unit.congress2025.addMonths(halfTerm ? 30 : 60).addDays(-1);
    const QString base = u"org/"_s + unit.key + u"/term/"_s;
    return {
        {ids.of(base + previousLabel), unit.previousCongress, unit.congress2025.addDays(-1), previousLabel},
        {ids.of(base + currentLabel), unit.congress2025, currentEnd, currentLabel},
    };
}

} // namespace chibo
