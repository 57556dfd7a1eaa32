// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/MeetingTexts.h"

#include "demo/DemoRandom.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

QString generalTopic(YearMonth month)
{
    static const QStringList topics{
        u"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần đoàn kết, thống nhất "
        u"trong "
        u"Đảng"_s,
        u"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, chống lãng phí"_s,
        u"Quán triệt Chỉ thị số 50-CT/TW của Ban Bí thư về tiếp tục nâng cao chất lượng sinh hoạt chi bộ"_s,
        u"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của cán bộ, "
        u"đảng "
        u"viên"_s,
        u"Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"_s,
        u"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách làm việc dân chủ, khoa "
        u"học, "
        u"gần dân"_s,
        u"Phòng, chống suy thoái về tư tưởng chính trị, đạo đức, lối sống; tự soi, tự sửa theo 27 biểu hiện"_s,
        u"Chuyển đổi số trong sinh hoạt chi bộ và sử dụng hiệu quả ứng dụng Sổ tay đảng viên điện tử"_s,
    };
    const int index = (month.year - 2025) * 4 + (month.month - 1) / 3;
    return topics.at(std::clamp(index, 0, int(topics.size()) - 1));
}

QStringList typeTopics(CellType type, bool edeVillage)
{
    switch (type) {
    case CellType::Residential:
        return {
            u"Phát huy vai trò tiên phong của đảng viên trong phát triển kinh tế hộ, trồng cà phê bền vững"_s,
            edeVillage ? u"Giữ gìn, phát huy bản sắc văn hóa dân tộc Ê Đê trong xây dựng nông thôn mới"_s
                       : u"Đảng viên gương mẫu xây dựng khu dân cư văn hóa, nông thôn mới kiểu mẫu"_s,
            u"Đảng viên gương mẫu trong phòng, chống tệ nạn xã hội tại cộng đồng dân cư"_s};
    case CellType::School:
        return {u"Đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018"_s,
                u"Đảng viên là nhà giáo gương mẫu về đạo đức, tự học và sáng tạo"_s};
    case CellType::Hospital:
        return {u"Thực hiện lời dạy của Bác: “Lương y phải như từ mẫu”"_s,
                u"Nâng cao chất lượng khám, chữa bệnh ban đầu và y tế dự phòng tại xã"_s};
    case CellType::ArmedForces:
        return {u"Xây dựng lực lượng vững mạnh về chính trị, bảo vệ vững chắc địa bàn cơ sở"_s,
                u"Phát huy phẩm chất “Bộ đội Cụ Hồ”, “Công an nhân dân vì nhân dân phục vụ”"_s};
    case CellType::Agency:
    case CellType::Enterprise:
    case CellType::Other: break;
    }
    return {u"Nâng cao tinh thần trách nhiệm, phong cách làm việc của cán bộ trong bộ máy mới sau sắp xếp"_s,
            u"Cải cách hành chính và chuyển đổi số trong cơ quan Đảng, Mặt trận và các đoàn thể"_s};
}

} // namespace

QString MeetingTexts::thematicTopic(DemoRandom& random, CellType type, bool edeVillage, YearMonth month)
{
    if (random.chance(40))
        return random.pick(typeTopics(type, edeVillage));
    return generalTopic(month);
}

QStringList MeetingTexts::agenda(MeetingKind kind, const QString& topic, const QString& purpose,
                                 const QStringList& extras)
{
    if (kind == MeetingKind::Thematic)
        return {u"Báo cáo chuyên đề: "_s + topic,
                u"Thảo luận, liên hệ thực tiễn của chi bộ và từng đảng viên"_s,
                u"Kết luận, xác định việc làm cụ thể để thực hiện chuyên đề"_s};
    if (kind == MeetingKind::Extraordinary)
        return QStringList{purpose} + extras + QStringList{u"Thảo luận, biểu quyết thông qua"_s};
    QStringList items{u"Đánh giá kết quả thực hiện nghị quyết tháng trước"_s,
                      u"Thông tin thời sự, phổ biến văn bản mới của cấp trên"_s};
    if (kind == MeetingKind::Combined)
        items.append(u"Sinh hoạt chuyên đề: "_s + topic);
    items.append(extras);
    items.append(u"Triển khai nhiệm vụ tháng tới"_s);
    return items;
}

QStringList MeetingTexts::calendarItems(YearMonth month)
{
    const QString year = QString::number(month.year);
    if (month.month == 1)
        return {u"Thông qua chương trình công tác năm "_s + year + u" của chi bộ"_s};
    if (month.month == 7)
        return {u"Sơ kết công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm "_s + year};
    if (month.month == 9 && month.year == 2025)
        return {u"Thông báo kết quả Đại hội Đảng bộ xã Ea Sin nhiệm kỳ 2025–2030"_s};
    if (month.month == 12)
        return {u"Kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ và đảng viên năm "_s + year};
    return {};
}

} // namespace chibo
