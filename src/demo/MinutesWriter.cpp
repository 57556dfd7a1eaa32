// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/MinutesWriter.h"

#include "demo/DemoRandom.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

QString attendanceSentence(const MinutesWriter::Facts& f)
{
    const int absent = f.expected - f.present;
    QString text = u"Tổng số đảng viên phải dự %1, có mặt %2"_s.arg(f.expected).arg(f.present);
    if (absent == 0)
        return text + u", không có đảng viên vắng mặt."_s;
    text += u", vắng %1 (%2 có lý do"_s.arg(absent).arg(f.excused);
    if (f.unexcused > 0)
        text += u", %1 không có lý do"_s.arg(f.unexcused);
    return text + u")."_s;
}

QString opinions(DemoRandom& random, CellType type)
{
    if (random.chance(30))
        return random.line(
            {u"đề nghị chi ủy quan tâm hơn đến công tác phát triển đảng viên trong thanh niên, phụ nữ",
             u"thẳng thắn góp ý việc một số đảng viên chưa nghiên cứu tài liệu trước khi sinh hoạt"});
    if (type == CellType::Residential)
        return random.line({u"tập trung vào giải pháp giúp hộ nghèo, hộ cận nghèo nâng cao thu nhập",
                            u"đề xuất phân công đảng viên theo dõi từng nhóm hộ sát hơn",
                            u"nêu khó khăn trong việc vận động người dân tham gia bảo hiểm y tế tự nguyện"});
    return random.line({u"kiến nghị cấp trên sớm hướng dẫn nghiệp vụ sau sắp xếp đơn vị hành chính",
                        u"đề xuất phân công rõ người, rõ việc, rõ thời hạn hoàn thành",
                        u"góp ý tinh thần trách nhiệm, tác phong làm việc của một số đảng viên trẻ"});
}

} // namespace

QString MinutesWriter::minutes(DemoRandom& random, const Facts& f)
{
    QString text = u"Đồng chí %1 chủ trì, đồng chí %2 ghi biên bản. "_s.arg(f.chair, f.minuteTaker);
    text += attendanceSentence(f);
    if (!f.upperAttendees.isEmpty())
        text += u" Dự sinh hoạt có đồng chí "_s + f.upperAttendees.join(u"; đồng chí "_s) + u'.';
    switch (f.kind) {
    case MeetingKind::Thematic:
        text += u" Chi bộ nghe báo cáo chuyên đề “%1”; các đảng viên liên hệ trách nhiệm bản thân và đề xuất "
                u"việc "
                u"làm cụ thể."_s.arg(f.topic);
        break;
    case MeetingKind::Extraordinary:
        text += u" Chi bộ họp bất thường với nội dung: %1."_s.arg(f.purpose);
        break;
    case MeetingKind::Combined:
    case MeetingKind::Regular:
        text += u" Chi bộ đánh giá kết quả thực hiện nghị quyết tháng trước: "_s +
                achievement(random, f.type, f.month.addMonths(-1)) + u'.';
        if (f.kind == MeetingKind::Combined)
            text += u" Phần sinh hoạt chuyên đề “%1” được trình bày ngắn gọn, gắn với thực tiễn của chi bộ."_s
                        .arg(f.topic);
        break;
    }
    text += u" Có %1 lượt ý kiến phát biểu, %2."_s.arg(f.speakers).arg(opinions(random, f.type));
    return text;
}

QString MinutesWriter::conclusion(DemoRandom& random, const Facts& f)
{
    const QString vote = u" Biểu quyết tán thành %1/%1 đảng viên có mặt."_s.arg(f.present);
    switch (f.kind) {
    case MeetingKind::Thematic:
        return u"Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện chuyên đề; chi ủy theo dõi, "
               u"đánh giá "
               u"kết quả vào cuối quý."_s;
    case MeetingKind::Extraordinary:
        return u"Chi bộ thống nhất nội dung đã thảo luận, giao đồng chí Bí thư hoàn thiện văn bản báo cáo "
               u"Đảng ủy "
               u"xã."_s +
               vote;
    case MeetingKind::Combined:
    case MeetingKind::Regular: break;
    }
    return u"Chi bộ thống nhất nghị quyết tháng %1/%2: %3."_s.arg(f.month.month)
               .arg(f.month.year)
               .arg(nextTasks(random, f.type, f.month)) +
           vote;
}

