// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/PersonalDetails.h"

#include "demo/DemoRandom.h"

#include <QStringList>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

struct Place {
    QString district;
    QString province;
    QString code;
};

const QList<Place>& kinhHomes()
{
    static const QList<Place> list{
        {u"huyện Nghi Lộc"_s, u"tỉnh Nghệ An"_s, u"040"_s},
        {u"huyện Hưng Nguyên"_s, u"tỉnh Nghệ An"_s, u"040"_s},
        {u"huyện Can Lộc"_s, u"tỉnh Hà Tĩnh"_s, u"042"_s},
        {u"huyện Đức Thọ"_s, u"tỉnh Hà Tĩnh"_s, u"042"_s},
        {u"huyện Quảng Ninh"_s, u"tỉnh Quảng Bình"_s, u"044"_s},
        {u"huyện Hải Hậu"_s, u"tỉnh Nam Định"_s, u"036"_s},
        {u"huyện Vũ Thư"_s, u"tỉnh Thái Bình"_s, u"034"_s},
        {u"huyện Kiến Xương"_s, u"tỉnh Thái Bình"_s, u"034"_s},
        {u"huyện Thăng Bình"_s, u"tỉnh Quảng Nam"_s, u"049"_s},
        {u"huyện Đức Phổ"_s, u"tỉnh Quảng Ngãi"_s, u"051"_s},
        {u"huyện Phù Cát"_s, u"tỉnh Bình Định"_s, u"052"_s},
        {u"huyện Hoằng Hóa"_s, u"tỉnh Thanh Hóa"_s, u"038"_s},
    };
    return list;
}

const QList<Place>& northernHomes()
{
    static const QList<Place> list{
        {u"huyện Hòa An"_s, u"tỉnh Cao Bằng"_s, u"004"_s},
        {u"huyện Thạch An"_s, u"tỉnh Cao Bằng"_s, u"004"_s},
        {u"huyện Tràng Định"_s, u"tỉnh Lạng Sơn"_s, u"020"_s},
        {u"huyện Văn Lãng"_s, u"tỉnh Lạng Sơn"_s, u"020"_s},
        {u"huyện Chợ Đồn"_s, u"tỉnh Bắc Kạn"_s, u"006"_s},
    };
    return list;
}

const QStringList& communeNames()
{
    static const QStringList list{u"Xuân Lâm"_s,  u"Hưng Tân"_s,    u"Thanh Lộc"_s, u"Phú Lộc"_s,
                                  u"Tân Phong"_s, u"Hải Châu"_s,    u"Minh Tân"_s,  u"Bình Minh"_s,
                                  u"Đông Hòa"_s,  u"Quang Trung"_s, u"An Hòa"_s,    u"Hồng Phong"_s,
                                  u"Vĩnh Hưng"_s, u"Ân Tín"_s,      u"Đức Long"_s};
    return list;
}

const QStringList& edeVillages()
{
    static const QStringList list{u"buôn Ea Kring, xã Ea Sin"_s, u"buôn Ea Sin, xã Ea Sin"_s,
                                  u"buôn Ea Nguôi, xã Ea Sin"_s, u"buôn Drao, xã Cư Né"_s,
                                  u"buôn Kdrô, xã Cư Pơng"_s,    u"buôn Ea Kmăp, xã Ea Tul"_s};
    return list;
}

QString digits(DemoRandom& random, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + random.between(0, 9)));
    return text;
}

QString residentialOccupation(DemoRandom& random, const QString& cellKey, int slot, int age)
{
    if (slot == 1)
        return cellKey == u"thon-1" ? u"Trưởng thôn, nông dân trồng cà phê"_s
                                    : u"Trưởng buôn, nông dân trồng cà phê"_s;
    if (age >= 62)
        return random.line({u"Hưu trí", u"Cựu chiến binh, hưu trí", u"Nông dân, cựu chiến binh"});
    return random.line({u"Nông dân trồng cà phê", u"Nông dân trồng cà phê, hồ tiêu", u"Kinh doanh tạp hóa",
                        u"Chi hội trưởng Chi hội Nông dân", u"Nông dân trồng sầu riêng",
                        u"Công nhân Công ty TNHH MTV Cà phê Buôn Hồ", u"Chăn nuôi bò, trồng cà phê"});
}

