// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoScript.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

using Slot = DemoScript::Slot;
using AgeGroup = DemoScript::AgeGroup;
constexpr int male = int(Sex::Male);
constexpr int female = int(Sex::Female);

} // namespace

const QList<DemoScript::Casting>& DemoScript::castings()
{
    static const QList<Casting> list{
        {{u"ea-kring"_s, 0}, AgeGroup::Senior, male, {}},
        {{u"thon-1"_s, 0}, AgeGroup::Senior, male, {}},
        {{u"thon-1"_s, 6}, AgeGroup::Adult, female, u"Đặng Thị Bình"_s},
        {{u"thon-1"_s, 12}, AgeGroup::Adult, female, {}},
        {{u"thon-1"_s, 13}, AgeGroup::Young, male, {}},
        {{u"thon-1"_s, 14}, AgeGroup::Young, male, {}},
        {{u"thon-1"_s, 20}, AgeGroup::Elder, male, {}},
        {{u"thon-1"_s, 21}, AgeGroup::Elder, female, {}},
        {{u"ea-sin"_s, 16}, AgeGroup::Elder, male, {}},
        {{u"ea-sin"_s, 17}, AgeGroup::Elder, female, {}},
        {{u"thcs"_s, 3}, AgeGroup::Adult, female, u"Đặng Thị Ánh"_s},
        {{u"thcs"_s, 9}, AgeGroup::Young, female, {}},
        {{u"tram-y-te"_s, 3}, AgeGroup::Adult, female, u"Đặng Thị Hồng"_s},
        {{u"tram-y-te"_s, 5}, AgeGroup::Young, female, {}},
        {{u"mt-doan-the"_s, 4}, AgeGroup::Adult, female, u"Đặng Thị Thu Hà"_s},
        {{u"vp-dang-uy"_s, 5}, AgeGroup::Adult, male, {}},
    };
    return list;
}

const QList<DemoScript::Admission>& DemoScript::admissions()
{
    static const QList<Admission> list{
        {{u"ea-sin"_s, 19}, {2024, 2, 3}},     {{u"thon-1"_s, 23}, {2024, 5, 19}},
        {{u"ea-kring"_s, 14}, {2024, 8, 19}},  {{u"thcs"_s, 14}, {2024, 11, 20}},
        {{u"ea-kring"_s, 15}, {2025, 3, 15}},  {{u"thon-1"_s, 24}, {2025, 5, 19}},
        {{u"vp-dang-uy"_s, 19}, {2025, 9, 2}}, {{u"thcs"_s, 16}, {2025, 11, 20}},
        {{u"quan-su"_s, 7}, {2025, 12, 22}},   {{u"tram-y-te"_s, 7}, {2026, 2, 27}},
        {{u"cong-an"_s, 11}, {2026, 3, 26}},   {{u"mt-doan-the"_s, 16}, {2026, 3, 26}},
        {{u"ea-kring"_s, 16}, {2026, 5, 19}},  {{u"ea-sin"_s, 20}, {2026, 8, 19}},
        {{u"thon-1"_s, 25}, {2026, 9, 2}},     {{u"thcs"_s, 17}, {2026, 11, 20}},
    };
    return list;
}

const QList<DemoScript::Seat>& DemoScript::seats()
{
    const QString commune = u"ea-sin-commune"_s;
    const QString agencies = u"db-co-quan"_s;
    static const QList<Seat> list{
        {{u"vp-dang-uy"_s, 5}, commune, Position::Secretary, u"Bí thư Đảng ủy xã"_s},
        {{u"vp-dang-uy"_s, 6}, commune, Position::DeputySecretary, u"Phó Bí thư Thường trực Đảng ủy xã"_s},
        {{u"mt-doan-the"_s, 5},
         commune,
         Position::DeputySecretary,
         u"Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã"_s},
        {{u"vp-dang-uy"_s, 7},
         commune,
         Position::CommitteeMember,
         u"Đảng ủy viên, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"_s},
        {{u"cong-an"_s, 3}, commune, Position::CommitteeMember, u"Đảng ủy viên, Trưởng Công an xã"_s},
        {{u"quan-su"_s, 2},
         commune,
         Position::CommitteeMember,
         u"Đảng ủy viên, Chỉ huy trưởng Ban Chỉ huy Quân sự xã"_s},
        {{u"vp-dang-uy"_s, 6}, agencies, Position::Secretary, u"Bí thư Đảng ủy Cơ quan Đảng - Đoàn thể xã"_s},
        {{u"mt-doan-the"_s, 6},
         agencies,
         Position::DeputySecretary,
         u"Phó Bí thư Đảng ủy Cơ quan Đảng - Đoàn thể xã"_s},
        {{u"vp-dang-uy"_s, 0}, agencies, Position::CommitteeMember, u"Đảng ủy viên Đảng bộ Cơ quan"_s},
        {{u"mt-doan-the"_s, 0}, agencies, Position::CommitteeMember, u"Đảng ủy viên Đảng bộ Cơ quan"_s},
        {{u"vp-dang-uy"_s, 9}, agencies, Position::CommitteeMember, u"Đảng ủy viên Đảng bộ Cơ quan"_s},
    };
    return list;
}

