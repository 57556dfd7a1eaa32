// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ScaleLayout.h"

#include "demo/DemoDates.h"
#include "demo/ScaleContext.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

const QStringList& communeNames()
{
    static const QStringList names{
        u"Ea Sin"_s,     u"Ea Kiết"_s,  u"Ea Drông"_s,   u"Cư M'gar"_s,   u"Cư Pơng"_s,   u"Krông Búk"_s,
        u"Krông Năng"_s, u"Ea Hồ"_s,    u"Ea Tân"_s,     u"Hòa Phú"_s,    u"Hòa Thuận"_s, u"Hòa Xuân"_s,
        u"Tân An"_s,     u"Tân Lập"_s,  u"Phú Xuân"_s,   u"Quảng Tiến"_s, u"Đức Minh"_s,  u"Bình Hòa"_s,
        u"Ea Pốk"_s,     u"Ea Kênh"_s,  u"Dray Bhăng"_s, u"Buôn Trấp"_s,  u"Ea Na"_s,     u"Ea Bông"_s,
        u"Đắk Liêng"_s,  u"Yang Tao"_s, u"Bông Krang"_s, u"Ea Rốk"_s,     u"Ia Lốp"_s,    u"Ea Súp"_s,
    };
    return names;
}

const QStringList& patronNames()
{
    static const QStringList names{
        u"Nguyễn Du"_s,     u"Lê Lợi"_s,     u"Trần Phú"_s,      u"Võ Thị Sáu"_s, u"Kim Đồng"_s,
        u"Nguyễn Trãi"_s,   u"Chu Văn An"_s, u"Lý Tự Trọng"_s,   u"Hùng Vương"_s, u"Ngô Quyền"_s,
        u"Phan Bội Châu"_s, u"Lê Quý Đôn"_s, u"Nơ Trang Lơng"_s, u"Y Jút"_s,      u"Hoàng Văn Thụ"_s,
    };
    return names;
}

const QStringList& villageNames()
{
    static const QStringList names{u"Ea Kring"_s,  u"Ea Sin"_s,  u"Cư Drăm"_s, u"Kô Siêr"_s, u"Ea Tu"_s,
                                   u"Ako Dhông"_s, u"Tơng Jú"_s, u"Dham"_s,    u"Kmrơng"_s,  u"Êga"_s};
    return names;
}

QString ordinal(const QString& name, int count)
{
    return count <= 1 ? name : name + u" số "_s + QString::number(count);
}

} // namespace

/// Counters that keep cell names unique inside one commune.
struct ScaleLayout::Names {
    QString commune;
    QHash<QString, int> used;

    QString unique(const QString& name) { return ordinal(name, ++used[name]); }
};

ScaleLayout::ScaleLayout(ScaleContext& context)
    : m_context(context)
{}

void ScaleLayout::build()
{
    const int cells = m_context.options().cells;
    const int communes = (cells + ScaleOptions::CellsPerCommune - 1) / ScaleOptions::CellsPerCommune;
    DemoRandom random = m_context.random(u"scale/province"_s);
    const Organisation& province = addOrganisation(u"tinh"_s, {}, u"Đảng bộ tỉnh Đắk Lắk"_s,
                                                   OrgKind::UpperCommittee, CellType::Other, random);
    const QUuid provinceId = province.id;
    for (int c = 0; c < communes; ++c) {
        const int first = int(qint64(cells) * c / communes);
        const int last = int(qint64(cells) * (c + 1) / communes);
        addCommune(c, first, last - first, provinceId);
    }
    sizeCells();
}

void ScaleLayout::addCommune(int index, int firstCell, int cellCount, const QUuid& provinceId)
{
    const QString key = u"x"_s + QString::number(index);
    DemoRandom random = m_context.random(u"scale/"_s + key);
    const QStringList& pool = communeNames();
    Names names;
    names.commune = ordinal(pool.at(index % pool.size()), index / pool.size() + 1);
    const Organisation commune = addOrganisation(key, provinceId, u"Đảng bộ xã "_s + names.commune,
                                                 OrgKind::UpperCommittee, CellType::Other, random);
    const QString communeCommittee = u"Đảng ủy xã "_s + names.commune;
    int made = 0;
    while (made < cellCount) {
        const QString unitKey = key + u"/c"_s + QString::number(firstCell + made);
        // Every 30th unit that has room is a grassroots committee (đảng bộ cơ sở) of three cells.
        if (made % 30 == 29 && cellCount - made >= 3) {
            const QString name = names.unique(u"Công ty Cà phê "_s + patronNames().at(made % 15));
            const Organisation committee =
                addOrganisation(unitKey, commune.id, u"Đảng bộ "_s + name, OrgKind::GrassrootsCommittee,
                                CellType::Enterprise, random);
            for (int i = 0; i < 3; ++i)
                addCell(unitKey + u"/s"_s + QString::number(i), committee, u"Đảng ủy "_s + name,
                        CellType::Enterprise, names, random);
            made += 3;
            continue;
        }
        addCell(unitKey, commune, communeCommittee, drawType(random), names, random);
        ++made;
    }
}