QString workOccupation(DemoRandom& random, const QString& cellKey, int slot, Sex sex)
{
    const bool woman = sex == Sex::Female;
    if (cellKey == u"quan-su")
        return slot == 0 ? u"Chính trị viên Ban Chỉ huy Quân sự xã"_s
                         : random.line({u"Chỉ huy phó Ban Chỉ huy Quân sự xã", u"Dân quân thường trực",
                                        u"Trung đội trưởng dân quân cơ động"});
    if (cellKey == u"cong-an")
        return slot == 0 ? u"Phó Trưởng Công an xã"_s
                         : random.line({u"Cán bộ Công an xã", u"Cảnh sát khu vực", u"Chiến sĩ Công an xã"});
    if (cellKey == u"thcs")
        return slot == 0   ? u"Hiệu trưởng"_s
               : slot == 1 ? u"Phó Hiệu trưởng"_s
                           : random.line({u"Giáo viên Toán", u"Giáo viên Ngữ văn", u"Giáo viên Tiếng Anh",
                                          u"Giáo viên Lịch sử và Địa lí", u"Giáo viên Khoa học tự nhiên",
                                          u"Tổng phụ trách Đội", u"Kế toán"});
    if (cellKey == u"tram-y-te")
        return slot == 0 ? u"Trưởng Trạm Y tế xã"_s
               : woman ? random.line({u"Y sĩ đa khoa", u"Điều dưỡng", u"Nữ hộ sinh", u"Dược sĩ", u"Bác sĩ"})
                       : random.line({u"Y sĩ đa khoa", u"Điều dưỡng", u"Dược sĩ", u"Bác sĩ"});
    if (cellKey == u"vp-dang-uy")
        return random.line({u"Chuyên viên Văn phòng Đảng ủy", u"Chuyên viên Ban Xây dựng Đảng",
                            u"Cán bộ Ủy ban Kiểm tra Đảng ủy", u"Văn thư, lưu trữ", u"Kế toán"});
    if (woman && random.chance(40))
        return random.line({u"Chủ tịch Hội Liên hiệp Phụ nữ xã", u"Cán bộ Hội Liên hiệp Phụ nữ xã"});
    return random.line({u"Cán bộ Ủy ban MTTQ Việt Nam xã", u"Phó Chủ tịch Hội Nông dân xã",
                        u"Phó Chủ tịch Hội Cựu chiến binh xã", u"Phó Bí thư Đoàn xã"});
}

} // namespace

PersonalDetails::Hometown PersonalDetails::hometown(DemoRandom& random, const QString& ethnicity,
                                                    const QString& village)
{
    if (ethnicity == u"Ê Đê") {
        const QString buon = village.isEmpty() || random.chance(30) ? random.pick(edeVillages()) : village;
        return {buon + u", huyện Krông Búk, tỉnh Đắk Lắk"_s, u"066"_s};
    }
    if (ethnicity != u"Kinh") {
        const Place& place = random.pick(northernHomes());
        return {u"xã "_s + random.pick(communeNames()) + u", "_s + place.district + u", "_s + place.province,
                place.code};
    }
    if (random.chance(30))
        return {u"xã Ea Sin, huyện Krông Búk, tỉnh Đắk Lắk"_s, u"066"_s};
    const Place& place = random.pick(kinhHomes());
    return {u"xã "_s + random.pick(communeNames()) + u", "_s + place.district + u", "_s + place.province,
            place.code};
}

QString PersonalDetails::citizenId(DemoRandom& random, const QString& provinceCode, QDate birth, Sex sex)
{
    const int century = birth.year() >= 2000 ? 2 : 0;
    const int sexDigit = century + (sex == Sex::Female ? 1 : 0);
    const QString year = QString::number(birth.year() % 100).rightJustified(2, u'0');
    return provinceCode + QString::number(sexDigit) + year + digits(random, 6);
}

QString PersonalDetails::phone(DemoRandom& random)
{
    static const QStringList prefixes{
        u"032"_s, u"033"_s, u"034"_s, u"035"_s, u"036"_s, u"037"_s, u"038"_s, u"039"_s, u"056"_s, u"058"_s,
        u"070"_s, u"076"_s, u"077"_s, u"078"_s, u"079"_s, u"081"_s, u"082"_s, u"083"_s, u"084"_s, u"085"_s,
        u"086"_s, u"088"_s, u"090"_s, u"091"_s, u"093"_s, u"094"_s, u"096"_s, u"097"_s, u"098"_s};
    return random.pick(prefixes) + digits(random, 7);
}

QString PersonalDetails::partyCardNumber(DemoRandom& random)
{
    return u"66."_s + digits(random, 6);
}

QString PersonalDetails::religion(DemoRandom& random, const QString& ethnicity)
{
    const int roll = random.between(0, 99);
    if (ethnicity == u"Ê Đê")
        return roll < 45 ? u"Không"_s : roll < 85 ? u"Tin lành"_s : u"Công giáo"_s;
    if (ethnicity == u"Kinh")
        return roll < 76   ? u"Không"_s
               : roll < 89 ? u"Phật giáo"_s
               : roll < 97 ? u"Công giáo"_s
                           : u"Tin lành"_s;
    return roll < 90 ? u"Không"_s : u"Phật giáo"_s;
}

QString PersonalDetails::occupation(DemoRandom& random, const QString& cellKey, int slot, int age, Sex sex)
{
    const bool residential = cellKey == u"ea-kring" || cellKey == u"thon-1" || cellKey == u"ea-sin";
    return residential ? residentialOccupation(random, cellKey, slot, age)
                       : workOccupation(random, cellKey, slot, sex);
}

void PersonalDetails::fill(Member& member, DemoRandom& random, const QString& village)
{
    const Hometown home = hometown(random, member.ethnicity, village);
    member.hometown = home.text;
    member.religion = religion(random, member.ethnicity);
    member.citizenId = citizenId(random, home.provinceCode, member.birthDate, member.sex);
    member.phone = phone(random);
    const QString card = partyCardNumber(random);
    if (member.officialDate.isValid())
        member.partyCardNumber = card;
}

} // namespace chibo