QList<DemoScript::Story> DemoScript::buildStories()
{
    using K = Story::Kind;
    const auto story = [](K kind, const QString& cell, int index, QDate from, QDate to,
                          const QString& decision, const QString& note) {
        return Story{kind, {cell, index}, from, to, {}, decision, note};
    };
    const QString oldAge = u"Miễn công tác và sinh hoạt đảng do tuổi cao, sức yếu, theo nguyện vọng."_s;
    QList<Story> list{
        story(K::Exempt, u"thon-1"_s, 20, {2022, 9, 1}, {}, u"Số 04-NQ/CB"_s, oldAge),
        story(K::Exempt, u"ea-sin"_s, 17, {2023, 3, 1}, {}, u"Số 02-NQ/CB"_s,
              u"Miễn công tác và sinh hoạt đảng do tuổi cao, thường xuyên đau ốm."_s),
        story(K::Exempt, u"thon-1"_s, 21, {2025, 4, 10}, {}, u"Số 07-NQ/CB"_s, oldAge),
        story(
            K::TemporaryAway, u"thon-1"_s, 13, {2025, 3, 1}, {2025, 10, 1}, u"Số 15-GGT/ĐU"_s,
            u"Chuyển sinh hoạt đảng tạm thời đến Đảng bộ phường Dĩ An, Thành phố Hồ Chí Minh do đi làm ăn xa."_s),
        story(K::Suspended, u"ea-sin"_s, 12, {2025, 5, 12}, {2025, 11, 12}, u"Số 09-QĐ/UBKT"_s,
              u"Đình chỉ sinh hoạt đảng trong thời gian kiểm tra dấu hiệu vi phạm về quản lý đất đai."_s),
        story(K::TransferIn, u"cong-an"_s, 10, {2025, 7, 1}, {}, u"Số 37-GGT/ĐU"_s,
              u"Chuyển sinh hoạt đảng chính thức từ Đảng bộ Công an tỉnh Khánh Hòa."_s),
        story(K::TransferWithin, u"thon-1"_s, 12, {2025, 9, 1}, {}, u"Số 41-GGT/ĐU"_s,
              u"Chuyển sinh hoạt đảng từ Chi bộ thôn 1 sang Chi bộ Mặt trận - Đoàn thể khi nhận công tác tại "
              u"Hội "
              u"Liên hiệp Phụ nữ xã."_s),
        story(K::TemporaryIn, u"thcs"_s, 15, {2025, 9, 5}, {2026, 5, 31}, u"Số 44-GGT/ĐU"_s,
              u"Giáo viên biệt phái từ Trường THCS Phan Bội Châu, sinh hoạt đảng tạm thời tại chi bộ."_s),
        story(
            K::Removed, u"thon-1"_s, 14, {2025, 9, 20}, {}, u"Số 112-QĐ/ĐU"_s,
            u"Xóa tên khỏi danh sách đảng viên do bỏ sinh hoạt đảng và không đóng đảng phí 3 tháng liên tục "
            u"(tháng 6, 7, 8/2025) không có lý do chính đáng."_s),
        story(K::TransferOut, u"vp-dang-uy"_s, 12, {2025, 10, 1}, {}, u"Số 52-GGT/ĐU"_s,
              u"Chuyển sinh hoạt đảng chính thức đến Đảng bộ Cơ quan Tỉnh ủy Đắk Lắk."_s),
        story(K::Deceased, u"ea-sin"_s, 16, {2025, 10, 3}, {}, {},
              u"Từ trần sau thời gian điều trị bệnh dài ngày."_s),
    };
    for (Story& s : list) {
        if (s.kind == K::TransferWithin)
            s.targetCell = u"mt-doan-the"_s;
    }
    return list;
}

const QList<DemoScript::Story>& DemoScript::stories()
{
    static const QList<Story> list = buildStories();
    return list;
}

const DemoScript::Story& DemoScript::story(Story::Kind kind)
{
    const QList<Story>& list = stories();
    const auto it = std::find_if(list.begin(), list.end(), [kind](const Story& s) { return s.kind == kind; });
    return it != list.end() ? *it : list.front();
}

const DemoScript::Story* DemoScript::storyOf(const Slot& slot)
{
    for (const Story& s : stories()) {
        if (s.slot == slot)
            return &s;
    }
    return nullptr;
}

bool DemoScript::secretaryChangesIn(const QString& cellKey)
{
    return cellKey == u"ea-kring" || cellKey == u"thon-1";
}

const DemoScript::Seat* DemoScript::followerOf(const QString& cellKey)
{
    static const QList<std::pair<QString, qsizetype>> map{
        {u"ea-kring"_s, 2},  {u"thon-1"_s, 1},     {u"ea-sin"_s, 3},
        {u"quan-su"_s, 4},   {u"cong-an"_s, 5},    {u"thcs"_s, 3},
        {u"tram-y-te"_s, 2}, {u"vp-dang-uy"_s, 7}, {u"mt-doan-the"_s, 6},
    };
    for (const auto& [cell, seat] : map) {
        if (cell == cellKey)
            return &seats().at(seat);
    }
    return nullptr;
}

bool DemoScript::holdsPost(const QString& cellKey, int committeeSeats, int index)
{
    const int cellPosts = committeeSeats + (secretaryChangesIn(cellKey) ? 1 : 0);
    if (index < cellPosts)
        return true;
    const Slot slot{cellKey, index};
    return std::any_of(seats().begin(), seats().end(), [&](const Seat& seat) { return seat.slot == slot; });
}

} // namespace chibo