Organisation& ScaleLayout::addOrganisation(const QString& key, const QUuid& parentId, const QString& name,
                                           OrgKind kind, CellType type, DemoRandom& random)
{
    Organisation org;
    org.id = m_context.ids().of(u"org/"_s + key);
    org.parentId = parentId;
    org.name = name;
    org.kind = kind;
    org.cellType = type;
    org.locality = u"tỉnh Đắk Lắk"_s;
    org.shortName =
        kind == OrgKind::UpperCommittee || kind == OrgKind::GrassrootsCommittee ? u"ĐU"_s : u"CB"_s;
    org.establishedOn = DemoDates::between(random, {1976, 3, 1}, {2015, 12, 31});
    const QDate congress = DemoDates::between(random, {2025, 4, 1}, {2025, 8, 31});
    const QString base = u"org/"_s + key + u"/term/"_s;
    org.terms = {
        {m_context.ids().of(base + u"2020"_s), congress.addYears(-5), congress.addDays(-1), u"2020–2025"_s},
        {m_context.ids().of(base + u"2025"_s), congress, congress.addYears(5).addDays(-1), u"2025–2030"_s}};
    m_context.data().organisations.append(std::move(org));
    return m_context.data().organisations.last();
}

void ScaleLayout::addCell(const QString& key, const Organisation& parent, const QString& upperName,
                          CellType type, Names& names, DemoRandom& random)
{
    const bool subordinate = parent.kind == OrgKind::GrassrootsCommittee;
    QString unit;
    switch (type) {
    case CellType::Residential:
        unit = random.chance(40) ? u"buôn "_s + random.pick(villageNames())
                                 : (random.chance(50) ? u"thôn"_s : u"tổ dân phố"_s);
        break;
    case CellType::School:
        unit = random.line({u"Trường Mầm non ", u"Trường Tiểu học ", u"Trường THCS "}) +
               random.pick(patronNames());
        break;
    case CellType::Agency:
        unit = random.line({u"Ủy ban nhân dân xã", u"Văn phòng Đảng ủy", u"Ủy ban Mặt trận Tổ quốc xã",
                            u"Hội Nông dân xã", u"Trung tâm Phục vụ hành chính công xã"});
        break;
    case CellType::Hospital: unit = u"Trạm Y tế xã"_s; break;
    case CellType::ArmedForces:
        unit = random.chance(50) ? u"Công an xã"_s : u"Ban Chỉ huy Quân sự xã"_s;
        break;
    case CellType::Enterprise:
        unit = subordinate ? u"Đội sản xuất"_s : u"Hợp tác xã Nông nghiệp "_s + random.pick(patronNames());
        break;
    case CellType::Other: unit = u"Hội Cựu chiến binh xã"_s; break;
    }
    const bool numbered = unit == u"thôn" || unit == u"tổ dân phố" || unit == u"Đội sản xuất";
    const QString name = numbered ? unit + u' ' + QString::number(++names.used[unit]) : names.unique(unit);
    const Organisation& org =
        addOrganisation(key, parent.id, u"Chi bộ "_s + name,
                        subordinate ? OrgKind::SubordinateCell : OrgKind::GrassrootsCell, type, random);
    ScaleCell cell;
    cell.orgId = org.id;
    cell.key = key;
    cell.name = org.name;
    cell.type = type;
    cell.established = org.establishedOn;
    cell.place = type == CellType::Residential ? u"Nhà văn hóa "_s + name : u"Hội trường "_s + name;
    cell.upperName = upperName;
    m_context.cells().append(cell);
    m_weights.append(weightOf(type, random));
}

CellType ScaleLayout::drawType(DemoRandom& random)
{
    const int roll = random.between(0, 99);
    return roll < 62   ? CellType::Residential
           : roll < 74 ? CellType::School
           : roll < 86 ? CellType::Agency
           : roll < 90 ? CellType::Hospital
           : roll < 95 ? CellType::ArmedForces
           : roll < 98 ? CellType::Enterprise
                       : CellType::Other;
}

double ScaleLayout::weightOf(CellType type, DemoRandom& random)
{
    const double base = type == CellType::Residential  ? 1.0
                        : type == CellType::Enterprise ? 1.6
                        : type == CellType::School     ? 0.6
                                                       : 0.8;
    double spread = 0; // about normal: the sum of three uniform draws, centred
    for (int i = 0; i < 3; ++i)
        spread += double(random.between(0, 9999)) / 10000.0;
    return base * std::exp(1.1 * (spread - 1.5));
}

void ScaleLayout::sizeCells()
{
    const QList<int> sizes = apportion(m_weights, m_context.options().members, ScaleOptions::MinCellSize,
                                       ScaleOptions::MaxCellSize);
    QList<ScaleCell>& cells = m_context.cells();
    for (qsizetype i = 0; i < cells.size(); ++i)
        cells[i].size = sizes.at(i);
}

QList<int> ScaleLayout::apportion(const QList<double>& weights, int total, int min, int max)
{
    double sum = 0;
    for (const double w : weights)
        sum += w;
    QList<int> sizes;
    sizes.reserve(weights.size());
    qint64 given = 0;
    for (const double w : weights) {
        sizes.append(std::clamp(int(std::lround(w * total / sum)), min, max));
        given += sizes.last();
    }
    // Spread what rounding and the bounds left over, one member a cell a pass.
    while (given != total) {
        const int step = given < total ? 1 : -1;
        for (int& size : sizes) {
            if (given == total)
                break;
            if ((step > 0 && size < max) || (step < 0 && size > min)) {
                size += step;
                given += step;
            }
        }
    }
    return sizes;
}

} // namespace chibo