QString MinutesWriter::achievement(DemoRandom& random, CellType type, YearMonth month)
{
    const bool harvest = month.month >= 10 || month.month == 1;
    const bool drySeason = month.month >= 1 && month.month <= 4;
    switch (type) {
    case CellType::Residential:
        if (harvest && random.chance(50))
            return u"các hộ thu hoạch cà phê đúng độ chín, không để xảy ra trộm cắp cà phê trên địa bàn"_s;
        if (drySeason && random.chance(50))
            return u"các hộ chủ động nguồn nước tưới, chưa có diện tích cà phê bị thiếu nước"_s;
        return random.line({u"100% hộ gia đình ký cam kết giữ gìn an ninh trật tự, vệ sinh môi trường",
                            u"vận động thêm 6 hộ tham gia bảo hiểm y tế, 4 hộ đóng góp Quỹ Vì người nghèo",
                            u"hoàn thành tu sửa 350 m đường bê tông liên buôn bằng sức dân",
                            u"tổ chức tốt ngày hội đại đoàn kết toàn dân tộc ở khu dân cư"});
    case CellType::School:
        return random.line({u"tỷ lệ học sinh chuyên cần đạt 98%, không có học sinh bỏ học",
                            u"tổ chức thành công hội giảng chào mừng các ngày lễ lớn",
                            u"hoàn thành kế hoạch phụ đạo học sinh yếu, bồi dưỡng học sinh giỏi"});
    case CellType::Hospital:
        return random.line({u"tiêm chủng mở rộng đạt 97% kế hoạch tháng",
                            u"không để xảy ra dịch sốt xuất huyết trên địa bàn xã",
                            u"khám sức khỏe định kỳ cho người cao tuổi tại các thôn, buôn"});
    case CellType::ArmedForces:
        return random.line(
            {u"duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực bảo đảm an ninh trật tự",
             u"giải quyết dứt điểm các vụ việc mâu thuẫn ở cơ sở, không để phát sinh điểm nóng",
             u"phối hợp tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông trên tỉnh lộ"});
    case CellType::Agency:
    case CellType::Enterprise:
    case CellType::Other: break;
    }
    return random.line({u"xử lý 100% văn bản đúng hạn trên hệ thống quản lý văn bản và điều hành",
                        u"tổ chức tốt hội nghị học tập, quán triệt nghị quyết của cấp trên",
                        u"cập nhật đầy đủ dữ liệu đảng viên lên hệ thống quản lý cơ sở dữ liệu đảng viên"});
}

QString MinutesWriter::nextTasks(DemoRandom& random, CellType type, YearMonth month)
{
    switch (type) {
    case CellType::Residential:
        if (month.month >= 10 || month.month == 1)
            return u"vận động nhân dân thu hoạch cà phê đúng độ chín, bảo đảm an ninh trật tự mùa thu hoạch"_s;
        return random.line({u"vận động các hộ tham gia bảo hiểm y tế, giữ gìn vệ sinh môi trường khu dân cư",
                            u"chăm sóc cà phê, phòng trừ sâu bệnh; giúp đỡ hộ nghèo phát triển sản xuất",
                            u"tuyên truyền phòng, chống ma túy và tệ nạn xã hội trong thanh niên"});
    case CellType::School:
        return random.line({u"nâng cao chất lượng dạy và học, chuẩn bị tốt cho kỳ kiểm tra định kỳ",
                            u"phối hợp với phụ huynh vận động học sinh đi học chuyên cần"});
    case CellType::Hospital:
        return random.line({u"triển khai tiêm chủng mở rộng, phòng chống sốt xuất huyết",
                            u"khám, quản lý bệnh nhân tăng huyết áp, đái tháo đường tại trạm"});
    case CellType::ArmedForces:
        return month.month <= 2 ? u"hoàn thành công tác tuyển quân, giao quân đúng chỉ tiêu"_s
                                : u"giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn"_s;
    case CellType::Agency:
    case CellType::Enterprise:
    case CellType::Other: break;
    }
    return random.line({u"tham mưu tổ chức tốt các hội nghị của Đảng ủy xã, hoàn thành văn bản đúng hạn",
                        u"đẩy mạnh chuyển đổi số, sử dụng chữ ký số trong xử lý văn bản"});
}

void MinutesWriter::write(Meeting& meeting, Facts facts, DemoRandom& random)
{
    facts.expected = int(meeting.attendance.size());
    for (const Attendance& a : std::as_const(meeting.attendance)) {
        facts.present += a.attended() ? 1 : 0;
        facts.excused += a.status == AttendanceStatus::AbsentExcused ? 1 : 0;
        facts.unexcused += a.status == AttendanceStatus::AbsentUnexcused ? 1 : 0;
    }
    const int low = std::max(1, facts.present * 3 / 10);
    meeting.speakersCount =
        std::min(facts.present, random.between(low, std::max(low, facts.present * 7 / 10)));
    facts.speakers = meeting.speakersCount;
    meeting.minutes = minutes(random, facts);
    meeting.conclusion = conclusion(random, facts);
}

} // namespace chibo
