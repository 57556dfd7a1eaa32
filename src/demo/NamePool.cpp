// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/NamePool.h"

#include "demo/DemoRandom.h"

#include <QStringList>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

const QStringList& kinhFamilies()
{
    static const QStringList names{u"Trần"_s, u"Lê"_s,    u"Phạm"_s, u"Hoàng"_s, u"Huỳnh"_s,  u"Phan"_s,
                                   u"Vũ"_s,   u"Võ"_s,    u"Đặng"_s, u"Bùi"_s,   u"Đỗ"_s,     u"Hồ"_s,
                                   u"Ngô"_s,  u"Dương"_s, u"Lý"_s,   u"Đinh"_s,  u"Trương"_s, u"Mai"_s};
    return names;
}

const QStringList& maleMiddles()
{
    static const QStringList names{u"Văn"_s,  u"Văn"_s,   u"Văn"_s,   u"Hữu"_s,  u"Đức"_s,
                                   u"Minh"_s, u"Thanh"_s, u"Quang"_s, u"Công"_s, u"Xuân"_s,
                                   u"Đình"_s, u"Ngọc"_s,  u"Anh"_s,   u"Trọng"_s};
    return names;
}

const QStringList& femaleMiddles()
{
    static const QStringList names{u"Thị"_s,    u"Thị"_s,   u"Thị"_s, u"Thị"_s, u"Thị"_s,
                                   u"Ngọc"_s,   u"Thanh"_s, u"Thu"_s, u"Kim"_s, u"Thị Thu"_s,
                                   u"Thị Mỹ"_s, u"Hồng"_s,  u"Thùy"_s};
    return names;
}

const QStringList& maleGivens()
{
    static const QStringList names{
        u"An"_s,    u"Ân"_s,    u"Bình"_s,  u"Cường"_s, u"Dũng"_s, u"Đạt"_s,  u"Đông"_s, u"Hùng"_s,
        u"Hải"_s,   u"Hiếu"_s,  u"Hoàng"_s, u"Khánh"_s, u"Long"_s, u"Lộc"_s,  u"Minh"_s, u"Nam"_s,
        u"Nghĩa"_s, u"Phong"_s, u"Phúc"_s,  u"Quân"_s,  u"Quý"_s,  u"Sơn"_s,  u"Tài"_s,  u"Tâm"_s,
        u"Thắng"_s, u"Thành"_s, u"Toàn"_s,  u"Trung"_s, u"Tuấn"_s, u"Việt"_s, u"Vinh"_s, u"Ơn"_s,
        u"Ước"_s,   u"Lâm"_s,   u"Tín"_s,   u"Hậu"_s,   u"Đức"_s,  u"Ánh"_s,  u"Khoa"_s, u"Hưng"_s};
    return names;
}

const QStringList& femaleGivens()
{
    static const QStringList names{
        u"Anh"_s,  u"Ánh"_s,    u"Bình"_s,  u"Châu"_s, u"Dung"_s,     u"Duyên"_s, u"Giang"_s, u"Hà"_s,
        u"Hạnh"_s, u"Hằng"_s,   u"Hiền"_s,  u"Hoa"_s,  u"Hồng"_s,     u"Huệ"_s,   u"Hương"_s, u"Lan"_s,
        u"Liên"_s, u"Linh"_s,   u"Loan"_s,  u"Mai"_s,  u"My"_s,       u"Nga"_s,   u"Ngân"_s,  u"Nhung"_s,
        u"Oanh"_s, u"Phương"_s, u"Quyên"_s, u"Thảo"_s, u"Thủy"_s,     u"Trang"_s, u"Tuyết"_s, u"Uyên"_s,
        u"Vân"_s,  u"Xuân"_s,   u"Yến"_s,   u"Ân"_s,   u"Ánh Tuyết"_s};
    return names;
}

const QStringList& tayNungFamilies()
{
    static const QStringList names{u"Nông"_s,  u"Hoàng"_s, u"Lăng"_s, u"Vi"_s,
                                   u"Lương"_s, u"Triệu"_s, u"Mã"_s,   u"Lục"_s};
    return names;
}

const QStringList& edeClans()
{
    static const QStringList names{u"Niê"_s, u"Mlô"_s,    u"Êban"_s,  u"Ksơr"_s,
                                   u"Byă"_s, u"Adrơng"_s, u"Hwing"_s, u"Kbuôr"_s};
    return names;
}

const QStringList& edeMen()
{
    static const QStringList names{u"Bhim"_s,  u"Kông"_s, u"Khu"_s,   u"Thuyên"_s, u"Djao"_s, u"Wang"_s,
                                   u"Ngông"_s, u"Jut"_s,  u"Blô"_s,   u"Tlam"_s,   u"Sinh"_s, u"Dhăm"_s,
                                   u"Ghi"_s,   u"Brơm"_s, u"Kim"_s,   u"Thoan"_s,  u"Nuên"_s, u"Hiăng"_s,
                                   u"Ruê"_s,   u"Jơn"_s,  u"Bluin"_s, u"Krang"_s,  u"Mlin"_s, u"Yơn"_s};
    return names;
}

const QStringList& edeWomen()
{
    static const QStringList names{u"Luyến"_s, u"Bia"_s,  u"Nhi"_s,   u"Yam"_s,  u"Wen"_s,   u"Ngơn"_s,
                                   u"Zin"_s,   u"Năn"_s,  u"Hen"_s,   u"Loan"_s, u"Ble"_s,   u"Juanh"_s,
                                   u"Rương"_s, u"Dim"_s,  u"Mai"_s,   u"Nga"_s,  u"Drơng"_s, u"Lim"_s,
                                   u"Hnuê"_s,  u"Krôa"_s, u"Bhing"_s, u"Yô"_s};
    return names;
}

} // namespace

NamePool::Name NamePool::kinh(DemoRandom& random, Sex sex)
{
    const QString family = random.chance(30) ? u"Nguyễn"_s : random.pick(kinhFamilies());
    const QString middle = random.pick(sex == Sex::Male ? maleMiddles() : femaleMiddles());
    const QString given = random.pick(sex == Sex::Male ? maleGivens() : femaleGivens());
    return {family + u' ' + middle + u' ' + given, {}};
}

NamePool::Name NamePool::tayNung(DemoRandom& random, Sex sex)
{
    const QString family = random.pick(tayNungFamilies());
    const QString middle = sex == Sex::Male ? u"Văn"_s : u"Thị"_s;
    const QString given = random.pick(sex == Sex::Male ? maleGivens() : femaleGivens());
    return {family + u' ' + middle + u' ' + given, {}};
}

NamePool::Name NamePool::ede(DemoRandom& random, Sex sex)
{
    const QString personal = random.pick(sex == Sex::Male ? edeMen() : edeWomen());
    const QString clan = random.pick(edeClans());
    const QString prefix = sex == Sex::Male ? u"Y "_s : u"H'"_s;
    return {prefix + personal + u' ' + clan, personal};
}

} // namespace chibo
