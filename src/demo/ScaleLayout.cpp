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
    static const QStringList names{u"Ea Kring"_s,  u"Ea Sin"_s,   u"Cư Drăm"_s,  u"Kô Siêr"_s, u"Ea Tu"_s,
                                   u"Ako Dhông"_s, u"Tơng Jú"_s,  u"Dham"_s,     u"Kmrơng"_s,  u"Êga"_s,
                                   u"Ea Bar"_s,    u"Cư Kbang"_s, u"Ea Mdroh"_s, u"Drai Sí"_s, u"Krông"_s,
                                   u"Ea Khal"_s,   u"Ea Mar"_s,   u"Kô Êmông"_s, u"Ea Ning"_s, u"Cư Huê"_s,
                                   u"Ea Hning"_s,  u"Tâng"_s,     u"Ea Ktur"_s,  u"Jun"_s,     u"Cư Êbur"_s,
                                   u"Ea Sah"_s,    u"Kuăh"_s,     u"Drah"_s};
    return names;
}

/// Điều lệ Đảng, Điều 21: from 30 members a grassroots organisation is a grassroots committee.
constexpr int MinMembersForGrassrootsCommittee = 30;

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
    /// A village not named yet in the commune, while there is one.
    QString freshVillage(DemoRandom& random) const
    {
        const QStringList& pool = villageNames();
        const qsizetype start = random.below(pool.size());
        for (qsizetype i = 0; i < pool.size(); ++i) {
            const QString& name = pool.at((start + i) % pool.size());
            if (!used.contains(u"buôn "_s + name))
                return name;
        }
        return pool.at(start);
    }
};

ScaleLayout::ScaleLayout(ScaleContext& context)
    : m_context(context)
{}

void ScaleLayout::build()
{
    const QList<Planned> planned = planCells();
    const int cells = int(planned.size());
    const int communes = (cells + ScaleOptions::CellsPerCommune - 1) / ScaleOptions::CellsPerCommune;
    DemoRandom random = m_context.random(u"scale/province"_s);
    const QUuid provinceId = addOrganisation(u"tinh"_s, {}, u"Đảng bộ tỉnh Đắk Lắk"_s,
                                             OrgKind::UpperCommittee, CellType::Other, random)
                                 .id;
    for (int c = 0; c < communes; ++c) {
        const int first = int(qint64(cells) * c / communes);
        const int last = int(qint64(cells) * (c + 1) / communes);
        addCommune(c, planned.mid(first, last - first), provinceId);
    }
}

QList<ScaleLayout::Planned> ScaleLayout::planCells() const
{
    DemoRandom random = m_context.random(u"scale/cells"_s);
    QList<Planned> planned;
    QList<double> weights;
    for (int i = 0; i < m_context.options().cells; ++i) {
        planned.append({drawType(random), 0});
        weights.append(weightOf(planned.last().type, random));
    }
    const QList<int> sizes =
        apportion(weights, m_context.options().members, ScaleOptions::MinCellSize, ScaleOptions::MaxCellSize);
    for (qsizetype i = 0; i < planned.size(); ++i)
        planned[i].size = sizes.at(i);
    return planned;
}

void ScaleLayout::addCommune(int index, const QList<Planned>& cells, const QUuid& provinceId)
{
    const QString key = u"x"_s + QString::number(index);
    DemoRandom random = m_context.random(u"scale/"_s + key);
    const QStringList& pool = communeNames();
    Names names;
    names.commune = ordinal(pool.at(index % pool.size()), index / pool.size() + 1);
    const Organisation commune = addOrganisation(key, provinceId, u"Đảng bộ xã "_s + names.commune,
                                                 OrgKind::UpperCommittee, CellType::Other, random);
    const QString communeCommittee = u"Đảng ủy xã "_s + names.commune;
    QList<Planned> large; // cells of 30 members or more wait for a grassroots committee to hold them
    const auto flush = [&](qsizetype at) {
        if (!large.isEmpty())
            addCommittee(key + u"/d"_s + QString::number(at), commune, large, names, random);
        large.clear();
    };
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i).size >= MinMembersForGrassrootsCommittee) {
            large.append(cells.at(i));
            if (large.size() == 3)
                flush(i);
            continue;
        }
        addCell(key + u"/c"_s + QString::number(i), commune, unitName(cells.at(i).type, names, random),
                communeCommittee, cells.at(i), random);
    }
    flush(cells.size());
}

void ScaleLayout::addCommittee(const QString& key, const Organisation& commune, const QList<Planned>& cells,
                               Names& names, DemoRandom& random)
{
    const CellType type = cells.first().type;
    const QString unit = unitName(type, names, random);
    const Organisation committee =
        addOrganisation(key, commune.id, u"Đảng bộ "_s + unit, OrgKind::GrassrootsCommittee, type, random);
    const QString part = type == CellType::Residential  ? u"xóm"_s
                         : type == CellType::Enterprise ? u"Đội sản xuất"_s
                         : type == CellType::School     ? u"tổ chuyên môn"_s
                         : type == CellType::Hospital   ? u"khoa"_s
                                                        : u"tổ công tác"_s;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        Planned planned = cells.at(i);
        planned.type = type;
        addCell(key + u"/s"_s + QString::number(i), committee,
                part + u' ' + QString::number(i + 1) + u" — "_s + unit, u"Đảng ủy "_s + unit, planned,
                random);
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

void ScaleLayout::addCell(const QString& key, const Organisation& parent, const QString& name,
                          const QString& upperName, const Planned& planned, DemoRandom& random)
{
    const bool subordinate = parent.kind == OrgKind::GrassrootsCommittee;
    const Organisation& org = addOrganisation(
        key, parent.id, u"Chi bộ "_s + name, subordinate ? OrgKind::SubordinateCell : OrgKind::GrassrootsCell,
        planned.type, random);
    ScaleCell cell;
    cell.orgId = org.id;
    cell.key = key;
    cell.name = org.name;
    cell.type = planned.type;
    cell.established = org.establishedOn;
    cell.size = planned.size;
    cell.place = planned.type == CellType::Residential ? u"Nhà văn hóa "_s + name : u"Hội trường "_s + name;
    cell.upperName = upperName;
    m_context.cells().append(cell);
}

QString ScaleLayout::unitName(CellType type, Names& names, DemoRandom& random)
{
    QString unit;
    switch (type) {
    case CellType::Residential:
        unit = random.chance(40) ? u"buôn "_s + names.freshVillage(random)
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
        unit = random.line({u"Hợp tác xã Nông nghiệp ", u"Công ty Cà phê "}) + random.pick(patronNames());
        break;
    case CellType::Other: unit = u"Hội Cựu chiến binh xã"_s; break;
    }
    const bool numbered = unit == u"thôn" || unit == u"tổ dân phố";
    return numbered ? unit + u' ' + QString::number(++names.used[unit]) : names.unique(unit);
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
