// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/CommendationBuilder.h"

#include "demo/DemoContext.h"

#include <algorithm>
#include <array>
#include <utility>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

struct Certificate {
    QString cell;
    int slot; ///< -1: the cell itself is commended
    QDate date;
    QString title;
    QString issuer;
    QString decision;
};

const QList<Certificate>& certificatePlans()
{
    const QString commune = u"Ban Chấp hành Đảng bộ xã Ea Sin"_s;
    const QString member2025 = u"Giấy khen: Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025"_s;
    static const QList<Certificate> list{
        {u"ea-kring"_s,
         -1,
         {2025, 1, 22},
         u"Giấy khen: Chi bộ đạt tiêu chuẩn “Chi bộ bốn tốt” năm 2024"_s,
         u"Ban Thường vụ Huyện ủy Krông Búk"_s,
         u"Số 1025-QĐ/HU"_s},
        {u"cong-an"_s,
         -1,
         {2025, 8, 19},
         u"Giấy khen: Có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc"_s,
         commune,
         u"Số 58-QĐ/ĐU"_s},
        {u"ea-kring"_s,
         -1,
         {2026, 1, 28},
         u"Giấy khen: Tổ chức đảng hoàn thành xuất sắc nhiệm vụ năm 2025"_s,
         commune,
         u"Số 186-QĐ/ĐU"_s},
        {u"ea-kring"_s, 1, {2026, 1, 28}, member2025, commune, u"Số 187-QĐ/ĐU"_s},
        {u"thon-1"_s, 2, {2026, 1, 28}, member2025, commune, u"Số 187-QĐ/ĐU"_s},
        {u"cong-an"_s, 0, {2026, 1, 28}, member2025, commune, u"Số 187-QĐ/ĐU"_s},
        {u"thcs"_s, 1, {2026, 1, 28}, member2025, commune, u"Số 187-QĐ/ĐU"_s},
        {u"mt-doan-the"_s, 2, {2026, 1, 28}, member2025, commune, u"Số 187-QĐ/ĐU"_s},
    };
    return list;
}

/// The national day on which a badge for an anniversary on `day` is presented.
QDate presentationDay(QDate day)
{
    // Founding of the Party, President Hồ Chí Minh's birthday, National Day, the October Revolution.
    static constexpr std::array<std::pair<int, int>, 4> occasions{{{2, 3}, {5, 19}, {9, 2}, {11, 7}}};
    for (const auto& [month, dayOfMonth] : occasions) {
        const QDate occasion(day.year(), month, dayOfMonth);
        if (occasion >= day)
            return occasion;
    }
    return {day.year() + 1, 2, 3};
}

} // namespace

CommendationBuilder::CommendationBuilder(const DemoContext& context)
    : m_context(context)
{}

QList<Commendation> CommendationBuilder::build() const
{
    QList<Commendation> list = badges();
    list.append(certificates());
    std::stable_sort(list.begin(), list.end(),
                     [](const Commendation& a, const Commendation& b) { return a.date < b.date; });
    return list;
}

QList<Commendation> CommendationBuilder::badges() const
{
    QList<Commendation> list;
    for (const Member& member : m_context.data().members) {
        const QString key = u"commendation/"_s + m_context.slotOf(member.id).key() + u"/badge/"_s;
        DemoRandom random = m_context.random(key);
        for (const int years : {30, 40, 45, 50, 55, 60, 65}) {
            const QDate day = presentationDay(member.admissionDecisionDate.addYears(years));
            const int number = random.between(300, 2400);
            if (day < DemoContext::periodStart() || day > m_context.asOf() ||
                !m_context.timeline(member.id)->stateOn(day).isMember())
                continue;
            list.append({m_context.ids().of(key + QString::number(years)),
                         member.id,
                         {},
                         day,
                         u"Huy hiệu %1 năm tuổi Đảng"_s.arg(years),
                         u"Ban Thường vụ Tỉnh ủy Đắk Lắk"_s,
                         u"Số %1-QĐ/TU"_s.arg(number)});
        }
    }
    return list;
}

QList<Commendation> CommendationBuilder::certificates() const
{
    QList<Commendation> list;
    for (const Certificate& plan : certificatePlans()) {
        if (plan.date > m_context.asOf())
            continue;
        const QString key = u"commendation/"_s + plan.cell + u'/' + QString::number(plan.slot) + u'/' +
                            plan.date.toString(Qt::ISODate);
        Commendation c{m_context.ids().of(key), {}, {}, plan.date, plan.title, plan.issuer, plan.decision};
        if (plan.slot < 0) {
            c.orgId = m_context.orgId(plan.cell);
        } else {
            const Member* member = m_context.member(DemoScript::Slot{plan.cell, plan.slot});
            if (!member || !m_context.timeline(member->id)->stateOn(plan.date).isMember())
                continue;
            c.memberId = member->id;
        }
        list.append(c);
    }
    return list;
}

} // namespace chibo
